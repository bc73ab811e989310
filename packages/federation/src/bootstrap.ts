// `@duda/federation/bootstrap`: what the gateway sends inside the portal's page for a signed-in caller — who
// they are and which remotes exist — so the shell starts without asking org.me and /api/remotes first
// (ADR 0023). A JSON data block (`<script type="application/json">`): never executed, so the page's
// `script-src 'self'` policy stays as it is. No run-time imports beyond the remote list's reader.
import type { CurrentUser } from './current-user.ts';
import { readRemoteList } from './remote-list-entry.ts';
import type { RemoteListEntry } from './remote-list-entry.ts';

export const BOOTSTRAP_ELEMENT_ID = 'duda-bootstrap';

export interface PortalBootstrap {
  /** What org.me answers for the caller of the page's request. */
  me: CurrentUser;
  /** What /api/remotes answers. */
  remotes: RemoteListEntry[];
}

/**
 * The data block for the page's `<head>`. `<`, `>`, `&` and the two JavaScript line separators are escaped, so
 * no text in the data (a person's name) can end the element or be read as markup.
 */
export function bootstrapElement(data: PortalBootstrap): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/json" id="${BOOTSTRAP_ELEMENT_ID}">${json}</script>`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isCurrentUser(value: unknown): value is CurrentUser {
  return (
    isObject(value) &&
    isObject(value.person) &&
    typeof value.person.id === 'string' &&
    Array.isArray(value.roles) &&
    Array.isArray(value.permissions) &&
    typeof value.mustChangePassword === 'boolean'
  );
}

/**
 * The bootstrap data of this page, read once: the element is removed, so nothing later (a new sign-in in the
 * same tab) can take the person it names for the current one. Null when the page has none (signed out, an
 * older gateway) or it is malformed: the shell then asks as before.
 */
export function takeBootstrap(document: {
  getElementById(id: string): { textContent: string | null; remove(): void } | null;
}): PortalBootstrap | null {
  const element = document.getElementById(BOOTSTRAP_ELEMENT_ID);
  if (!element) return null;
  element.remove();
  let data: unknown;
  try {
    data = JSON.parse(element.textContent ?? '');
  } catch {
    return null;
  }
  if (!isObject(data) || !isCurrentUser(data.me)) return null;
  return { me: data.me, remotes: readRemoteList(data.remotes) };
}
