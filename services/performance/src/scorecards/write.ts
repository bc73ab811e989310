// Stores a run's scorecards in one transaction: the month must still be open (checked under the month's lock, so a
// sign-off and a run never interleave), figures the superior entered and every adjustment are kept, each line is
// rewritten with its figure, points and evidence, and the scorecards of people no longer measured are removed.
import { randomUUID } from 'node:crypto';
import {
  scorecardsErrors,
  type Evidence,
  type GradeBands,
  type KpiDirection,
  type KpiRule,
  type KpiSource,
  type SchemeRole,
} from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import { scoreCard } from '../domain/scorecard.ts';
import type { SourcedFigure } from '../domain/sources.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { OrgHall, OrgPerson } from '../ports/org-directory.ts';
import { enumType, table } from '../raw-sql.ts';

export interface ComputedLine {
  kpiId: string;
  kpiName: string;
  unit: string;
  source: KpiSource;
  weight: number;
  direction: KpiDirection;
  target: number;
  rule: KpiRule;
  /** The pulled figure and its evidence; null for a figure performance keeps itself. */
  pulled: SourcedFigure | null;
}

export interface ComputedCard {
  person: OrgPerson;
  role: SchemeRole;
  hall: OrgHall;
  schemeId: string;
  lines: ComputedLine[];
}

/** The month's lock, taken by every write that must see the month open (run, assessment, adjustment, sign-off). */
export const lockMonth = (tx: Prisma.TransactionClient, cityId: string, month: string) =>
  tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`performance:${cityId}:${month}`}))::text AS locked`;

export async function openMonthOrFail(tx: Prisma.TransactionClient, cityId: string, month: string) {
  await lockMonth(tx, cityId, month);
  const row = await tx.performanceMonth.upsert({
    where: { cityId_month: { cityId, month } },
    create: { cityId, month },
    update: {},
  });
  if (row.status === 'SIGNED_OFF') throw scorecardsErrors.monthClosed({ month });
  return row;
}

const CHUNK = 5_000;

export async function writeScorecards(
  deps: PerformanceDeps,
  run: { cityId: string; month: string; cards: readonly ComputedCard[]; bands: GradeBands },
  /** How many scorecards of the total are saved: at the start, after each batch of lines, at the end. */
  onWritten: (written: number, total: number) => void = () => {},
): Promise<number> {
  const { cityId, month, bands } = run;
  const now = deps.now();
  return deps.prisma.$transaction(
    async (tx) => {
      await openMonthOrFail(tx, cityId, month);
      const existing = await tx.scorecard.findMany({
        where: { cityId, month },
        select: {
          id: true,
          personId: true,
          lines: { select: { kpiId: true, value: true, evidence: true, enteredByName: true, comment: true } },
          adjustments: { select: { points: true } },
        },
      });
      const before = new Map(existing.map((card) => [card.personId, card]));
      const rows = run.cards.map((card) => {
        const prior = before.get(card.person.id);
        const id = prior?.id ?? randomUUID();
        const lines = card.lines.map((line, position) => {
          const kept = prior?.lines.find((old) => old.kpiId === line.kpiId);
          const value = line.pulled ? line.pulled.value : (kept?.value ?? null);
          const evidence = line.pulled
            ? line.pulled.evidence
            : ((kept?.evidence as Evidence[] | undefined) ?? []);
          return {
            ...line,
            position,
            value,
            evidence,
            enteredByName: line.pulled ? null : (kept?.enteredByName ?? null),
            comment: line.pulled ? null : (kept?.comment ?? null),
          };
        });
        const totals = scoreCard({ lines, adjustments: prior?.adjustments ?? [] }, bands);
        return { id, card, lines, totals };
      });

      onWritten(0, rows.length);
      if (rows.length > 0) await upsertScorecards(tx, cityId, month, now, rows);
      const ids = rows.map((row) => row.id);
      await tx.scorecardLine.deleteMany({ where: { scorecardId: { in: ids } } });
      // Lines in batches of whole scorecards (about CHUNK lines each), so each batch says how many cards are saved.
      let batch: { scorecardId: string; line: StoredLine; points: number }[] = [];
      for (const [index, row] of rows.entries()) {
        batch.push(
          ...row.lines.map((line, position) => ({
            scorecardId: row.id,
            line,
            points: row.totals.linePoints[position]!,
          })),
        );
        if (batch.length >= CHUNK || index === rows.length - 1) {
          await insertLines(tx, batch);
          batch = [];
          onWritten(index + 1, rows.length);
        }
      }
      // People who left or are no longer measured this month.
      await tx.scorecard.deleteMany({ where: { cityId, month, id: { notIn: ids } } });
      await tx.performanceMonth.update({
        where: { cityId_month: { cityId, month } },
        data: { lastRunAt: now },
      });
      return rows.length;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** One statement for the whole city (thousands of people): insert new scorecards, refresh the others' figures. */
async function upsertScorecards(
  tx: Prisma.TransactionClient,
  cityId: string,
  month: string,
  now: Date,
  rows: readonly { id: string; card: ComputedCard; totals: ReturnType<typeof scoreCard> }[],
) {
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO ${table('Scorecard')} ("id", "cityId", "month", "personId", "personName", "staffNo", "role", "hallId",
      "hallName", "districtId", "districtName", "schemeId", "computed", "adjustmentTotal", "final", "grade",
      "status", "computedAt")
    SELECT t.id, ${cityId}::uuid, ${month}, t.person, t.name, t.staff, t.role, t.hall, t.hall_name, t.district,
      t.district_name, t.scheme, t.computed, t.adjustment, t.final, t.grade::${enumType('Grade')},
      'COMPUTED'::${enumType('ScorecardStatus')}, ${now}
    FROM unnest(
      ${column((r) => r.id)}::uuid[], ${column((r) => r.card.person.id)}::uuid[],
      ${column((r) => r.card.person.name)}::text[], ${column((r) => r.card.person.staffNo)}::text[],
      ${column((r) => r.card.role)}::text[], ${column((r) => r.card.hall.id)}::uuid[],
      ${column((r) => r.card.hall.name)}::text[], ${column((r) => r.card.hall.districtId)}::uuid[],
      ${column((r) => r.card.hall.districtName)}::text[], ${column((r) => r.card.schemeId)}::uuid[],
      ${column((r) => r.totals.computed)}::float8[], ${column((r) => r.totals.adjustmentTotal)}::float8[],
      ${column((r) => r.totals.final)}::float8[], ${column((r) => r.totals.grade)}::text[]
    ) AS t(id, person, name, staff, role, hall, hall_name, district, district_name, scheme, computed, adjustment,
      final, grade)
    ON CONFLICT ("month", "personId") DO UPDATE SET
      "personName" = EXCLUDED."personName", "staffNo" = EXCLUDED."staffNo", "role" = EXCLUDED."role",
      "hallId" = EXCLUDED."hallId", "hallName" = EXCLUDED."hallName", "districtId" = EXCLUDED."districtId",
      "districtName" = EXCLUDED."districtName", "schemeId" = EXCLUDED."schemeId",
      "computed" = EXCLUDED."computed", "adjustmentTotal" = EXCLUDED."adjustmentTotal",
      "final" = EXCLUDED."final", "grade" = EXCLUDED."grade", "computedAt" = EXCLUDED."computedAt"`;
}

type StoredLine = ComputedLine & {
  position: number;
  value: number | null;
  evidence: Evidence[];
  enteredByName: string | null;
  comment: string | null;
};

/** The lines of many scorecards in one statement (Prisma's createMany with JSON columns is ~50× slower here). */
async function insertLines(
  tx: Prisma.TransactionClient,
  rows: readonly { scorecardId: string; line: StoredLine; points: number }[],
) {
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO ${table('ScorecardLine')} ("scorecardId", "kpiId", "position", "kpiName", "unit", "source", "weight",
      "direction", "target", "rule", "value", "points", "evidence", "enteredByName",
      "comment")
    SELECT t.card, t.kpi, t.position, t.name, t.unit, t.source::${enumType('KpiSource')}, t.weight,
      t.direction::${enumType('KpiDirection')}, t.target, t.rule::jsonb, t.value, t.points, t.evidence::jsonb, t.entered,
      t.comment
    FROM unnest(
      ${column((r) => r.scorecardId)}::uuid[], ${column((r) => r.line.kpiId)}::uuid[],
      ${column((r) => r.line.position)}::int[], ${column((r) => r.line.kpiName)}::text[],
      ${column((r) => r.line.unit)}::text[], ${column((r) => r.line.source)}::text[],
      ${column((r) => r.line.weight)}::int[], ${column((r) => r.line.direction)}::text[],
      ${column((r) => r.line.target)}::float8[], ${column((r) => JSON.stringify(r.line.rule))}::text[],
      ${column((r) => r.line.value)}::float8[], ${column((r) => r.points)}::float8[],
      ${column((r) => JSON.stringify(r.line.evidence))}::text[], ${column((r) => r.line.enteredByName)}::text[],
      ${column((r) => r.line.comment)}::text[]
    ) AS t(card, kpi, position, name, unit, source, weight, direction, target, rule, value, points, evidence, entered,
      comment)`;
}
