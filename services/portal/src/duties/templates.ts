// A city's duty templates: the catalogue of docs/domain.md copied for a city the first time it is needed, the
// versions in force, and the city supervisor's changes — each a new version of the duty effective from its next
// occurrence (periods.ts), so the tasks already made for the current period keep the version they came from.
import { can, type Actor } from '@duda/authz';
import {
  dutiesErrors,
  type DutyRole,
  type DutyTemplateInput,
  type DutyTemplateView,
} from '@duda/contract-portal';
import { chinaDateOf, daysBetween } from '@duda/month';
import type { DutyTemplate } from '../generated/prisma/client.ts';
import type { PortalPrisma } from '../prisma.ts';
import { CATALOGUE_EFFECTIVE_FROM, DUTY_CATALOGUE } from './domain/catalogue.ts';
import { versionInForce, type TemplateVersion } from './domain/occurrences.ts';
import { nextOccurrenceStart } from './domain/periods.ts';
import type { DutiesDeps } from './duties-deps.ts';

export const asVersion = (t: DutyTemplate): TemplateVersion => ({ ...t, role: t.role as DutyRole });

/** Every version of the city's duties; the catalogue is written first if the city has none yet. */
export async function cityVersions(prisma: PortalPrisma, cityId: string): Promise<TemplateVersion[]> {
  let rows = await prisma.dutyTemplate.findMany({ where: { cityId } });
  if (rows.length === 0) {
    await prisma.dutyTemplate.createMany({
      data: DUTY_CATALOGUE.map((d) => ({
        ...d,
        cityId,
        version: 1,
        effectiveFrom: CATALOGUE_EFFECTIVE_FROM,
        active: true,
      })),
      // Two first callers at once: the unique (city, code, version) keeps one copy.
      skipDuplicates: true,
    });
    rows = await prisma.dutyTemplate.findMany({ where: { cityId } });
  }
  return rows.map(asVersion);
}

/** The city the caller keeps templates for: a city supervisor's city. */
function managedCity(actor: Actor): string {
  const city = actor.roles.find(
    (r) => r.orgLevel === 'city' && can(actor, 'portal.duty.template.manage', { orgNodeId: r.orgNodeId }),
  );
  if (!city) throw dutiesErrors.manageDenied();
  return city.orgNodeId;
}

function viewsOf(versions: TemplateVersion[], today: string): DutyTemplateView[] {
  const byCode = new Map<string, TemplateVersion[]>();
  for (const v of versions) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  const views: DutyTemplateView[] = [];
  for (const [code, duty] of byCode) {
    const current = versionInForce(duty, today) ?? duty.sort((a, b) => a.version - b.version)[0]!;
    const next = duty
      .filter((v) => v.version > current.version && daysBetween(today, v.effectiveFrom) > 0)
      .sort((a, b) => b.version - a.version)[0];
    const { id, version, effectiveFrom, role, cadence, title, target, dueDay, dueTime, windowStart } =
      current;
    views.push({
      id,
      code,
      version,
      effectiveFrom,
      role: role as DutyRole,
      cadence,
      title,
      target,
      dueDay,
      dueTime,
      windowStart,
      weekdaysOnly: current.weekdaysOnly,
      evidence: current.evidence,
      active: current.active,
      next: next ? { version: next.version, effectiveFrom: next.effectiveFrom } : null,
    });
  }
  return views.sort((a, b) => a.role.localeCompare(b.role) || a.code.localeCompare(b.code));
}

/** `portal.duties.templates`: the caller's city's duties as in force today, each with a change waiting if any. */
export async function listTemplates(deps: DutiesDeps, actor: Actor): Promise<DutyTemplateView[]> {
  const cityId = managedCity(actor);
  return viewsOf(await cityVersions(deps.prisma, cityId), chinaDateOf(deps.now()));
}

/**
 * `portal.duties.saveTemplate`: a new duty, or a new version of one. Either applies from the next occurrence
 * after today; a second change before then replaces the waiting one's content with a newer version.
 */
export async function saveTemplate(
  deps: DutiesDeps,
  actor: Actor,
  input: DutyTemplateInput,
): Promise<DutyTemplateView> {
  const cityId = managedCity(actor);
  const versions = await cityVersions(deps.prisma, cityId);
  const today = chinaDateOf(deps.now());
  const duty = input.code ? versions.filter((v) => v.code === input.code) : [];
  if (input.code && duty.length === 0) throw dutiesErrors.templateNotFound();
  if (duty.length && duty[0]!.cadence !== input.cadence) throw dutiesErrors.cadenceFixed();
  const code =
    input.code ?? `${input.role}.${input.cadence.toLowerCase()}.${crypto.randomUUID().slice(0, 8)}`;
  const version = Math.max(0, ...duty.map((v) => v.version)) + 1;
  const saved = await deps.prisma.dutyTemplate.create({
    data: {
      ...input,
      cityId,
      code,
      version,
      effectiveFrom: nextOccurrenceStart(input.cadence, today),
      createdById: actor.personId,
    },
  });
  return viewsOf([...versions, asVersion(saved)], today).find((v) => v.code === code)!;
}
