// The plan editor's pure parts, shared by the city's template editor and a hall's own plan: the form a body is
// edited in (each step and contact with a key, so a moved row keeps its inputs), the body sent back, the step
// moves (上移 / 下移 / 删除), the phone check the contract makes, and a refusal's field messages.
import {
  planContactSchema,
  type IncidentLevel,
  type PlanBody,
  type PlanKind,
  type StepRole,
} from '@duda/contract-operations';

export interface StepRow {
  key: number;
  text: string;
  role: StepRole;
  /** 时限 in minutes; null when the step has none. */
  minutes: number | null;
}

export interface ContactRow {
  key: number;
  name: string;
  phone: string;
  duty: string;
}

export interface PlanForm {
  kind: PlanKind;
  title: string;
  activation: string;
  escalateAt: IncidentLevel;
  steps: StepRow[];
  contacts: ContactRow[];
}

let lastKey = 0;
const nextKey = () => ++lastKey;

export const blankStep = (): StepRow => ({ key: nextKey(), text: '', role: 'duty_manager', minutes: null });
export const blankContact = (): ContactRow => ({ key: nextKey(), name: '', phone: '', duty: '' });

/** A new template: one empty step to start from. */
export const blankPlan = (kind: PlanKind = 'SYSTEM_OUTAGE'): PlanForm => ({
  kind,
  title: '',
  activation: '',
  escalateAt: 2,
  steps: [blankStep()],
  contacts: [],
});

export function formOf(body: PlanBody & { kind: PlanKind }): PlanForm {
  return {
    kind: body.kind,
    title: body.title,
    activation: body.activation,
    escalateAt: body.escalateAt,
    steps: body.steps.map((step) => ({
      key: nextKey(),
      text: step.text,
      role: step.role,
      minutes: step.minutes ?? null,
    })),
    contacts: body.contacts.map((contact) => ({ key: nextKey(), ...contact })),
  };
}

/** What is sent: the body without the rows' keys; a step without a time limit says none. */
export function bodyOfForm(form: PlanForm): PlanBody {
  return {
    title: form.title,
    activation: form.activation,
    escalateAt: form.escalateAt,
    steps: form.steps.map(({ text, role, minutes }) => ({ text, role, minutes: minutes ?? null })),
    contacts: form.contacts.map(({ name, phone, duty }) => ({ name, phone, duty })),
  };
}

/** Whether two forms say the same (keys aside): an unchanged form keeps no draft. */
export const sameForm = (a: PlanForm, b: PlanForm) =>
  a.kind === b.kind && JSON.stringify(bodyOfForm(a)) === JSON.stringify(bodyOfForm(b));

/** The list with the row at `index` moved by `by` places (−1 up, +1 down); unchanged past either end. */
export function moveRow<T>(rows: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const moved = [...rows];
  const [row] = moved.splice(index, 1);
  moved.splice(to, 0, row!);
  return moved;
}

/** Whether the contract takes the phone number (digits, +, - and spaces, 3–20 of them). */
export const phoneAccepted = (phone: string) => planContactSchema.shape.phone.safeParse(phone).success;

/**
 * A refusal's field messages by the form's paths (`title`, `steps.2.text`, `contacts.0.phone`); a message about
 * the step or contact list as a whole (at least one step) sits under `steps` / `contacts`.
 */
export function formErrorsOf(byPath: Record<string, string>): Record<string, string> {
  const fields =
    /^(kind|title|activation|escalateAt|steps|contacts)(\.\d+(\.(text|role|minutes|name|phone|duty))?)?$/;
  return Object.fromEntries(Object.entries(byPath).filter(([path]) => fields.test(path)));
}
