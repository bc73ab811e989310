import type { Me } from '@duda/api-client';
import { i18n } from '@duda/ui';

type RoleAssignment = Me['roles'][number];

/** A role's name in the current language; the server's Chinese label when the shell has no translation. */
export function roleLabel(role: RoleAssignment): string {
  const key = `shell.roles.${role.role}`;
  return i18n.global.te(key) ? i18n.global.t(key) : role.label;
}

/** The user's scope as the top bar shows it: "湖滨营业厅 · 店面经理", one per role. */
export function scopeLabel(me: Pick<Me, 'roles' | 'person'>): string {
  if (me.roles.length === 0) return me.person.orgName;
  return me.roles.map((role) => `${role.orgName} · ${roleLabel(role)}`).join(' / ');
}
