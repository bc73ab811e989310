// What each role's home shows (首页, #13 point 5): today's must-dos and to-dos first, then the few figures the role
// watches, each a count read from an existing paged procedure (its `total`) and linking to the area's page with
// the same filter. One table, not nine pages: a person with several roles sees the union, in table order.
import type { Role } from '@duda/contract-org';
import { DUTY_ROLES } from '@duda/contract-portal';

/** One figure: a paged procedure asked for one row, its `total` shown, the area's page it opens. */
export interface HomeFigure {
  key: string;
  /** `<area>.<sub>.<procedure>` answering `{ total }`. */
  procedure: string;
  input: (month: string) => Record<string, unknown>;
  link: (month: string) => string;
}

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
} satisfies Record<string, HomeFigure>;

type FigureKey = keyof typeof HOME_FIGURES;

/** The figures each role watches, most pressing first. */
export const ROLE_FIGURES: Record<Role, readonly FigureKey[]> = {
  city_supervisor: ['overdueOrders', 'ordersToVerify', 'monthInspections'],
  district_supervisor: ['overdueOrders', 'ordersToVerify', 'monthInspections'],
  hall_manager: ['openOrders', 'overdueOrders', 'monthInspections'],
  duty_manager: ['openOrders', 'monthInspections'],
  manager_assistant: ['openOrders', 'monthInspections'],
  // A clerk reads no rectification orders (their hall's manager answers them); the service notices (通报) they do.
  clerk: ['notices'],
  trainer: ['publishedExams'],
  hr: ['activeStaff', 'publishedExams'],
  leader: ['overdueOrders', 'monthInspections', 'publishedExams'],
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
