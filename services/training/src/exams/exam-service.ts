// `training.exams.*` for those who hold and read exams: settings kept by the rules of domain/exam-settings.ts,
// DRAFT → PUBLISHED (candidates resolved, training.exam.published recorded in the same transaction) → CANCELLED
// while nobody has started.
import { recordEvent } from '@duda/events';
import {
  examPhase,
  examsErrors,
  type ExamKind,
  type ExamSettings,
  type ExamStatus,
} from '@duda/contract-training';
import { skipTake, type Page, type PageInput } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { examSettingsProblems } from '../domain/exam-settings.ts';
import { examCancelled, examPublished } from '../events/domain-events.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { orgPlaces } from '../ports/org-directory.ts';
import { resolveCandidates } from './candidates.ts';
import { examOrFail, managedExamOrFail, managesExam, visibleExams, type ExamCtx } from './exam-access.ts';

const FINISHED = ['SUBMITTED', 'ABANDONED'] as const;

/** Started and finished candidates per exam (distinct people). */
async function progressCounts(deps: TrainingDeps, examIds: string[]) {
  const [started, finished] = await Promise.all(
    [{}, { status: { in: [...FINISHED] } }].map((extra) =>
      deps.prisma.examAttempt.groupBy({
        by: ['examId', 'personId'],
        where: { examId: { in: examIds }, ...extra },
      }),
    ),
  );
  const count = (rows: { examId: string }[]) => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.examId, (counts.get(row.examId) ?? 0) + 1);
    return counts;
  };
  return { started: count(started!), submitted: count(finished!) };
}

export async function listExams(
  deps: TrainingDeps,
  ctx: ExamCtx,
  filter: PageInput & {
    month?: string | null;
    kind?: ExamKind | null;
    status?: ExamStatus | null;
    q?: string | null;
  },
) {
  const where: Prisma.ExamWhereInput = {
    AND: [
      visibleExams(ctx.actor),
      filter.month ? { month: filter.month } : {},
      filter.kind ? { kind: filter.kind } : {},
      filter.status ? { status: filter.status } : {},
      filter.q ? { title: { contains: filter.q } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.exam.findMany({
      where,
      include: { _count: { select: { candidates: true } } },
      orderBy: [{ opensAt: 'desc' }, { id: 'asc' }],
      ...skipTake(filter),
    }),
    deps.prisma.exam.count({ where }),
  ]);
  const counts = await progressCounts(
    deps,
    rows.map((r) => r.id),
  );
  const now = deps.now();
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    month: row.month,
    orgName: row.orgName,
    status: row.status,
    phase: examPhase(row, now),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    candidateCount: row._count.candidates,
    startedCount: counts.started.get(row.id) ?? 0,
    submittedCount: counts.submitted.get(row.id) ?? 0,
  }));
  return { items, total, page: filter.page, pageSize: filter.pageSize } satisfies Page<unknown>;
}

export async function getExam(deps: TrainingDeps, ctx: ExamCtx, id: string) {
  const exam = await examOrFail(deps, ctx, id);
  const [paper, retakeOf, candidateCount, counts] = await Promise.all([
    deps.prisma.paper.findUnique({ where: { id: exam.paperId }, select: { title: true, totalPoints: true } }),
    exam.retakeOfId
      ? deps.prisma.exam.findUnique({ where: { id: exam.retakeOfId }, select: { id: true, title: true } })
      : null,
    deps.prisma.examCandidate.count({ where: { examId: id } }),
    progressCounts(deps, [id]),
  ]);
  const manages = managesExam(ctx.actor, exam);
  const started = counts.started.get(id) ?? 0;
  return {
    id: exam.id,
    title: exam.title,
    kind: exam.kind,
    month: exam.month,
    orgNodeId: exam.orgNodeId,
    orgName: exam.orgName,
    status: exam.status,
    phase: examPhase(exam, deps.now()),
    paperId: exam.paperId,
    paperTitle: paper?.title ?? '',
    paperTotal: paper?.totalPoints ?? 0,
    target: exam.target as ExamSettings['target'],
    opensAt: exam.opensAt,
    closesAt: exam.closesAt,
    timeLimitMinutes: exam.timeLimitMinutes,
    attemptsAllowed: exam.attemptsAllowed,
    gradingMethod: exam.gradingMethod,
    overdueHandling: exam.overdueHandling,
    graceMinutes: exam.graceMinutes,
    passMark: exam.passMark,
    reviewRule: exam.reviewRule,
    reviewAt: exam.reviewAt,
    multipleChoiceScoring: exam.multipleChoiceScoring,
    retakeOf,
    publishedAt: exam.publishedAt,
    candidateCount,
    startedCount: started,
    submittedCount: counts.submitted.get(id) ?? 0,
    can: {
      edit: manages && exam.status === 'DRAFT',
      publish: manages && exam.status === 'DRAFT',
      cancel: manages && exam.status !== 'CANCELLED' && started === 0,
    },
  };
}

/** Checks the settings against the rules, the org node, the paper, the target and the exam retaken. */
async function assertSettings(deps: TrainingDeps, ctx: ExamCtx, settings: ExamSettings) {
  if (!managesExam(ctx.actor, settings)) throw examsErrors.manageDenied({}, 'orgNodeId');
  const [place] = await orgPlaces(deps.org, ctx, [settings.orgNodeId]);
  if (!place) throw examsErrors.manageDenied({}, 'orgNodeId');
  const level =
    settings.kind === 'DISTRICT_WRITTEN'
      ? ['district']
      : settings.kind === 'CITY_MONTHLY'
        ? ['city']
        : ['city', 'district'];
  if (!level.includes(place.level)) throw examsErrors.heldForLevel({}, 'orgNodeId');
  const cityId = place.level === 'city' ? place.id : place.city?.id;
  const paper = await deps.prisma.paper.findUnique({ where: { id: settings.paperId } });
  if (!paper || paper.cityId !== cityId) throw examsErrors.paperUnknown({}, 'paperId');
  const [problem] = examSettingsProblems(settings, paper);
  if (problem) throw problem;
  if (settings.retakeOfId) {
    const origin = await deps.prisma.exam.count({ where: { id: settings.retakeOfId, cityId } });
    if (!origin) throw examsErrors.retakeOfUnknown({}, 'retakeOfId');
  }
  const nodes = new Map(
    (await orgPlaces(deps.org, ctx, settings.target.orgNodeIds)).map((node) => [node.id, node]),
  );
  settings.target.orgNodeIds.forEach((nodeId, index) => {
    const node = nodes.get(nodeId);
    const under = node && [node.id, node.district?.id, node.city?.id].includes(settings.orgNodeId);
    if (!under) throw examsErrors.targetNodeOutOfScope({ n: index + 1 }, `target.orgNodeIds.${index}`);
  });
  if (settings.target.personIds.length) {
    const found = new Set(
      (await deps.org.query<{ id: string }[]>(ctx, 'people.byIds', { ids: settings.target.personIds })).map(
        (p) => p.id,
      ),
    );
    settings.target.personIds.forEach((personId, index) => {
      if (!found.has(personId))
        throw examsErrors.targetPersonOutOfScope({ n: index + 1 }, `target.personIds.${index}`);
    });
  }
  return { cityId: cityId!, orgName: place.name };
}

const settingsData = (settings: ExamSettings) => ({
  title: settings.title,
  kind: settings.kind,
  month: settings.month,
  orgNodeId: settings.orgNodeId,
  paperId: settings.paperId,
  target: settings.target as unknown as Prisma.InputJsonValue,
  opensAt: settings.opensAt,
  closesAt: settings.closesAt,
  timeLimitMinutes: settings.timeLimitMinutes,
  attemptsAllowed: settings.attemptsAllowed,
  gradingMethod: settings.gradingMethod,
  overdueHandling: settings.overdueHandling,
  graceMinutes: settings.graceMinutes,
  passMark: settings.passMark,
  reviewRule: settings.reviewRule,
  reviewAt: settings.reviewAt ?? null,
  multipleChoiceScoring: settings.multipleChoiceScoring,
  retakeOfId: settings.retakeOfId ?? null,
});

export async function createExam(deps: TrainingDeps, ctx: ExamCtx, settings: ExamSettings) {
  const { cityId, orgName } = await assertSettings(deps, ctx, settings);
  const row = await deps.prisma.exam.create({
    data: { ...settingsData(settings), cityId, orgName, createdById: ctx.actor.personId },
  });
  return { id: row.id };
}

export async function updateExam(deps: TrainingDeps, ctx: ExamCtx, input: ExamSettings & { id: string }) {
  const exam = await managedExamOrFail(deps, ctx, input.id);
  if (exam.status !== 'DRAFT') throw examsErrors.notADraft({ title: exam.title });
  const { cityId, orgName } = await assertSettings(deps, ctx, input);
  const moved = await deps.prisma.exam.updateMany({
    where: { id: exam.id, status: 'DRAFT' },
    data: { ...settingsData(input), cityId, orgName },
  });
  if (moved.count === 0) throw examsErrors.notADraft({ title: exam.title });
  return { id: exam.id };
}

/** Resolves the candidates and puts the exam on their to-do lists (the event), all in one transaction. */
export async function publishExam(deps: TrainingDeps, ctx: ExamCtx, id: string) {
  const exam = await managedExamOrFail(deps, ctx, id);
  if (exam.status !== 'DRAFT') throw examsErrors.notADraft({ title: exam.title });
  const settings = { ...exam, target: exam.target as ExamSettings['target'] } as ExamSettings;
  await assertSettings(deps, ctx, settings);
  const candidates = await resolveCandidates(deps.org, ctx, settings.target, exam.orgNodeId);
  if (candidates.length === 0) throw examsErrors.noCandidates({}, 'target');
  const now = deps.now();
  await deps.prisma.$transaction(async (tx) => {
    const moved = await tx.exam.updateMany({
      where: { id, status: 'DRAFT' },
      data: { status: 'PUBLISHED', publishedAt: now },
    });
    if (moved.count === 0) throw examsErrors.changedMeanwhile();
    await tx.examCandidate.createMany({ data: candidates.map((c) => ({ examId: id, ...c })) });
    await recordEvent(tx, examPublished, {
      examId: id,
      cityId: exam.cityId,
      orgNodeId: exam.orgNodeId,
      title: exam.title,
      kind: exam.kind,
      month: exam.month,
      opensAt: exam.opensAt.toISOString(),
      closesAt: exam.closesAt.toISOString(),
      candidatePersonIds: candidates.map((c) => c.personId),
      publishedAt: now.toISOString(),
    });
  });
  return { status: 'PUBLISHED' as const, candidateCount: candidates.length };
}

/** Before anyone has started: a draft or a published exam is set aside; its candidates stay as they were. */
export async function cancelExam(deps: TrainingDeps, ctx: ExamCtx, id: string) {
  const exam = await managedExamOrFail(deps, ctx, id);
  if (exam.status === 'CANCELLED') throw examsErrors.alreadyCancelled({ title: exam.title });
  const now = deps.now();
  await deps.prisma.$transaction(async (tx) => {
    // Only while no attempt exists, decided in the one statement that cancels.
    const moved = await tx.exam.updateMany({
      where: { id, status: exam.status, attempts: { none: {} } },
      data: { status: 'CANCELLED' },
    });
    if (moved.count === 0) {
      const started = await tx.examAttempt.groupBy({ by: ['personId'], where: { examId: id } });
      if (started.length > 0) throw examsErrors.cancelStarted({ title: exam.title, n: started.length });
      throw examsErrors.changedMeanwhile();
    }
    // A draft was on nobody's to-do list.
    if (exam.status === 'PUBLISHED')
      await recordEvent(tx, examCancelled, {
        examId: id,
        cityId: exam.cityId,
        month: exam.month,
        cancelledAt: now.toISOString(),
      });
  });
  return { status: 'CANCELLED' as const };
}
