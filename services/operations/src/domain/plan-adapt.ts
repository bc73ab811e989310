// A hall's plan from a city template (预案本地化): a copy of what the template says at that revision, so the
// template's later revisions never change the hall's plan silently — the hall is told one exists instead.
import type { PlanBody } from '@duda/contract-operations';

export interface TemplateRevision extends PlanBody {
  revision: number;
}

/** What the hall's plan starts as: the template's body at its current revision. */
export function adaptTemplate(template: TemplateRevision): PlanBody & { templateRevision: number } {
  return {
    title: template.title,
    activation: template.activation,
    escalateAt: template.escalateAt,
    steps: template.steps.map((step) => ({ ...step })),
    contacts: template.contacts.map((contact) => ({ ...contact })),
    templateRevision: template.revision,
  };
}

/** The template's revision newer than the one the plan was copied from, or null when there is none. */
export function newerTemplateRevision(
  plan: { templateRevision: number | null },
  template: { revision: number } | null,
): number | null {
  if (!template || plan.templateRevision === null) return null;
  return template.revision > plan.templateRevision ? template.revision : null;
}

/**
 * 更新为新版: the hall's plan as the template's newer revision says, keeping the contacts the hall added itself —
 * those not in the revision it adopted (matched by phone) nor in the new one. The steps, activation and level are
 * the new revision's: the manager compared them before choosing, and adapts the plan again afterwards if needed.
 */
export function takeRevision(
  plan: PlanBody,
  adopted: Pick<PlanBody, 'contacts'> | null,
  newer: TemplateRevision,
): PlanBody & { templateRevision: number } {
  const cityPhones = new Set([...(adopted?.contacts ?? []), ...newer.contacts].map((one) => one.phone));
  const own = plan.contacts.filter((contact) => !cityPhones.has(contact.phone));
  const taken = adaptTemplate(newer);
  return { ...taken, contacts: [...taken.contacts, ...own.map((contact) => ({ ...contact }))] };
}
