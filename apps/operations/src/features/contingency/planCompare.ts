// 对照新版: the hall's plan beside the template's newer revision, so the manager sees what taking it changes — the
// facts, each step by its place (第 N 步), each contact by its phone (the hall's own are kept when it updates).
import type { PlanBody, PlanContact, PlanStep } from '@duda/contract-operations';

export interface FieldLine {
  field: 'title' | 'activation' | 'escalateAt';
  ours: string;
  theirs: string;
  changed: boolean;
}

export interface StepLine {
  order: number;
  ours: PlanStep | null;
  theirs: PlanStep | null;
  changed: boolean;
}

export interface ContactLine {
  phone: string;
  ours: PlanContact | null;
  theirs: PlanContact | null;
  /** Not the city's: the hall's own contact, kept when the plan takes the revision. */
  kept: boolean;
  changed: boolean;
}

const sameStep = (a: PlanStep | null, b: PlanStep | null) =>
  a !== null &&
  b !== null &&
  a.text === b.text &&
  a.role === b.role &&
  (a.minutes ?? null) === (b.minutes ?? null);

export function comparePlans(ours: PlanBody, theirs: PlanBody, cityPhones: ReadonlySet<string>) {
  const fields: FieldLine[] = (['title', 'activation', 'escalateAt'] as const).map((field) => ({
    field,
    ours: String(ours[field]),
    theirs: String(theirs[field]),
    changed: ours[field] !== theirs[field],
  }));
  const stepCount = Math.max(ours.steps.length, theirs.steps.length);
  const steps: StepLine[] = Array.from({ length: stepCount }, (_, index) => {
    const line = { order: index + 1, ours: ours.steps[index] ?? null, theirs: theirs.steps[index] ?? null };
    return { ...line, changed: !sameStep(line.ours, line.theirs) };
  });
  const phones = [...new Set([...theirs.contacts, ...ours.contacts].map((one) => one.phone))];
  const contacts: ContactLine[] = phones.map((phone) => {
    const mine = ours.contacts.find((one) => one.phone === phone) ?? null;
    const city = theirs.contacts.find((one) => one.phone === phone) ?? null;
    const kept = city === null && !cityPhones.has(phone);
    return {
      phone,
      ours: mine,
      theirs: city,
      kept,
      changed: !kept && (mine?.name !== city?.name || mine?.duty !== city?.duty),
    };
  });
  return {
    fields,
    steps,
    contacts,
    changes: [...fields, ...steps, ...contacts].filter((one) => one.changed).length,
  };
}
