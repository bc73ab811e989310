// `performance.rollups` (季度/年度汇总): each person's quarter or year by the stated rule (`domain/rollup.ts`: the mean
// of the final scores of the period's signed-off months in which they had a scorecard, graded by the city's bands).
// Read in the scorecards' scope — a clerk her own, a hall manager the hall, a district or the city their units, HR
// every person — and only from signed-off months for everybody, so a roll-up never shows a month still changing.
import type { rollupInputs } from '@duda/contract-performance';
import { periodMonths, ROLLUP_RULE, rollupsErrors, type Grade } from '@duda/contract-performance';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { rollUp } from '../domain/rollup.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { readableScorecards } from '../scorecards/access.ts';
import { gradeBandsOf } from '../scorecards/grade-settings.ts';

type Period = Pick<z.infer<typeof rollupInputs.list>, 'year' | 'period'>;

const monthFields = {
  personId: true,
  personName: true,
  staffNo: true,
  role: true,
  hallName: true,
  districtName: true,
  month: true,
  final: true,
  grade: true,
  calibratedGrade: true,
} as const;

/** The caller's readable scorecards of the period's signed-off months of their city, oldest month first. */
async function signedOffCards(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: Period,
  narrow: Prisma.ScorecardWhereInput[],
) {
  const city = await cityOf(deps.org, ctx);
  const [readable, closed, bands] = await Promise.all([
    readableScorecards(deps.prisma, ctx),
    deps.prisma.performanceMonth.findMany({
      where: { cityId: city.id, month: { in: periodMonths(input.year, input.period) }, status: 'SIGNED_OFF' },
      select: { month: true },
    }),
    gradeBandsOf(deps.prisma, city.id),
  ]);
  const months = closed.map((row) => row.month);
  const cards = months.length
    ? await deps.prisma.scorecard.findMany({
        where: { AND: [readable, { cityId: city.id, month: { in: months } }, ...narrow] },
        select: monthFields,
        orderBy: [{ month: 'asc' }],
      })
    : [];
  return { cards, bands, months: months.sort() };
}

type Card = Awaited<ReturnType<typeof signedOffCards>>['cards'][number];

/** One person's roll-up: who they were in the period's last month, the score and grade by the rule. */
function personRollup(cards: readonly Card[], bands: Awaited<ReturnType<typeof gradeBandsOf>>) {
  const latest = cards[cards.length - 1]!;
  const result = rollUp(
    cards.map((card) => ({ month: card.month, final: card.final })),
    bands,
  )!;
  return {
    personId: latest.personId,
    personName: latest.personName,
    staffNo: latest.staffNo,
    role: latest.role,
    hallName: latest.hallName,
    districtName: latest.districtName,
    months: result.months,
    score: result.score,
    grade: result.grade,
  };
}

function byPerson(cards: readonly Card[]) {
  const people = new Map<string, Card[]>();
  for (const card of cards) {
    const list = people.get(card.personId);
    if (list) list.push(card);
    else people.set(card.personId, [card]);
  }
  return people;
}

/** Everyone's roll-up of the period in the caller's scope, narrowed by the list's filters, by hall and 工号. */
export async function rollupRows(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: Period & Pick<z.infer<typeof rollupInputs.list>, 'orgNodeId' | 'search'>,
) {
  const narrow: Prisma.ScorecardWhereInput[] = [];
  if (input.orgNodeId)
    narrow.push({
      OR: [{ hallId: input.orgNodeId }, { districtId: input.orgNodeId }, { cityId: input.orgNodeId }],
    });
  if (input.search)
    narrow.push({
      OR: [
        { personName: { contains: input.search } },
        { staffNo: { startsWith: input.search.toUpperCase() } },
      ],
    });
  const { cards, bands, months } = await signedOffCards(deps, ctx, input, narrow);
  // A person is grouped in memory: a city's year is at most twelve rows a person, read once for the page and total.
  const rows = [...byPerson(cards).values()]
    .map((list) => ({
      ...personRollup(list, bands),
      monthScores: list.map((card) => ({ month: card.month, final: card.final })),
    }))
    .sort((a, b) => a.hallName.localeCompare(b.hallName, 'zh-CN') || a.staffNo.localeCompare(b.staffNo));
  return { rows, months };
}

export async function listRollups(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof rollupInputs.list>) {
  const { rows, months } = await rollupRows(deps, ctx, input);
  const start = (input.page - 1) * input.pageSize;
  return {
    items: rows.slice(start, start + input.pageSize).map(({ monthScores: _months, ...row }) => row),
    total: rows.length,
    page: input.page,
    pageSize: input.pageSize,
    rule: ROLLUP_RULE,
    signedOffMonths: months,
  };
}

/** One person's roll-up and the months it is made of (the grade each month showed: the calibrated one if moved). */
export async function getRollup(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof rollupInputs.get>) {
  const { cards, bands, months } = await signedOffCards(deps, ctx, input, [{ personId: input.personId }]);
  if (cards.length === 0) throw rollupsErrors.notFound();
  return {
    ...personRollup(cards, bands),
    year: input.year,
    period: input.period,
    rule: ROLLUP_RULE,
    bands,
    signedOffMonths: months,
    monthScores: cards.map((card) => ({
      month: card.month,
      final: card.final,
      grade: (card.calibratedGrade ?? card.grade) as Grade,
    })),
  };
}
