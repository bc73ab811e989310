// The 360 reviews' rows of the authorization matrix. The world, made by its rightful owners: the city supervisor
// runs two cycles for 湖滨's manager — one open, where her duty manager (nominated by her, approved by 上城区's
// supervisor) keeps a draft, and one closed, where the superior's comment waits for the HR reviewer. Of the six
// probe callers only HR manages reviews; nobody else is rated, a superior or a rater here, so every other caller
// reads empty lists and is refused the rest. Drafts are read by nobody but their rater.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';

export interface ReviewsWorld {
  openTitle: string;
  closedTitle: string;
  draft: string;
  comment: string;
  openCycleId: string;
  openSubjectId: string;
  closedSubjectId: string;
  formId: string;
  commentId: string;
  peerId: string;
  strangerId: string;
  dutyId: string;
}

const DUE = new Date('2027-06-30T10:00:00Z');
const cycle = (title: string) => ({
  title,
  periodKind: 'MONTH',
  period: '2027-06',
  questions: [{ text: '能及时沟通、传达上级要求' }],
  dueAt: DUE,
});
const idOf = async (owners: Owners, staffNo: string) =>
  (await (await owners('city.sup')).query<{ id: string }[]>('org.people.search', { q: staffNo }))[0]!.id;

const cycleAsOwner = async (w: ReviewsWorld, owners: Owners) =>
  (await owners('city.sup')).query('performance.reviews.cycles.get', { id: w.openCycleId });
const formAsRater = async (w: ReviewsWorld, owners: Owners) =>
  (await owners('hubin.duty')).query('performance.reviews.forms.get', { id: w.formId });
const nominationsAsOwner = async (w: ReviewsWorld, owners: Owners) =>
  (await owners('city.sup')).query('performance.reviews.nominations.list', { subjectId: w.openSubjectId });

async function cycleFor(owners: Owners, title: string, subjectId: string) {
  const manager = await owners('city.sup');
  const { id } = await manager.mutation<{ id: string }>('performance.reviews.cycles.create', cycle(title));
  await manager.mutation('performance.reviews.subjects.add', { cycleId: id, personIds: [subjectId] });
  const detail = await manager.query<{ subjects: { id: string }[] }>('performance.reviews.cycles.get', {
    id,
  });
  return { id, subjectId: detail.subjects[0]!.id };
}

export const reviewsProbes = defineAreaProbes<ReviewsWorld>({
  prefix: 'performance.reviews',
  async world(owners) {
    const tag = crypto.randomUUID().slice(0, 8);
    const [managerId, dutyId, peerId, strangerId] = await Promise.all(
      ['HZ10101', 'HZ10102', 'HZ10201', 'HZ00013'].map((staffNo) => idOf(owners, staffNo)),
    );
    const manager = await owners('city.sup');
    const open = await cycleFor(owners, `矩阵360进行中${tag}`, managerId!);
    await (
      await owners('hubin.mgr')
    ).mutation('performance.reviews.nominations.propose', { subjectId: open.subjectId, personIds: [dutyId] });
    await (
      await owners('sc.sup')
    ).mutation('performance.reviews.nominations.decide', {
      subjectId: open.subjectId,
      personId: dutyId,
      approve: true,
    });
    await manager.mutation('performance.reviews.cycles.advance', { id: open.id, to: 'OPEN' });
    const duty = await owners('hubin.duty');
    const [form] = await duty.query<{ id: string }[]>('performance.reviews.forms.mine', {});
    const draft = `矩阵草稿${tag}`;
    await duty.mutation('performance.reviews.forms.save', {
      id: form!.id,
      answers: [{ key: 'q1', score: 2, comment: draft }],
    });

    const closed = await cycleFor(owners, `矩阵360已截止${tag}`, managerId!);
    await manager.mutation('performance.reviews.cycles.advance', { id: closed.id, to: 'OPEN' });
    const superior = await owners('sc.sup');
    const superiorForms = await superior.query<{ id: string; cycle: { id: string } }[]>(
      'performance.reviews.forms.mine',
      {},
    );
    const comment = `矩阵评语${tag}`;
    await superior.mutation('performance.reviews.forms.submit', {
      id: superiorForms.find((f) => f.cycle.id === closed.id)!.id,
      answers: [{ key: 'q1', score: 4, comment }],
    });
    await manager.mutation('performance.reviews.cycles.advance', { id: closed.id, to: 'CLOSED' });
    const results = await manager.query<{ comments: { id: string }[] }>('performance.reviews.results.get', {
      subjectId: closed.subjectId,
    });
    return {
      openTitle: `矩阵360进行中${tag}`,
      closedTitle: `矩阵360已截止${tag}`,
      draft,
      comment,
      openCycleId: open.id,
      openSubjectId: open.subjectId,
      closedSubjectId: closed.subjectId,
      formId: form!.id,
      commentId: results.comments[0]!.id,
      peerId: peerId!,
      strangerId: strangerId!,
      dutyId: dutyId!,
    };
  },
  secrets: (w) => [w.openTitle, w.closedTitle, w.draft, w.comment],
  probes: {
    'performance.reviews.cycles.list': {
      allowed: SIGNED_IN,
      input: () => ({}),
      sees: ['hr'],
      secrets: (w) => [w.openTitle],
    },
    'performance.reviews.cycles.get': { allowed: ['hr'], input: (w) => ({ id: w.openCycleId }) },
    'performance.reviews.cycles.create': {
      allowed: ['hr'],
      input: () => cycle('矩阵探针周期'),
      reread: async (_w, owners) => (await owners('city.sup')).query('performance.reviews.cycles.list', {}),
    },
    // HR may, but the cycle is open: refused as such, nothing changes.
    'performance.reviews.cycles.update': {
      allowed: ['hr'],
      input: (w) => ({ id: w.openCycleId, ...cycle('冒名修改') }),
      reread: cycleAsOwner,
    },
    'performance.reviews.cycles.advance': {
      allowed: ['hr'],
      input: (w) => ({ id: w.openCycleId, to: 'RELEASED' }),
      reread: cycleAsOwner,
    },
    'performance.reviews.subjects.add': {
      allowed: ['hr'],
      input: (w) => ({ cycleId: w.openCycleId, personIds: [w.peerId] }),
      reread: cycleAsOwner,
    },
    'performance.reviews.subjects.remove': {
      allowed: ['hr'],
      input: (w) => ({ id: w.openSubjectId }),
      reread: cycleAsOwner,
    },
    'performance.reviews.subjects.mine': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    'performance.reviews.nominations.list': {
      allowed: ['hr'],
      input: (w) => ({ subjectId: w.openSubjectId }),
    },
    // 西湖区's supervisor is no peer nor report of 湖滨's manager: refused, even for HR.
    'performance.reviews.nominations.propose': {
      allowed: ['hr'],
      input: (w) => ({ subjectId: w.openSubjectId, personIds: [w.strangerId] }),
      reread: nominationsAsOwner,
    },
    'performance.reviews.nominations.decide': {
      allowed: ['hr'],
      input: (w) => ({ subjectId: w.openSubjectId, personId: w.dutyId, approve: false }),
      reread: nominationsAsOwner,
    },
    'performance.reviews.forms.mine': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    'performance.reviews.forms.get': { allowed: [], input: (w) => ({ id: w.formId }) },
    'performance.reviews.forms.save': {
      allowed: [],
      input: (w) => ({ id: w.formId, answers: [{ key: 'q1', score: 5, comment: '冒名草稿' }] }),
      reread: formAsRater,
    },
    'performance.reviews.forms.submit': {
      allowed: [],
      input: (w) => ({ id: w.formId, answers: [{ key: 'q1', score: 5, comment: '冒名提交' }] }),
      reread: formAsRater,
    },
    'performance.reviews.results.get': {
      allowed: ['hr'],
      input: (w) => ({ subjectId: w.closedSubjectId }),
      secrets: (w) => [w.comment],
    },
    'performance.reviews.results.withhold': {
      allowed: ['hr'],
      input: (w) => ({ subjectId: w.closedSubjectId, commentId: w.commentId, withheld: false }),
      reread: async (w, owners) =>
        (await owners('city.sup')).query('performance.reviews.results.get', { subjectId: w.closedSubjectId }),
    },
  },
});
