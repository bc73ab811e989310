// Exams' rows of the authorization matrix: the trainer's exam for 湖滨's clerks (published: hubin.clerk is a
// candidate), a draft, and exams a publish and a cancel aim at. The trainer holds them; HR reads exams city-wide;
// the manager of another hall (南星) and the supervisor of another district (西湖) see nothing of them; the clerk sees
// the published one only in 我的考试.
import { addMonths, currentMonth } from '@duda/month';
import {
  SIGNED_IN,
  defineAreaProbes,
  type Owners,
  type ProbeCaller,
} from '@duda/service-org/testing/authz-probes';
import { paperMaterial, randomPaper } from './papers.ts';

export interface ExamsWorld {
  settings: Record<string, unknown>;
  published: { id: string; title: string };
  draft: { id: string; title: string };
  toPublish: { id: string };
  toCancel: { id: string };
}

const trainerOnly = ['trainer'] as const satisfies readonly ProbeCaller[];
const readers = ['trainer', 'hr'] as const satisfies readonly ProbeCaller[];
const examinees = [
  'hubin.clerk',
  'nanxing.mgr',
  'xh.sup',
  'trainer',
] as const satisfies readonly ProbeCaller[];
const tagged = () => crypto.randomUUID().slice(0, 8);
const DAY = 86_400_000;

const asTrainer = async (owners: Owners, path: string, input?: unknown) =>
  (await owners('trainer')).query(path, input);
const exam = (owners: Owners, id: string) => asTrainer(owners, 'training.exams.get', { id });
const exams = (owners: Owners) => asTrainer(owners, 'training.exams.list', { pageSize: 200 });

export const examsProbes = defineAreaProbes<ExamsWorld>({
  prefix: 'training.exams',
  async world(owners) {
    const tag = tagged();
    const trainer = await owners('trainer');
    const { pointId } = await paperMaterial(owners, tag);
    const paper = await randomPaper(owners, pointId, `矩阵考试用卷${tag}`);
    const halls = await trainer.query<{ items: { id: string; name: string; districtId: string }[] }>(
      'org.halls',
      { pageSize: 50 },
    );
    const hubin = halls.items.find((h) => h.name === '湖滨营业厅')!;
    const now = Date.now();
    const settings = {
      kind: 'DISTRICT_WRITTEN',
      month: currentMonth(),
      orgNodeId: hubin.districtId,
      paperId: paper.id,
      target: { orgNodeIds: [hubin.id], roles: ['clerk'], personIds: [] },
      opensAt: new Date(now - DAY),
      closesAt: new Date(now + 20 * DAY),
      timeLimitMinutes: 60,
      passMark: 6,
    };
    const create = async (title: string, publish: boolean) => {
      const { id } = await trainer.mutation<{ id: string }>('training.exams.create', { ...settings, title });
      if (publish) await trainer.mutation('training.exams.publish', { id });
      return { id, title };
    };
    // Next month's, so nobody can have started it when the cancel is tried.
    const later = { opensAt: new Date(now + 40 * DAY), closesAt: new Date(now + 41 * DAY) };
    const { id: toCancel } = await trainer.mutation<{ id: string }>('training.exams.create', {
      ...settings,
      ...later,
      month: addMonths(currentMonth(), 1),
      title: `矩阵待取消考试${tag}`,
    });
    await trainer.mutation('training.exams.publish', { id: toCancel });
    return {
      settings,
      published: await create(`矩阵已发布考试${tag}`, true),
      draft: await create(`矩阵草稿考试${tag}`, false),
      toPublish: await create(`矩阵待发布考试${tag}`, false),
      toCancel: { id: toCancel },
    };
  },
  secrets: (w) => [w.published.title, w.draft.title],
  probes: {
    'training.exams.list': [
      {
        allowed: SIGNED_IN,
        sees: readers,
        secrets: (w) => [w.published.title],
        input: () => ({ pageSize: 200 }),
      },
      {
        allowed: SIGNED_IN,
        sees: trainerOnly,
        secrets: (w) => [w.draft.title],
        input: () => ({ pageSize: 200 }),
      },
    ],
    'training.exams.get': [
      { allowed: readers, input: (w) => ({ id: w.published.id }) },
      { allowed: trainerOnly, input: (w) => ({ id: w.draft.id }) },
    ],
    'training.exams.candidates': { allowed: readers, input: (w) => ({ id: w.published.id }) },
    'training.exams.mine': [
      { allowed: examinees, sees: ['hubin.clerk'], secrets: (w) => [w.published.title] },
      { allowed: examinees, sees: [], secrets: (w) => [w.draft.title] },
    ],
    'training.exams.create': {
      allowed: trainerOnly,
      input: (w) => ({ ...w.settings, title: '冒名新建考试' }),
      reread: (_w, owners) => exams(owners),
    },
    'training.exams.update': {
      allowed: trainerOnly,
      input: (w) => ({ ...w.settings, id: w.draft.id, title: '冒名改考试' }),
      reread: (w, owners) => exam(owners, w.draft.id),
    },
    'training.exams.publish': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.toPublish.id }),
      reread: (w, owners) => exam(owners, w.toPublish.id),
    },
    'training.exams.cancel': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.toCancel.id }),
      reread: (w, owners) => exam(owners, w.toCancel.id),
    },
  },
});
