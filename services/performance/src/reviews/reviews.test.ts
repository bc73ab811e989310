// 湖滨's manager under a 360 review from start to release, against a real PostgreSQL and a real org service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleInput, PEOPLE, reviewsFixture, type ReviewsFixture } from './test-fixture.ts';

let f: ReviewsFixture;
let cycleId: string;
let subjectId: string;

const due = new Date('2026-12-20T10:00:00Z');
const answers = (q1: number, q2: number, comment = '') => [
  { key: 'q1', score: q1, comment },
  { key: 'q2', score: q2, comment: '' },
];
const formOf = async (username: string) => {
  const forms = await (await f.as(username)).reviews.forms.mine({});
  return forms.find((form) => form.subject.personName === '李娜')!;
};

beforeAll(async () => {
  f = await reviewsFixture();
});
afterAll(() => f?.close());

describe('a 360 review of a hall manager', () => {
  it('HR sets up the cycle; a minimum below 3 peers is refused', async () => {
    const hr = await f.as('hr');
    await expect(
      hr.reviews.cycles.create({ ...cycleInput(due), minimums: { SUPERIOR: 1, PEER: 2, SUBORDINATE: 3 } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    ({ id: cycleId } = await hr.reviews.cycles.create(cycleInput(due)));
    await expect(
      hr.reviews.subjects.add({ cycleId, personIds: [f.idOf('hubin.clerk')] }),
    ).rejects.toMatchObject({
      message: '360 度评估的对象须是本市的店面经理',
    });
    expect(await hr.reviews.subjects.add({ cycleId, personIds: [f.idOf(PEOPLE.subject)] })).toEqual({
      added: 1,
    });
    const cycle = await hr.reviews.cycles.get({ id: cycleId });
    subjectId = cycle.subjects[0]!.id;
    expect(cycle.subjects).toMatchObject([{ personName: '李娜', hallName: '湖滨营业厅' }]);
  });

  it('the superior comes from the org tree; peers and reports are proposed by her and approved by him', async () => {
    const subject = await f.as(PEOPLE.subject);
    const peers = PEOPLE.peers.map(f.idOf);
    const reports = PEOPLE.reports.map(f.idOf);
    await expect(
      subject.reviews.nominations.propose({ subjectId, personIds: [f.idOf('city.sup')] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await subject.reviews.nominations.propose({ subjectId, personIds: [...peers, ...reports] });
    const own = await subject.reviews.nominations.list({ subjectId });
    // She sees whom she proposed, not the decisions nor the superior among the raters.
    expect(own.nominations.map((n) => n.status)).toEqual(Array(7).fill(null));
    expect(own.nominations.map((n) => n.name)).not.toContain('刘海涛');

    const superior = await f.as(PEOPLE.superior);
    const pending = await superior.pending.mine({ limit: 10 });
    expect(pending.items.map((i) => i.kind)).toEqual(['review.approve']);
    await expect(
      subject.reviews.nominations.decide({ subjectId, personId: peers[0]!, approve: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const personId of [...peers, ...reports])
      await superior.reviews.nominations.decide({ subjectId, personId, approve: true });
    const all = await superior.reviews.nominations.list({ subjectId });
    expect(all.nominations.filter((n) => n.status === 'APPROVED')).toHaveLength(8);
    expect(all.nominations.find((n) => n.perspective === 'SUPERIOR')).toMatchObject({ name: '刘海涛' });
  });

  it('raters fill in their forms once the cycle opens; the draft survives, the submission is final', async () => {
    const hr = await f.as('hr');
    expect(await (await f.as('nanxing.mgr')).reviews.forms.mine({})).toEqual([]);
    await hr.reviews.cycles.advance({ id: cycleId, to: 'OPEN' });
    const peer = await f.as('nanxing.mgr');
    expect((await peer.pending.mine({ limit: 10 })).items).toMatchObject([
      { kind: 'review.rate', dueAt: due, route: { remote: 'performance' } },
    ]);
    const form = await formOf('nanxing.mgr');
    await peer.reviews.forms.save({
      id: form.id,
      answers: [
        { key: 'q1', score: 4, comment: '' },
        { key: 'q2', score: null, comment: '' },
      ],
    });
    expect((await peer.reviews.forms.get({ id: form.id })).answers[0]).toMatchObject({ score: 4 });
    await expect(
      peer.reviews.forms.submit({
        id: form.id,
        answers: [
          { key: 'q1', score: 4, comment: '' },
          { key: 'q2', score: null, comment: '' },
        ],
      }),
    ).rejects.toMatchObject({ message: '请为每道题打分（1–5 分）后再提交' });
    // Nobody else opens it, not even the person rated.
    await expect((await f.as(PEOPLE.subject)).reviews.forms.get({ id: form.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await peer.reviews.forms.submit({ id: form.id, answers: answers(4, 3, '沟通及时，要求传达清楚') });
    await expect(peer.reviews.forms.submit({ id: form.id, answers: answers(5, 5) })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await peer.reviews.forms.get({ id: form.id })).toMatchObject({ submitted: true, fillable: false });
    expect((await peer.pending.mine({ limit: 10 })).items).toEqual([]);

    for (const [username, q1, q2, comment] of [
      ['HZ10301', 5, 4, '经常到厅里辅导员工'],
      ['HZ13001', 3, 4, ''],
      [PEOPLE.superior, 4, 4, '请加强排班管理'],
      ['hubin.duty', 5, 5, '对员工很耐心'],
      ['hubin.clerk', 4, 5, ''],
    ] as const) {
      const mine = await formOf(username);
      await (await f.as(username)).reviews.forms.submit({ id: mine.id, answers: answers(q1, q2, comment) });
    }
  });

  it('an approved rater cannot be withdrawn once rating started, whether they answered or not', async () => {
    const superior = await f.as(PEOPLE.superior);
    for (const username of ['nanxing.mgr', 'HZ13101'])
      await expect(
        superior.reviews.nominations.decide({ subjectId, personId: f.idOf(username), approve: false }),
      ).rejects.toMatchObject({ message: '评估开始后不能撤回已批准的评估人' });
  });

  it('nobody reads results while rating runs; HR reads aggregates from the close and withholds a comment', async () => {
    const hr = await f.as('hr');
    for (const username of ['hr', PEOPLE.subject, PEOPLE.superior])
      await expect((await f.as(username)).reviews.results.get({ subjectId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    await hr.reviews.cycles.advance({ id: cycleId, to: 'CLOSED' });
    await expect((await f.as(PEOPLE.subject)).reviews.results.get({ subjectId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const reviewed = await hr.reviews.results.get({ subjectId });
    expect(reviewed.perspectives).toEqual([
      {
        perspective: 'SUPERIOR',
        minimum: 1,
        shown: true,
        questions: [
          { key: 'q1', mean: 4 },
          { key: 'q2', mean: 4 },
        ],
        mean: 4,
      },
      {
        perspective: 'PEER',
        minimum: 3,
        shown: true,
        questions: [
          { key: 'q1', mean: 4 },
          { key: 'q2', mean: 3.7 },
        ],
        mean: 3.9,
      },
      // Two of three reports answered: nothing of theirs shows, comments included.
      { perspective: 'SUBORDINATE', minimum: 3, shown: false, questions: [], mean: null },
    ]);
    // Sorted by text (code points), never by when they were written: 沟 < 经 < 请.
    expect(reviewed.comments.map((c) => c.text)).toEqual([
      '沟通及时，要求传达清楚',
      '经常到厅里辅导员工',
      '请加强排班管理',
    ]);
    const withheld = reviewed.comments.find((c) => c.text === '请加强排班管理')!;
    await hr.reviews.results.withhold({ subjectId, commentId: withheld.id!, withheld: true });
    await expect(
      (await f.as(PEOPLE.superior)).reviews.results.withhold({
        subjectId,
        commentId: withheld.id!,
        withheld: false,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('after release the subject and superior read the aggregates, the withheld comment left out', async () => {
    const hr = await f.as('hr');
    await hr.reviews.cycles.advance({ id: cycleId, to: 'RELEASED' });
    await expect(hr.reviews.cycles.advance({ id: cycleId, to: 'CLOSED' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const subject = await (await f.as(PEOPLE.subject)).reviews.results.get({ subjectId });
    expect(subject.comments).toEqual([
      { id: null, questionKey: 'q1', text: '沟通及时，要求传达清楚', withheld: false },
      { id: null, questionKey: 'q1', text: '经常到厅里辅导员工', withheld: false },
    ]);
    expect(subject.perspectives.map((p) => p.shown)).toEqual([true, true, false]);
    // The sole superior rated: his own answer would be the whole mean, so the superior perspective stays hidden
    // from him (the others alone do not reach the minimum).
    const superior = await (await f.as(PEOPLE.superior)).reviews.results.get({ subjectId });
    expect(superior.perspectives.map((p) => p.shown)).toEqual([false, true, false]);
    await expect((await f.as('nanxing.mgr')).reviews.results.get({ subjectId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('the subject and the superior find the review among theirs; a clerk lists no cycles', async () => {
    expect(await (await f.as(PEOPLE.subject)).reviews.subjects.mine({})).toMatchObject([
      { id: subjectId, standing: 'SUBJECT', cycle: { status: 'RELEASED' } },
    ]);
    expect(await (await f.as(PEOPLE.superior)).reviews.subjects.mine({})).toMatchObject([
      { id: subjectId, standing: 'SUPERIOR' },
    ]);
    expect((await (await f.as('hubin.clerk')).reviews.cycles.list({})).items).toEqual([]);
  });
});
