// 补考与谈话: the trainer enrols everyone under the city mean of an exam in next month's retake (a RETAKE exam with
// retakeOfId, created as a draft the trainer then reviews and publishes, or extended when it exists) and records
// a conversation task (表9) for each person's hall manager. Running it again adds only the people not yet there.
import { can } from '@duda/authz';
import { analysisErrors } from '@duda/contract-training';
import {
  addCalendarDays,
  chinaDateOf,
  endOfChinaDay,
  firstDayOfMonth,
  nextMonth,
  startOfChinaDay,
} from '@duda/month';
import type { TrainingDeps } from '../deps.ts';
import type { Exam, Prisma } from '../generated/prisma/client.ts';
import { orgPlaces } from '../ports/org-directory.ts';
import type { AnalysisCtx } from './access.ts';
import { belowCityMean, personIdsOf } from './below-average.ts';
import type { PersonResult } from './subject.ts';

const RETAKE_SOURCES: readonly Exam['kind'][] = ['CITY_MONTHLY', 'DISTRICT_WRITTEN'];
/**
 * The retake opens at 09:00 on the first of next month — or tomorrow, when that has passed — and closes at the end of
 * its seventh day (China time). The trainer adjusts the draft before publishing it.
 */
const OPENS_AFTER_MIDNIGHT_MS = 9 * 3_600_000;
const WINDOW_DAYS = 7;

export async function enrolRetakes(deps: TrainingDeps, ctx: AnalysisCtx, examId: string) {
  const exam = await deps.prisma.exam.findUnique({ where: { id: examId } });
  if (!exam) throw analysisErrors.examNotFound();
  if (!can(ctx.actor, 'training.exam.manage', { orgNodeId: exam.orgNodeId }))
    throw analysisErrors.enrolDenied();
  if (!RETAKE_SOURCES.includes(exam.kind)) throw analysisErrors.notRetakeSource();
  const { cityMean, below } = await belowCityMean(deps, exam);
  if (cityMean === null) throw analysisErrors.noResults();
  if (below.length === 0) throw analysisErrors.noOneBelow();
  const [managers, [city]] = await Promise.all([
    hallManagers(deps, ctx, exam.cityId),
    orgPlaces(deps.org, ctx, [exam.cityId]),
  ]);

  return deps.prisma.$transaction((tx) =>
    writeEnrolment(tx, {
      exam,
      cityMean,
      below,
      managers,
      cityName: city?.name ?? exam.orgName,
      by: ctx.actor.personId,
      now: deps.now(),
    }),
  );
}

export interface Enrolment {
  exam: Exam;
  cityMean: number;
  below: readonly PersonResult[];
  /** Each hall's manager, by hall id. */
  managers: ReadonlyMap<string, { id: string; name: string }>;
  cityName: string;
  /** Who enrols (the trainer). */
  by: string;
  now: Date;
}

/** Creates or extends the retake and records the conversation tasks, in the caller's transaction. */
export async function writeEnrolment(
  tx: Prisma.TransactionClient,
  { exam, cityMean, below, managers, cityName, by, now }: Enrolment,
) {
  // One enrolment per exam at a time, so two clicks cannot make two retakes.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`training.retake:${exam.id}`}))`;
  const existing = await tx.exam.findFirst({
    where: { retakeOfId: exam.id, kind: 'RETAKE', status: { not: 'CANCELLED' } },
    orderBy: { createdAt: 'asc' },
  });
  const already = new Set(existing ? personIdsOf(existing.target) : []);
  const personIds = [...already, ...below.map((r) => r.personId).filter((id) => !already.has(id))];
  const retake = existing
    ? await tx.exam.update({
        where: { id: existing.id },
        data: { target: { ...(existing.target as object), personIds } },
      })
    : await tx.exam.create({ data: retakeOfExam(exam, personIds, cityName, by, now) });
  if (retake.status === 'PUBLISHED') await addCandidates(tx, exam.id, retake.id, personIds);
  const tasks = await tx.conversationTask.createMany({
    skipDuplicates: true,
    data: below.map((r) => {
      const manager = managers.get(r.hallId);
      return {
        cityId: exam.cityId,
        examId: exam.id,
        month: exam.month,
        personId: r.personId,
        personName: r.personName,
        staffNo: r.staffNo,
        hallId: r.hallId,
        hallName: r.hallName,
        orgPath: [...r.orgPath],
        managerId: manager?.id ?? null,
        managerName: manager?.name ?? null,
        score: r.percent,
        cityMean,
        retakeExamId: retake.id,
        createdById: by,
      };
    }),
  });
  return {
    retakeExamId: retake.id,
    retakeStatus: retake.status,
    created: !existing,
    enrolled: personIds.length - already.size,
    total: personIds.length,
    conversationTasks: tasks.count,
  };
}

function retakeOfExam(
  exam: Exam,
  personIds: string[],
  cityName: string,
  createdById: string,
  now: Date,
): Prisma.ExamUncheckedCreateInput {
  const month = nextMonth(exam.month);
  const firstOfMonth = firstDayOfMonth(month);
  const opensOnTheFirst = startOfChinaDay(firstOfMonth).getTime() + OPENS_AFTER_MIDNIGHT_MS > now.getTime();
  const first = opensOnTheFirst ? firstOfMonth : addCalendarDays(chinaDateOf(now), 1);
  return {
    cityId: exam.cityId,
    // Retakes are held by the city (docs/domain.md: "retake the exam at the city the next month").
    orgNodeId: exam.cityId,
    orgName: cityName,
    title: `${exam.title}（补考）`,
    kind: 'RETAKE',
    month,
    status: 'DRAFT',
    paperId: exam.paperId,
    target: { orgNodeIds: [], roles: [], personIds },
    opensAt: new Date(startOfChinaDay(first).getTime() + OPENS_AFTER_MIDNIGHT_MS),
    closesAt: endOfChinaDay(addCalendarDays(first, WINDOW_DAYS - 1)),
    timeLimitMinutes: exam.timeLimitMinutes,
    attemptsAllowed: exam.attemptsAllowed,
    gradingMethod: exam.gradingMethod,
    overdueHandling: exam.overdueHandling,
    graceMinutes: exam.graceMinutes,
    passMark: exam.passMark,
    reviewRule: exam.reviewRule === 'ON_DATE' ? 'AFTER_CLOSE' : exam.reviewRule,
    multipleChoiceScoring: exam.multipleChoiceScoring,
    retakeOfId: exam.id,
    createdById,
  };
}

/** A published retake takes the new people at once, placed as they were in the exam they retake. */
async function addCandidates(
  tx: Prisma.TransactionClient,
  sourceId: string,
  retakeId: string,
  personIds: string[],
) {
  const sources = await tx.examCandidate.findMany({
    where: { examId: sourceId, personId: { in: personIds } },
  });
  await tx.examCandidate.createMany({
    skipDuplicates: true,
    data: sources.map((c) => ({
      examId: retakeId,
      personId: c.personId,
      personName: c.personName,
      staffNo: c.staffNo,
      orgNodeId: c.orgNodeId,
      orgName: c.orgName,
      orgPath: c.orgPath,
    })),
  });
}

interface PersonSummary {
  id: string;
  name: string;
  staffNo: string;
  orgNodeId: string;
}

/** Each hall's manager (店面经理) — the first by 工号 where a hall has two — through the org service. */
async function hallManagers(deps: TrainingDeps, ctx: AnalysisCtx, cityId: string) {
  const managers = new Map<string, PersonSummary>();
  for (let page = 1; ; page++) {
    const { items, total } = await deps.org.query<{ items: PersonSummary[]; total: number }>(
      ctx,
      'people.list',
      {
        orgNodeId: cityId,
        role: 'hall_manager',
        status: 'active',
        page,
        pageSize: 200,
        sort: { key: 'staffNo', order: 'asc' },
      },
    );
    for (const p of items) if (!managers.has(p.orgNodeId)) managers.set(p.orgNodeId, p);
    if (page * 200 >= total || items.length === 0) return managers;
  }
}
