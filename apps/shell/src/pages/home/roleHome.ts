// What each role's home shows (首页, #13 point 5): today's must-dos and to-dos first, then the few figures the role
// watches, each read from an existing procedure — a count (a paged list's `total`) or a rate (本月必做完成率) — and
// linking to the area's page with the same filter. One table, not nine pages: a person with several roles sees the
// union, in table order.
import type { Role } from '@duda/contract-org';
import { DUTY_ROLES, type DutyRates } from '@duda/contract-portal';

/** What a figure's card shows: its value (a count, or a rate from 0 to 1; null when there is nothing to rate), and
 * which of the figure's hints goes under it. */
export interface FigureReading {
  value: number | null;
  unit: 'count' | 'rate';
  /** `zero`: nothing to count yet (the hint says what to do next); `pending`: nothing to rate yet; `open`: go see. */
  hint: 'zero' | 'pending' | 'open';
}

/** One figure: a procedure asked for as little as it answers, what the card reads of it, the page it opens. */
export interface HomeFigure {
  key: string;
  /** `<area>.<sub>.<procedure>`: a paged list answering `{ total }` unless `read` says otherwise. */
  procedure: string;
  input: (month: string) => Record<string, unknown>;
  link: (month: string) => string;
  /** Reads the procedure's answer; a paged list's total when absent. */
  read?: (answer: never) => FigureReading;
}

const readTotal = ({ total }: { total: number }): FigureReading => ({
  value: total,
  unit: 'count',
  hint: total === 0 ? 'zero' : 'open',
});

/** The scope's rate over its duties whose outcome is known (as portal.duties.rates rates them): done of done + missed. */
function readDutyRate({ tiers }: Pick<DutyRates, 'tiers'>): FigureReading {
  if (tiers.length === 0) return { value: null, unit: 'rate', hint: 'zero' };
  const done = tiers.reduce((n, tier) => n + tier.done, 0);
  const missed = tiers.reduce((n, tier) => n + tier.missed, 0);
  if (done + missed === 0) return { value: null, unit: 'rate', hint: 'pending' };
  return { value: done / (done + missed), unit: 'rate', hint: 'open' };
}

/** What the card of `figure` shows of `answer`, the one place a figure's kind is read. */
export const readFigure = (figure: HomeFigure, answer: unknown): FigureReading =>
  (figure.read ?? readTotal)(answer as never);

const one = { page: 1, pageSize: 1 };

export const HOME_FIGURES = {
  openOrders: {
    key: 'openOrders',
    procedure: 'inspection.rectifications.list',
    input: () => ({ ...one, status: 'OPEN' }),
    link: () => '/inspection/rectifications?status=OPEN',
  },
  overdueOrders: {
    key: 'overdueOrders',
    procedure: 'inspection.rectifications.list',
    input: () => ({ ...one, overdue: true }),
    link: () => '/inspection/rectifications?overdue=true',
  },
  ordersToVerify: {
    key: 'ordersToVerify',
    procedure: 'inspection.rectifications.list',
    input: () => ({ ...one, toVerify: true }),
    link: () => '/inspection/rectifications?toVerify=true',
  },
  monthInspections: {
    key: 'monthInspections',
    procedure: 'inspection.inspections.list',
    input: (month) => ({ ...one, month }),
    link: (month) => `/inspection/inspections?month=${month}`,
  },
  notices: {
    key: 'notices',
    procedure: 'inspection.notices.list',
    input: () => ({ ...one }),
    link: () => '/inspection/notices',
  },
  publishedExams: {
    key: 'publishedExams',
    procedure: 'training.exams.list',
    input: (month) => ({ ...one, month, status: 'PUBLISHED' }),
    link: (month) => `/training/exams?month=${month}&status=PUBLISHED`,
  },
  activeStaff: {
    key: 'activeStaff',
    procedure: 'org.people.list',
    input: () => ({ ...one, status: 'active' }),
    link: () => '/admin/people?status=active',
  },
  suspendedStaffIds: {
    key: 'suspendedStaffIds',
    procedure: 'org.staffIds.list',
    input: () => ({ ...one, status: 'suspended' }),
    link: () => '/admin/staff-ids?status=suspended',
  },
  // The duties of the person's scope whose period ends this month (tasks still open are not in the rate).
  dutyRate: {
    key: 'dutyRate',
    procedure: 'portal.duties.rates',
    input: () => ({ span: 'month' }),
    link: () => '/duties?tab=rates&span=month',
    read: readDutyRate,
  },
} satisfies Record<string, HomeFigure>;

type FigureKey = keyof typeof HOME_FIGURES;

/** The figures each role watches, most pressing first. */
export const ROLE_FIGURES: Record<Role, readonly FigureKey[]> = {
  city_supervisor: ['overdueOrders', 'ordersToVerify', 'monthInspections', 'dutyRate'],
  district_supervisor: ['overdueOrders', 'ordersToVerify', 'monthInspections', 'dutyRate'],
  hall_manager: ['openOrders', 'overdueOrders', 'monthInspections'],
  duty_manager: ['openOrders', 'monthInspections'],
  manager_assistant: ['openOrders', 'monthInspections'],
  // A clerk reads no rectification orders (their hall's manager answers them); the service notices (通报) they do.
  clerk: ['notices'],
  trainer: ['publishedExams'],
  hr: ['activeStaff', 'publishedExams'],
  leader: ['overdueOrders', 'monthInspections', 'publishedExams', 'dutyRate'],
  admin: ['activeStaff', 'suspendedStaffIds'],
};

export type HomeSection = { kind: 'inbox' } | { kind: 'duties' } | { kind: 'figures'; figures: HomeFigure[] };

/** The home of a person holding `roles`: to-dos, then must-dos where a role has duties, then the figures. */
export function homeSections(roles: readonly Role[]): HomeSection[] {
  const hasDuties = roles.some((role) => (DUTY_ROLES as readonly string[]).includes(role));
  const keys = [...new Set(roles.flatMap((role) => ROLE_FIGURES[role]))];
  return [
    { kind: 'inbox' },
    ...(hasDuties ? [{ kind: 'duties' } as const] : []),
    ...(keys.length ? [{ kind: 'figures', figures: keys.map((key) => HOME_FIGURES[key]) } as const] : []),
  ];
}
