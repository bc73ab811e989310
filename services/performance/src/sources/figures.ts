// The KPI sources performance used to have typed in, now read from their areas (pure: the monthly run hands in what
// training and forms answered for the whole city and the portal last published). Where an area was not asked (it
// does not run beside performance) its lines have no figure rather than a zero. The rules, as the scorecard states
// them:
// - 技能测试准确率 (SKILL_TEST): the share of the month's business-handling exercises (the skill tests the hall manager
//   records in the offline environment) the person did without a mistake, in percent; none → no figure.
// - 必读未读条数 (UNREAD_READING): the required items due in the month the person had not read to the end by their
//   deadline — each one is a record of the evidence; the KPI's rule says what each costs (a deduction per item).
// - 投诉件数 (COMPLAINTS): a clerk's are the month's complaints found their responsibility; a hall manager's are all
//   the complaints their hall took in that month (the hall's service is the manager's). Each complaint counted is a
//   record of the evidence opening the case in forms (where the person found responsible reads it, the contact
//   masked, and the hall's manager handles it); forms lists a hall's up to its cap, the rest one record to the list.
// - 必做完成率 (DUTY_COMPLETION_RATE): the portal's rate of the person's duties of the month, in percent — done of
//   those done or missed (open ones are not in it); no count or nothing done or missed yet → no figure. Its record
//   says when the portal counted it and whether the month had closed (the page words it in the reader's language).
import type { Evidence, KpiSource, SchemeRole } from '@duda/contract-performance';
import { round2 } from '../domain/points.ts';
import type { SourcedFigure } from '../domain/sources.ts';

export interface SkillTestFigure {
  id: string;
  personId: string;
  hallId: string;
  task: string;
  seconds: number;
  errors: number;
  heldOn: string;
}

export interface UnreadFigure {
  requiredReadingId: string;
  articleId: string;
  articleTitle: string;
  /** As JSON carries it: an ISO instant. */
  deadline: string | Date;
  personId: string;
  hallId: string;
}

/** A person's duties of the month as the portal last counted them (sources/duty-rates.ts). */
export interface DutyRateFigure {
  personId: string;
  done: number;
  missed: number;
  open: number;
  /** 0–1, or null while nothing is done or missed. */
  rate: number | null;
  /** The month had closed when counted. */
  final: boolean;
  countedAt: Date;
}

/** A complaint counted, as `forms.complaints.counts` names it (no customer data: complaintOutputs in the contract). */
export interface CountedComplaint {
  id: string;
  number: number;
  /** As JSON carries it: an ISO instant. */
  receivedAt: string | Date;
  /** `投诉 #12（服务类）`. */
  title: string;
}

/** What `forms.complaints.counts` answers for the city's month: each total with the complaints counted. */
export interface ComplaintCounts {
  month: string;
  halls: readonly {
    hallId: string;
    hallName: string;
    total: number;
    complaints: readonly CountedComplaint[];
  }[];
  people: readonly {
    personId: string;
    name: string;
    total: number;
    complaints: readonly CountedComplaint[];
  }[];
}

/** The complaints counted against a person: the total, and those forms listed (all but past a hall's cap). */
export interface ComplaintsFound {
  total: number;
  complaints: readonly CountedComplaint[];
}

/** The month's figures of these sources for a city, looked up one person at a time. */
export interface CitySources {
  /** Training and forms answered: a person without records then has none (0 unread, 0 complaints). */
  readingCounted: boolean;
  complaintsCounted: boolean;
  skillTestsOf(personId: string): readonly SkillTestFigure[];
  unreadOf(personId: string): readonly UnreadFigure[];
  complaintsOf(person: { id: string; hallId: string }, role: SchemeRole): ComplaintsFound | null;
  dutyRateOf(personId: string): DutyRateFigure | null;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const own = groups.get(key(row));
    if (own) own.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function citySources(month: {
  skillTests: readonly SkillTestFigure[];
  /** Null when training was not asked. */
  unread: readonly UnreadFigure[] | null;
  complaints: ComplaintCounts | null;
  dutyRates?: readonly DutyRateFigure[];
}): CitySources {
  const duties = new Map((month.dutyRates ?? []).map((row) => [row.personId, row]));
  const tests = groupBy(month.skillTests, (row) => row.personId);
  const unread = groupBy(month.unread ?? [], (row) => row.personId);
  const halls = new Map((month.complaints?.halls ?? []).map((row) => [row.hallId, row]));
  const people = new Map((month.complaints?.people ?? []).map((row) => [row.personId, row]));
  return {
    readingCounted: month.unread !== null,
    complaintsCounted: month.complaints !== null,
    skillTestsOf: (personId) => tests.get(personId) ?? [],
    dutyRateOf: (personId) => duties.get(personId) ?? null,
    unreadOf: (personId) => unread.get(personId) ?? [],
    complaintsOf: (person, role) =>
      (role === 'hall_manager' ? halls.get(person.hallId) : people.get(person.id)) ?? null,
  };
}

const TASK_LABELS: Record<string, string> = {
  OPEN_ACCOUNT: '开户',
  NUMBER_PORTING: '携号转网',
  PLAN_CHANGE: '套餐变更',
  BROADBAND: '宽带办理',
  SIM_REPLACEMENT: '补换卡',
  REAL_NAME_UPDATE: '实名信息变更',
};

const skillEvidence = (row: SkillTestFigure): Evidence => ({
  kind: 'SKILL_TEST',
  id: row.id,
  title: `${row.heldOn} ${TASK_LABELS[row.task] ?? row.task}（${row.seconds} 秒，差错 ${row.errors} 处）`,
  figure: row.errors === 0 ? 100 : 0,
  link: '/training/skills/handling',
});

const chinaDay = (instant: string | Date) =>
  new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const unreadEvidence = (row: UnreadFigure): Evidence => ({
  kind: 'REQUIRED_READING',
  id: row.requiredReadingId,
  title: `${row.articleTitle}（${chinaDay(row.deadline)} 前未读完）`,
  figure: 1,
  link: `/training/knowledge/${row.articleId}`,
});

const complaintEvidence = (row: CountedComplaint): Evidence => ({
  kind: 'COMPLAINTS',
  id: row.id,
  title: `${chinaDay(row.receivedAt)} ${row.title}`,
  figure: 1,
  link: `/forms/complaints/${row.id}`,
});

/** Past the hall's cap: the complaints forms did not list, as one record opening the complaints list. */
const unlistedEvidence = (person: { id: string }, unlisted: number): Evidence => ({
  kind: 'COMPLAINTS',
  id: `${person.id}:unlisted`,
  title: `另有 ${unlisted} 件投诉未逐件列出，见投诉列表`,
  figure: unlisted,
  link: '/forms/complaints',
});

const dutyEvidence = (row: DutyRateFigure, percent: number | null): Evidence => ({
  kind: 'DUTY_RATE',
  id: `${row.personId}:${row.countedAt.toISOString()}`,
  title: `必做完成 ${row.done} 项、未完成 ${row.missed} 项` + (row.open ? `、进行中 ${row.open} 项` : ''),
  figure: percent,
  link: '/duties?tab=rates&span=month',
  counted: { at: row.countedAt.toISOString(), final: row.final },
});

/** The figure of one of these sources for a person of a hall; null for any other source. */
export function cityFigure(
  source: KpiSource,
  sources: CitySources,
  person: { id: string; hallId: string },
  role: SchemeRole,
): SourcedFigure | null {
  switch (source) {
    case 'SKILL_TEST': {
      const tests = sources.skillTestsOf(person.id);
      const clean = tests.filter((row) => row.errors === 0).length;
      return {
        value: tests.length === 0 ? null : round2((100 * clean) / tests.length),
        evidence: tests.map(skillEvidence),
      };
    }
    case 'UNREAD_READING': {
      if (!sources.readingCounted) return { value: null, evidence: [] };
      const unread = sources.unreadOf(person.id);
      return { value: unread.length, evidence: unread.map(unreadEvidence) };
    }
    case 'COMPLAINTS': {
      if (!sources.complaintsCounted) return { value: null, evidence: [] };
      const found = sources.complaintsOf(person, role);
      if (!found) return { value: 0, evidence: [] };
      const unlisted = found.total - found.complaints.length;
      return {
        value: found.total,
        evidence: [
          ...found.complaints.map(complaintEvidence),
          ...(unlisted > 0 ? [unlistedEvidence(person, unlisted)] : []),
        ],
      };
    }
    case 'DUTY_COMPLETION_RATE': {
      const row = sources.dutyRateOf(person.id);
      if (!row) return { value: null, evidence: [] };
      const percent = row.rate === null ? null : round2(row.rate * 100);
      return { value: percent, evidence: [dutyEvidence(row, percent)] };
    }
    default:
      return null;
  }
}
