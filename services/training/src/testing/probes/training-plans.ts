// Training plans' rows of the authorization matrix. The world: 湖滨's manager drafts 湖滨's plan for this month, adds
// a topic of their own (marked), schedules a session with marked material for 湖滨's clerk and publishes. Those who
// read training results list plans and the month's ledger (南星's manager and 西湖区's supervisor without 湖滨's);
// only the city's readers see 湖滨's plan itself; only 湖滨's manager (no probe caller) changes anything of it, except
// its targeted exams (考核考试), which the trainer who runs exams over 湖滨 links too: the world has the trainer's
// draft exam for 湖滨's clerks this month.
import { chinaDateOf, monthOf, startOfChinaDay } from '@duda/month';
import { defineAreaProbes, type Owners, type ProbeCaller } from '@duda/service-org/testing/authz-probes';
import { paperMaterial, randomPaper } from './papers.ts';

export interface TrainingPlansWorld {
  hubinId: string;
  clerkId: string;
  managerId: string;
  planId: string;
  sessionId: string;
  month: string;
  topicTitle: string;
  material: string;
  startsAt: Date;
  endsAt: Date;
  examId: string;
}

/** Holders of training.read (hubin.clerk holds none). */
const readers = ['nanxing.mgr', 'xh.sup', 'trainer', 'hr'] as const satisfies readonly ProbeCaller[];
const cityReaders = ['trainer', 'hr'] as const satisfies readonly ProbeCaller[];
const trainerOnly = ['trainer'] as const satisfies readonly ProbeCaller[];

const hubinPlan = async (w: TrainingPlansWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('training.plans.get', { id: w.planId });

export const trainingPlansProbes = defineAreaProbes<TrainingPlansWorld>({
  prefix: 'training.plans',
  async world(owners) {
    const tag = crypto.randomUUID().slice(0, 8);
    const manager = await owners('hubin.mgr');
    const me = await manager.query<{ person: { id: string; orgNodeId: string } }>('org.me');
    const hubinId = me.person.orgNodeId;
    const [clerk] = await manager.query<{ id: string }[]>('org.people.search', { q: 'HZ10103' });
    const today = chinaDateOf(new Date());
    const month = monthOf(today);
    const existing = await manager.query<{ id: string }[]>('training.plans.list', {
      orgNodeId: hubinId,
      month,
    });
    const plan =
      existing[0] ??
      (await manager.mutation<{ id: string }>('training.plans.draft', { orgNodeId: hubinId, month }));
    const topicTitle = `矩阵培训主题${tag}`;
    await manager.mutation('training.plans.saveTopics', {
      id: plan.id,
      topics: [{ key: `own:${tag}`, source: 'OWN', title: topicTitle, reason: null }],
    });
    const material = `矩阵培训讲义${tag}`;
    const startsAt = new Date(startOfChinaDay(today).getTime() + 9 * 3_600_000);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const saved = await manager.mutation<{ sessions: { id: string; materials: { text?: string }[] }[] }>(
      'training.plans.saveSession',
      {
        planId: plan.id,
        startsAt,
        endsAt,
        place: '湖滨营业厅会议室',
        trainerId: me.person.id,
        topicKeys: [`own:${tag}`],
        materials: [{ text: material }],
        participantIds: [clerk!.id],
      },
    );
    const session = saved.sessions.find((s) => s.materials.some((m) => m.text === material))!;
    if (!existing[0]) await manager.mutation('training.plans.publish', { id: plan.id });
    const trainer = await owners('trainer');
    const halls = await trainer.query<{ items: { id: string; districtId: string }[] }>('org.halls', {
      pageSize: 50,
    });
    const { pointId } = await paperMaterial(owners, tag);
    const paper = await randomPaper(owners, pointId, `矩阵考核试卷${tag}`);
    const exam = await trainer.mutation<{ id: string }>('training.exams.create', {
      title: `矩阵考核考试${tag}`,
      kind: 'DISTRICT_WRITTEN',
      month,
      orgNodeId: halls.items.find((h) => h.id === hubinId)!.districtId,
      paperId: paper.id,
      target: { orgNodeIds: [hubinId], roles: ['clerk'], personIds: [] },
      opensAt: endsAt,
      closesAt: new Date(endsAt.getTime() + 3_600_000),
      timeLimitMinutes: 30,
      passMark: 6,
    });
    return {
      hubinId,
      clerkId: clerk!.id,
      managerId: me.person.id,
      planId: plan.id,
      sessionId: session.id,
      month,
      topicTitle,
      material,
      startsAt,
      endsAt,
      examId: exam.id,
    };
  },
  secrets: (w) => [w.topicTitle, w.material],
  probes: {
    'training.plans.list': { allowed: readers, input: (w) => ({ month: w.month }) },
    'training.plans.get': { allowed: cityReaders, input: (w) => ({ id: w.planId }) },
    'training.plans.monthSummary': {
      allowed: readers,
      sees: cityReaders,
      input: (w) => ({ month: w.month }),
    },
    'training.plans.draft': {
      allowed: [],
      input: (w) => ({ orgNodeId: w.hubinId, month: '2030-01' }),
      reread: async (w, owners) =>
        (await owners('hubin.mgr')).query('training.plans.list', { orgNodeId: w.hubinId, month: '2030-01' }),
    },
    'training.plans.saveTopics': {
      allowed: [],
      input: (w) => ({ id: w.planId, topics: [] }),
      reread: hubinPlan,
    },
    'training.plans.saveSession': {
      allowed: [],
      input: (w) => ({
        planId: w.planId,
        sessionId: w.sessionId,
        startsAt: w.startsAt,
        endsAt: w.endsAt,
        place: '矩阵越权地点',
        trainerId: w.managerId,
        participantIds: [w.clerkId],
      }),
      reread: hubinPlan,
    },
    'training.plans.peopleByRole': {
      allowed: [],
      input: (w) => ({ planId: w.planId, orgNodeId: w.hubinId, role: 'clerk' }),
    },
    'training.plans.deleteSession': { allowed: [], input: (w) => ({ id: w.sessionId }), reread: hubinPlan },
    'training.plans.publish': { allowed: [], input: (w) => ({ id: w.planId }), reread: hubinPlan },
    'training.plans.close': { allowed: [], input: (w) => ({ id: w.planId }), reread: hubinPlan },
    'training.plans.eligibleExams': { allowed: trainerOnly, input: (w) => ({ planId: w.planId }) },
    'training.plans.linkExam': {
      allowed: trainerOnly,
      input: (w) => ({ planId: w.planId, examId: w.examId }),
      reread: hubinPlan,
    },
    'training.plans.unlinkExam': {
      allowed: trainerOnly,
      input: (w) => ({ planId: w.planId, examId: w.examId }),
      reread: hubinPlan,
    },
    'training.plans.attendance': {
      allowed: [],
      input: (w) => ({ sessionId: w.sessionId, marks: [{ personId: w.clerkId, status: 'ABSENT' }] }),
      reread: hubinPlan,
    },
  },
});
