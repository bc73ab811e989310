// The monthly service notice (服务检查通报) of a city or district: built from the month's figures, then
// edited by the supervisor before publication (see notice-workflow.ts). It is plain data so the editor,
// the Excel export, the print view and the archive all read the same structure.
import { firstDayOfMonth, isMonthKey, lastDayOfMonth, monthLabel } from '@duda/month';
import type { CalendarDate, MonthKey } from '@duda/month';
import {
  inspectionErrors,
  percentage,
  roundScore,
  SCORED_KINDS,
  type CaseTone,
  type InspectionKind,
  type InspectionStatus,
  type NoticeStatus,
} from '@duda/contract-inspection';
import type { PlanScope } from './plan.ts';
import { rankByScore } from './ranking.ts';
import type { DistrictMonthScore, HallMonthScore } from './score-aggregation.ts';
import type { ShortStave } from './short-staves.ts';

/** 典型案例, picked by the supervisor from inspections; GOOD cases are shown as examples to follow. */
export interface TypicalCase {
  inspectionId: string;
  hallName: string;
  tone: CaseTone;
  title: string;
  description: string;
  photoIds: readonly string[];
}

/** Sentence ends a note may carry; a note joined into a case reads the same with or without them. */
const TRAILING_PUNCTUATION = /[\s。；;，,.！!]+$/u;

/**
 * What a bad case says happened: the inspection's problem notes, each once. Inspectors often copy one note onto
 * several items, or write a longer form of it on another, so a note already said (or said within a longer
 * one) is left out; without notes, the inspection's summary, then a pointer to the record.
 */
export function badCaseDescription(notes: readonly (string | null)[], summary: string | null): string {
  const said = notes
    .map((note) => (note ?? '').trim().replace(TRAILING_PUNCTUATION, ''))
    .filter((note) => note.length > 0);
  const distinct = said.filter(
    (note, index) =>
      said.indexOf(note) === index && !said.some((other) => other !== note && other.includes(note)),
  );
  return distinct.join('；') || summary || '检查发现多项问题，详见检查记录。';
}

export interface HallRectificationFigures {
  hallId: string;
  hallName: string;
  issued: number;
  closed: number;
  overdue: number;
}

export interface RectificationRow extends HallRectificationFigures {
  /** 整改率: closed / issued, percentage with one decimal; null when nothing was issued. */
  closureRate: number | null;
}

export interface NoticeRankingRow {
  rank: number;
  hallId: string;
  hallName: string;
  districtName: string;
  score: number;
  inspections: number;
  vetoedInspections: number;
}

export interface NoticeDistrictRow {
  rank: number;
  districtId: string;
  districtName: string;
  score: number;
  halls: number;
}

export interface MonthlyNotice {
  status: NoticeStatus;
  scope: PlanScope;
  month: MonthKey;
  title: string;
  period: { from: CalendarDate; to: CalendarDate };
  summary: string;
  ranking: { top: NoticeRankingRow[]; bottom: NoticeRankingRow[] };
  /** Filled for city notices, where districts are compared. */
  districtRanking: NoticeDistrictRow[];
  commonProblems: ShortStave[];
  typicalCases: TypicalCase[];
  rectification: { rows: RectificationRow[]; total: Omit<RectificationRow, 'hallId' | 'hallName'> };
  publishedAt: Date | null;
  publishedBy: string | null;
}

export interface MonthlyNoticeInput {
  scope: PlanScope;
  month: MonthKey;
  hallScores: readonly HallMonthScore[];
  districtScores?: readonly DistrictMonthScore[];
  shortStaves: readonly ShortStave[];
  typicalCases: readonly TypicalCase[];
  rectifications: readonly HallRectificationFigures[];
  /** Halls in each of the top and bottom tables; 5 unless told. */
  rankingSize?: number;
}

const formatScore = (score: number) => score.toFixed(1);

function rankHalls(hallScores: readonly HallMonthScore[], size: number): MonthlyNotice['ranking'] {
  const ranked = rankByScore(hallScores.map((h) => ({ ...h, id: h.hallId, name: h.hallName }))).map(
    (h): NoticeRankingRow => ({
      rank: h.rank as number,
      hallId: h.hallId,
      hallName: h.hallName,
      districtName: h.districtName,
      score: h.score,
      inspections: h.inspections,
      vetoedInspections: h.vetoedInspections,
    }),
  );
  const top = ranked.slice(0, size);
  // The bottom table never repeats a hall already shown at the top.
  const bottom = ranked.slice(Math.max(size, ranked.length - size));
  return { top, bottom };
}

function rectificationTable(figures: readonly HallRectificationFigures[]): MonthlyNotice['rectification'] {
  const rows = figures.map((f) => ({ ...f, closureRate: percentage(f.closed, f.issued) }));
  const sum = (pick: (f: HallRectificationFigures) => number) =>
    figures.reduce((total, f) => total + pick(f), 0);
  const issued = sum((f) => f.issued);
  const closed = sum((f) => f.closed);
  return {
    rows,
    total: { issued, closed, overdue: sum((f) => f.overdue), closureRate: percentage(closed, issued) },
  };
}

function summarise(input: MonthlyNoticeInput, rectification: MonthlyNotice['rectification']): string {
  const where = input.scope.level === 'CITY' ? '全市' : input.scope.orgName;
  const month = monthLabel(input.month);
  const halls = [...input.hallScores].sort((a, b) => b.score - a.score);
  if (halls.length === 0) return `${month}${where}暂无已完成的服务检查。`;

  const inspections = halls.reduce((n, h) => n + h.inspections, 0);
  const failed = halls.reduce((n, h) => n + h.failedInspections, 0);
  const vetoed = halls.reduce((n, h) => n + h.vetoedInspections, 0);
  const average = roundScore(halls.reduce((sum, h) => sum + h.score, 0) / halls.length);
  const parts = [
    `${month}，${where}共检查营业厅 ${halls.length} 家、${inspections} 次，平均得分 ${formatScore(average)} 分。`,
  ];
  const best = halls[0] as HallMonthScore;
  const worst = halls[halls.length - 1] as HallMonthScore;
  if (halls.length > 1) {
    parts.push(
      `得分最高的是「${best.hallName}」（${formatScore(best.score)} 分），最低的是「${worst.hallName}」（${formatScore(worst.score)} 分）。`,
    );
  }
  if (failed === 0) parts.push('各次检查均达标。');
  else parts.push(`未达标 ${failed} 次${vetoed > 0 ? `，其中 ${vetoed} 次因一票否决项不达标` : ''}。`);

  const { issued, closed, overdue, closureRate } = rectification.total;
  if (issued === 0) parts.push('本月未下发整改单。');
  else {
    parts.push(
      `本月共下发整改单 ${issued} 张，已闭环 ${closed} 张，整改率 ${formatScore(closureRate as number)}%，超期未整改 ${overdue} 张。`,
    );
  }
  if (input.shortStaves.length > 0) {
    parts.push(
      `共性问题主要集中在：${input.shortStaves
        .slice(0, 3)
        .map((s) => s.itemTitle)
        .join('、')}。`,
    );
  }
  return parts.join('');
}

export function buildMonthlyNotice(input: MonthlyNoticeInput): MonthlyNotice {
  if (!isMonthKey(input.month)) throw inspectionErrors.noticeMonthFormat({ month: input.month }, 'month');
  const size = input.rankingSize ?? 5;
  if (!Number.isInteger(size) || size < 1) throw inspectionErrors.rankingSizeInvalid({}, 'rankingSize');

  const rectification = rectificationTable(input.rectifications);
  const districtRanking = rankByScore(
    (input.districtScores ?? []).map((d) => ({ ...d, id: d.districtId, name: d.districtName })),
  ).map((d) => ({
    rank: d.rank as number,
    districtId: d.districtId,
    districtName: d.districtName,
    score: d.score,
    halls: d.halls,
  }));
  return {
    status: 'DRAFT',
    scope: input.scope,
    month: input.month,
    title: `${input.scope.orgName}${monthLabel(input.month)}营业厅服务检查通报`,
    period: { from: firstDayOfMonth(input.month), to: lastDayOfMonth(input.month) },
    summary: summarise(input, rectification),
    ranking: rankHalls(input.hallScores, size),
    districtRanking,
    commonProblems: [...input.shortStaves],
    typicalCases: [...input.typicalCases],
    rectification,
    publishedAt: null,
    publishedBy: null,
  };
}

/** An inspection a typical case cites, as stored, with whether the editing supervisor may see it. */
export interface CitedInspection {
  id: string;
  status: InspectionStatus;
  kind: InspectionKind;
  month: string;
  cityId: string;
  districtId: string;
  mysteryPublishedAt: Date | null;
  /** Every photo of the inspection's results. */
  photoIds: readonly string[];
  visibleToEditor: boolean;
}

/** Whether the notice's figures count the inspection: submitted, scored, of its units and month, a mystery visit once published. */
const countsInNotice = (notice: Pick<MonthlyNotice, 'scope' | 'month'>, i: CitedInspection) =>
  i.status === 'SUBMITTED' &&
  (SCORED_KINDS as readonly string[]).includes(i.kind) &&
  !(i.kind === 'MYSTERY' && i.mysteryPublishedAt === null) &&
  i.month === notice.month &&
  (notice.scope.level === 'CITY' ? i.cityId : i.districtId) === notice.scope.orgId;

/**
 * The photos a notice may show: those of its cases that belong to the inspection the case cites, when the
 * figures count it. Notices saved before the rule was kept are shown without the photos they should not have.
 */
export const citablePhotoIds = (
  notice: Pick<MonthlyNotice, 'scope' | 'month' | 'typicalCases'>,
  inspections: ReadonlyMap<string, CitedInspection>,
): string[] =>
  notice.typicalCases.flatMap((c) => {
    const cited = inspections.get(c.inspectionId);
    return cited && countsInNotice(notice, cited)
      ? c.photoIds.filter((photoId) => cited.photoIds.includes(photoId))
      : [];
  });

/**
 * A typical case cites an inspection the notice's figures count (submitted, scored, of the notice's units and
 * month, a mystery visit only once published) that the editor may see, and shows only that inspection's
 * photos: the notice is read by every hall below it, and its photos are signed for them.
 */
export function assertTypicalCasesCitable(
  notice: Pick<MonthlyNotice, 'scope' | 'month'>,
  cases: readonly Pick<TypicalCase, 'inspectionId' | 'photoIds'>[],
  inspections: ReadonlyMap<string, CitedInspection>,
): void {
  cases.forEach((c, index) => {
    const n = index + 1;
    const cited = inspections.get(c.inspectionId);
    if (!cited || !countsInNotice(notice, cited) || !cited.visibleToEditor)
      throw inspectionErrors.caseInspectionOutOfScope({ n }, `typicalCases.${index}.inspectionId`);
    if (c.photoIds.some((photoId) => !cited.photoIds.includes(photoId)))
      throw inspectionErrors.casePhotoNotOfInspection({ n }, `typicalCases.${index}.photoIds`);
  });
}
