// Papers' rows of the authorization matrix: the trainer's bank questions on a knowledge point, a draft random paper,
// published ones, and per procedure who may touch them — the trainer alone (papers are exam material, 试卷 may carry
// the city's next exam).
import { defineAreaProbes, type Owners, type ProbeCaller } from '@duda/service-org/testing/authz-probes';

export interface PapersWorld {
  pointId: string;
  /** A draft random paper an update aims at, and one a publish aims at. */
  draft: { id: string; title: string };
  toPublish: { id: string };
  /** Published: preview, copy and retire aim at them. */
  published: { id: string; title: string };
  toRetire: { id: string };
}

const trainerOnly = ['trainer'] as const satisfies readonly ProbeCaller[];
const tagged = () => crypto.randomUUID().slice(0, 8);

const asTrainer = async (owners: Owners, path: string, input?: unknown) =>
  (await owners('trainer')).query(path, input);
const paper = (owners: Owners, id: string) => asTrainer(owners, 'training.papers.get', { id });
const papers = (owners: Owners) => asTrainer(owners, 'training.papers.list', { pageSize: 200 });

/** A knowledge point with four true/false questions: enough for the rules below. */
export async function paperMaterial(owners: Owners, tag: string): Promise<{ pointId: string }> {
  const trainer = await owners('trainer');
  const { id: pointId } = await trainer.mutation<{ id: string }>('training.bank.knowledgePoints.create', {
    parentId: null,
    name: `矩阵组卷知识点${tag}`,
  });
  for (let i = 1; i <= 4; i++)
    await trainer.mutation('training.bank.questions.create', {
      stem: `矩阵组卷判断题${tag}-${i}`,
      body: { type: 'TRUE_FALSE' },
      key: { type: 'TRUE_FALSE', correct: i % 2 === 0 },
      knowledgePointId: pointId,
      businessLine: 'MOBILE',
      difficulty: 2,
      source: '',
      tags: [],
      points: 1,
    });
  return { pointId };
}

export const rulesOn = (pointId: string) => [{ knowledgePointId: pointId, count: 2, points: 5 }];

/** A random paper of the trainer's, published unless told otherwise. */
export async function randomPaper(owners: Owners, pointId: string, title: string, publish = true) {
  const trainer = await owners('trainer');
  const { id } = await trainer.mutation<{ id: string }>('training.papers.create', {
    kind: 'RANDOM',
    title,
    rules: rulesOn(pointId),
  });
  if (publish) await trainer.mutation('training.papers.publish', { id });
  return { id, title };
}

export const papersProbes = defineAreaProbes<PapersWorld>({
  prefix: 'training.papers',
  async world(owners) {
    const tag = tagged();
    const { pointId } = await paperMaterial(owners, tag);
    return {
      pointId,
      draft: await randomPaper(owners, pointId, `矩阵草稿试卷${tag}`, false),
      toPublish: await randomPaper(owners, pointId, `矩阵待发布试卷${tag}`, false),
      published: await randomPaper(owners, pointId, `矩阵已发布试卷${tag}`),
      toRetire: await randomPaper(owners, pointId, `矩阵待停用试卷${tag}`),
    };
  },
  secrets: (w) => [w.draft.title, w.published.title],
  probes: {
    'training.papers.list': { allowed: trainerOnly, input: () => ({ pageSize: 200 }) },
    'training.papers.get': [
      { allowed: trainerOnly, input: (w) => ({ id: w.draft.id }) },
      { allowed: trainerOnly, input: (w) => ({ id: w.published.id }) },
    ],
    'training.papers.check': { allowed: trainerOnly, input: (w) => ({ rules: rulesOn(w.pointId) }) },
    'training.papers.preview': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.published.id, seed: 'matrix' }),
    },
    'training.papers.create': {
      allowed: trainerOnly,
      input: (w) => ({ kind: 'RANDOM', title: '冒名新建试卷', rules: rulesOn(w.pointId) }),
      reread: (_w, owners) => papers(owners),
    },
    'training.papers.update': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.draft.id, title: '冒名改卷', rules: rulesOn(w.pointId) }),
      reread: (w, owners) => paper(owners, w.draft.id),
    },
    'training.papers.publish': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.toPublish.id }),
      reread: (w, owners) => paper(owners, w.toPublish.id),
    },
    'training.papers.retire': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.toRetire.id }),
      reread: (w, owners) => paper(owners, w.toRetire.id),
    },
    'training.papers.copy': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.published.id }),
      reread: (_w, owners) => papers(owners),
    },
  },
});
