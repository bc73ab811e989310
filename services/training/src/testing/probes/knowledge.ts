// The knowledge base's rows of the authorization matrix: the trainer's articles (a draft, a published one, one
// required for 湖滨's clerks), an attachment, and per procedure who may touch them — every member of staff reads
// published articles and records their own reading; the trainer alone writes, assigns and sees who has not read;
// the monthly unread counts go to those who read training results in their scope (not to a clerk).
import { currentMonth } from '@duda/month';
import {
  defineAreaProbes,
  SIGNED_IN,
  type Owners,
  type ProbeCaller,
} from '@duda/service-org/testing/authz-probes';

export interface KnowledgeWorld {
  pointId: string;
  hubinId: string;
  draft: { id: string; title: string };
  toPublish: { id: string };
  published: { id: string; title: string };
  attachmentId: string;
  requiredReadingId: string;
}

const trainerOnly = ['trainer'] as const satisfies readonly ProbeCaller[];
/** training.read in some scope: another hall's manager, another district's supervisor, the trainer, HR. */
const resultReaders = ['nanxing.mgr', 'xh.sup', 'trainer', 'hr'] as const satisfies readonly ProbeCaller[];
const tagged = () => crypto.randomUUID().slice(0, 8);
const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const pdf = new TextEncoder().encode('%PDF-1.4\n%matrix\n');

const fileForm = (articleId: string, kind: 'IMAGE' | 'ATTACHMENT', bytes: Uint8Array, name: string) => {
  const form = new FormData();
  form.set('articleId', articleId);
  form.set('kind', kind);
  form.set('file', new File([bytes], name));
  return form;
};

const asTrainer = async (owners: Owners, path: string, input?: unknown) =>
  (await owners('trainer')).query(path, input);
const article = (owners: Owners, id: string) => asTrainer(owners, 'training.knowledge.get', { id });

export const knowledgeProbes = defineAreaProbes<KnowledgeWorld>({
  prefix: 'training.knowledge',
  async world(owners) {
    const trainer = await owners('trainer');
    const tag = tagged();
    const { id: pointId } = await trainer.mutation<{ id: string }>('training.bank.knowledgePoints.create', {
      parentId: null,
      name: `矩阵知识库分类${tag}`,
    });
    const write = (title: string) =>
      trainer.mutation<{ id: string }>('training.knowledge.create', {
        title,
        knowledgePointId: pointId,
        tags: [],
        content: doc(`${title}正文`),
      });
    const draft = { title: `矩阵草稿文章${tag}`, ...(await write(`矩阵草稿文章${tag}`)) };
    const toPublish = await write(`矩阵待发布文章${tag}`);
    const published = { title: `矩阵已发布文章${tag}`, ...(await write(`矩阵已发布文章${tag}`)) };
    await trainer.mutation('training.knowledge.setStatus', { id: published.id, status: 'PUBLISHED' });
    const { id: attachmentId } = await trainer.mutation<{ id: string }>(
      'training.knowledge.uploadFile',
      fileForm(published.id, 'ATTACHMENT', pdf, '矩阵附件.pdf'),
    );
    const halls = await trainer.query<{ items: { id: string; name: string }[] }>('org.halls', {
      pageSize: 50,
    });
    const hubinId = halls.items.find((h) => h.name === '湖滨营业厅')!.id;
    const { id: requiredReadingId } = await trainer.mutation<{ id: string }>('training.knowledge.assign', {
      articleId: published.id,
      orgNodeIds: [hubinId],
      roles: ['clerk'],
      deadline: new Date(Date.now() + 7 * 86_400_000),
    });
    return { pointId, hubinId, draft, toPublish, published, attachmentId, requiredReadingId };
  },
  secrets: (w) => [w.draft.title],
  probes: {
    'training.knowledge.categories': { allowed: SIGNED_IN },
    'training.knowledge.list': { allowed: SIGNED_IN, sees: trainerOnly, input: () => ({ pageSize: 200 }) },
    'training.knowledge.get': [
      { allowed: trainerOnly, input: (w) => ({ id: w.draft.id }) },
      { allowed: SIGNED_IN, input: (w) => ({ id: w.published.id }) },
    ],
    'training.knowledge.create': {
      allowed: trainerOnly,
      input: (w) => ({ title: '冒名新建文章', knowledgePointId: w.pointId, content: doc('冒名') }),
      reread: (_w, owners) => asTrainer(owners, 'training.knowledge.list', { pageSize: 200 }),
    },
    'training.knowledge.update': {
      allowed: trainerOnly,
      input: (w) => ({
        id: w.draft.id,
        title: '冒名改文',
        knowledgePointId: w.pointId,
        content: doc('冒名'),
      }),
      reread: (w, owners) => article(owners, w.draft.id),
    },
    'training.knowledge.setStatus': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.toPublish.id, status: 'PUBLISHED' }),
      reread: (w, owners) => article(owners, w.toPublish.id),
    },
    'training.knowledge.uploadFile': {
      allowed: trainerOnly,
      input: (w) => fileForm(w.draft.id, 'IMAGE', png, 'matrix.png'),
      reread: (w, owners) => article(owners, w.draft.id),
    },
    'training.knowledge.removeFile': {
      allowed: trainerOnly,
      input: (w) => ({ id: w.attachmentId }),
      reread: (w, owners) => article(owners, w.published.id),
    },
    // Reading is recorded for the caller themself, on an article they may read.
    'training.knowledge.recordOpen': [
      { allowed: SIGNED_IN, input: (w) => ({ id: w.published.id }) },
      { allowed: trainerOnly, input: (w) => ({ id: w.draft.id }) },
    ],
    'training.knowledge.recordFinish': [
      { allowed: SIGNED_IN, input: (w) => ({ id: w.published.id }) },
      { allowed: trainerOnly, input: (w) => ({ id: w.draft.id }) },
    ],
    'training.knowledge.assign': {
      allowed: trainerOnly,
      input: (w) => ({
        articleId: w.published.id,
        orgNodeIds: [w.hubinId],
        roles: ['clerk'],
        deadline: new Date(Date.now() + 7 * 86_400_000),
      }),
      reread: (w, owners) => article(owners, w.published.id),
    },
    'training.knowledge.readers': {
      allowed: trainerOnly,
      input: (w) => ({ requiredReadingId: w.requiredReadingId }),
    },
    'training.knowledge.mine': { allowed: SIGNED_IN, input: () => ({}) },
    'training.knowledge.unreadCounts': [
      { allowed: resultReaders, input: () => ({ month: currentMonth() }) },
      { allowed: ['trainer', 'hr'], input: (w) => ({ month: currentMonth(), orgNodeId: w.hubinId }) },
    ],
  },
});
