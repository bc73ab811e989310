// Which templates a caller sees (表单模板可见范围): those kept by a unit in any of their roles' scope (a city
// supervisor's own city's), and those kept above them — the province's reference forms and their own city's and
// district's — since those are the forms they fill in.
import { can, type Actor } from '@duda/authz';
import { formsTemplateErrors } from '@duda/contract-forms';
import type { CallerContext } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { orgPlaces } from './org-places.ts';

export type Ctx = CallerContext & { actor: Actor };

/** The province's templates are everyone's reference forms. */
export const PROVINCE_LEVEL = 'province';

/** The caller's units (home and roles') and those above them: whose templates are the forms the caller fills. */
export async function callerLine(deps: FormsDeps, ctx: Ctx): Promise<string[]> {
  const roleNodes = ctx.actor.roles.map((role) => role.orgNodeId);
  const places = await orgPlaces(deps, ctx, [...roleNodes, ctx.actor.homeOrgNodeId]);
  return [...new Set([...places.values()].flatMap((place) => place.line))];
}

/** The WHERE of the templates the caller sees; `line` when the caller's line is already known. */
export async function visibleTemplates(
  deps: FormsDeps,
  ctx: Ctx,
  line?: readonly string[],
): Promise<Prisma.FormTemplateWhereInput> {
  const owners = new Set(line ?? (await callerLine(deps, ctx)));
  for (const role of ctx.actor.roles) for (const id of role.subtree) owners.add(id);
  return { OR: [{ orgNodeId: { in: [...owners] } }, { orgLevel: PROVINCE_LEVEL }] };
}

/**
 * The template if the caller sees it; not found otherwise (its existence is not revealed). The rule of
 * `visibleTemplates`, asking the org service for the caller's line only when the template is neither the
 * province's nor kept in one of the caller's role scopes (a list of 表10 is read without that round trip).
 */
export async function visibleTemplate(deps: FormsDeps, ctx: Ctx, id: string) {
  const template = await deps.prisma.formTemplate.findUnique({ where: { id } });
  if (!template) throw formsTemplateErrors.notFound();
  if (template.orgLevel === PROVINCE_LEVEL) return template;
  if (ctx.actor.roles.some((role) => role.subtree.includes(template.orgNodeId))) return template;
  if (!(await callerLine(deps, ctx)).includes(template.orgNodeId)) throw formsTemplateErrors.notFound();
  return template;
}

export const mayManage = (actor: Actor, orgNodeId: string) =>
  can(actor, 'forms.template.manage', { orgNodeId });

/** Refuses a change to a template of a unit the caller does not keep templates for. */
export function assertManage(actor: Actor, orgNodeId: string) {
  if (!mayManage(actor, orgNodeId)) throw formsTemplateErrors.manageDenied();
}
