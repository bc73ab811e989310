// A plan's sessions (培训场次): when and where, the trainer, the topics and materials, the people expected — and,
// once the plan is published, their attendance taken by the plan's keeper (present / absent / excused).
import { chinaDateOf, monthOf } from '@duda/month';
import { trainingPlansErrors, type AttendanceStatus, type SessionMaterial } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { assertKeepsPlanOf, plansInScope, type PlansCtx } from './access.ts';
import { getPlan, keptPlan } from './plans.ts';

interface PersonSummary {
  id: string;
  staffNo: string;
  name: string;
  status: 'active' | 'on_leave' | 'left';
}

export interface SessionInput {
  planId: string;
  sessionId?: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  trainerId: string;
  topicKeys: string[];
  materials: SessionMaterial[];
  participantIds: string[];
}

/** People the caller may see (through the org service on their behalf), still employed. */
async function people(deps: TrainingDeps, ctx: PlansCtx, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await deps.org.query<PersonSummary[]>(ctx, 'people.byIds', { ids: unique });
  const byId = new Map(found.filter((p) => p.status !== 'left').map((p) => [p.id, p]));
  if (unique.some((id) => !byId.has(id))) throw trainingPlansErrors.personNotFound();
  return unique.map((id) => byId.get(id)!);
}

/** Articles named by id keep their title beside the id, for the plan's readers. */
async function materialsOf(deps: TrainingDeps, cityId: string, materials: SessionMaterial[]) {
  const ids = materials.flatMap((m) => ('articleId' in m ? [m.articleId] : []));
  const articles = ids.length
    ? await deps.prisma.article.findMany({
        where: { id: { in: ids }, cityId, status: 'PUBLISHED' },
        select: { id: true, title: true },
      })
    : [];
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return materials.map((m) => {
    if (!('articleId' in m)) return m;
    const title = titles.get(m.articleId);
    if (title === undefined) throw trainingPlansErrors.articleNotFound();
    return { articleId: m.articleId, title };
  });
}

export async function saveSession(deps: TrainingDeps, ctx: PlansCtx, input: SessionInput) {
  const plan = await keptPlan(deps, ctx, input.planId);
  const inMonth = (at: Date) => monthOf(chinaDateOf(at)) === plan.month;
  if (input.endsAt <= input.startsAt || !inMonth(input.startsAt) || !inMonth(input.endsAt))
    throw trainingPlansErrors.sessionOutsideMonth();
  const keys = new Set((plan.topics as { key: string }[]).map((t) => t.key));
  if (input.topicKeys.some((k) => !keys.has(k))) throw trainingPlansErrors.unknownTopic();
  const [trainer] = await people(deps, ctx, [input.trainerId]);
  const participants = await people(deps, ctx, input.participantIds);
  const materials = await materialsOf(deps, plan.cityId, input.materials);
  const fields = {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place,
    trainerId: trainer!.id,
    trainerName: trainer!.name,
    topicKeys: [...new Set(input.topicKeys)],
    materials: materials as Prisma.InputJsonValue,
  };
  await deps.prisma.$transaction(async (tx) => {
    let sessionId = input.sessionId;
    if (sessionId) {
      const updated = await tx.trainingSession.updateMany({
        where: { id: sessionId, planId: plan.id },
        data: fields,
      });
      if (updated.count === 0) throw trainingPlansErrors.sessionNotFound();
      // Those still expected keep the attendance already taken.
      await tx.sessionAttendance.deleteMany({
        where: { sessionId, personId: { notIn: participants.map((p) => p.id) } },
      });
    } else {
      sessionId = (await tx.trainingSession.create({ data: { ...fields, planId: plan.id } })).id;
    }
    await tx.sessionAttendance.createMany({
      data: participants.map((p) => ({
        sessionId: sessionId!,
        personId: p.id,
        personName: p.name,
        staffNo: p.staffNo,
      })),
      skipDuplicates: true,
    });
  });
  return getPlan(deps, ctx, plan.id);
}

async function keptSession(deps: TrainingDeps, ctx: PlansCtx, sessionId: string) {
  const session = await deps.prisma.trainingSession.findUnique({ where: { id: sessionId } });
  const plan =
    session &&
    (await deps.prisma.trainingPlan.findFirst({ where: { id: session.planId, ...plansInScope(ctx.actor) } }));
  // A session of a plan the caller does not read is missing, as the plan would be.
  if (!session || !plan) throw trainingPlansErrors.sessionNotFound();
  assertKeepsPlanOf(ctx.actor, plan.orgNodeId);
  if (plan.status === 'DONE') throw trainingPlansErrors.notEditable();
  return { session, plan };
}

export async function deleteSession(deps: TrainingDeps, ctx: PlansCtx, id: string) {
  const { plan } = await keptSession(deps, ctx, id);
  await deps.prisma.trainingSession.deleteMany({ where: { id } });
  return getPlan(deps, ctx, plan.id);
}

export async function takeAttendance(
  deps: TrainingDeps,
  ctx: PlansCtx,
  input: { sessionId: string; marks: { personId: string; status: AttendanceStatus }[] },
) {
  const { plan } = await keptSession(deps, ctx, input.sessionId);
  if (plan.status !== 'PUBLISHED') throw trainingPlansErrors.attendanceNotPublished();
  const now = deps.now();
  await deps.prisma.$transaction(async (tx) => {
    for (const mark of input.marks) {
      const updated = await tx.sessionAttendance.updateMany({
        where: { sessionId: input.sessionId, personId: mark.personId },
        data: { status: mark.status, markedAt: now },
      });
      if (updated.count === 0) throw trainingPlansErrors.notParticipant();
    }
  });
  return getPlan(deps, ctx, plan.id);
}
