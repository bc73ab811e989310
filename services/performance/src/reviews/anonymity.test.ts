// THE ANONYMITY TEST (#11 point 5): no procedure lets the rated person, their superior or HR deduce a rater.
// Two worlds, each a database of its own with the same organisation (person ids derive from natural keys, so they
// are equal), run the same cycle for 湖滨's manager with the same answers — given by different people, in another
// order, at other times, with a draft left by a rater who never sent it in one world and by another in the other.
// Then EVERY procedure of `performance.reviews.*` and `performance.pending.*` (read from the router, so a new one
// fails here until it has an input below) is called as the subject, the superior and HR, in each phase of the
// cycle, and the answers of the two worlds — values, errors and messages, ordering, timestamps, counts, ids —
// must be byte-identical once each world's own random ids are named after what they are.
import type { AppError } from '@duda/contract-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleInput, PEOPLE, reviewsFixture, type ReviewsFixture } from './test-fixture.ts';

type Viewer = 'subject' | 'superior' | 'hr';
const VIEWERS: Record<Viewer, string> = { subject: PEOPLE.subject, superior: PEOPLE.superior, hr: 'hr' };
const START = new Date('2026-11-23T02:00:00Z');
const DUE = new Date('2026-12-20T10:00:00Z');
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

interface World {
  f: ReviewsFixture;
  cycleId: string;
  subjectId: string;
  /** Each rater's form (ReviewRater id) by username: all eight are approved in both worlds. */
  forms: Record<string, string>;
  /** The comment HR withholds, once HR can read it. */
  commentId: string;
  /** Random ids named after what they are; the rest numbered by first appearance. */
  labels: Map<string, string>;
  /** Cycles the probes made (HR may create): numbered, the same in both worlds. */
  probeCycles: number;
}

const answers = (q1: number, q2: number, comment: string) => [
  { key: 'q1', score: q1, comment },
  { key: 'q2', score: q2, comment: '' },
];
/** The answers given, in the order they were given; who gives which differs between the worlds. */
const PEER_ANSWERS = [answers(4, 3, '沟通及时'), answers(5, 4, '辅导到位'), answers(3, 4, '')];
const REPORT_ANSWERS = [answers(5, 5, '对员工很耐心'), answers(4, 5, '')];

const VARIANTS = {
  A: {
    peers: ['nanxing.mgr', 'HZ10301', 'HZ13001'],
    reports: ['hubin.duty', 'hubin.clerk'],
    drafter: 'HZ13101',
    step: 1,
  },
  B: {
    peers: ['HZ13101', 'HZ13001', 'HZ10301'],
    reports: ['HZ10110', 'hubin.clerk'],
    drafter: 'nanxing.mgr',
    step: 7,
  },
} as const;

/** How each procedure is tried, from the world and the viewer; mutations aim at the same cycle (or make one). */
const INPUTS: Record<string, (w: World, viewer: Viewer) => unknown> = {
  'reviews.cycles.list': () => ({}),
  'reviews.cycles.get': (w) => ({ id: w.cycleId }),
  'reviews.cycles.create': (w) => ({
    ...cycleInput(new Date('2027-03-20T10:00:00Z')),
    title: `探针周期 ${(w.probeCycles += 1)}`,
  }),
  'reviews.cycles.update': (w) => ({ id: w.cycleId, ...cycleInput(DUE) }),
  'reviews.cycles.advance': (w) => ({ id: w.cycleId, to: 'OPEN' }),
  'reviews.subjects.add': (w) => ({ cycleId: w.cycleId, personIds: [w.f.idOf('nanxing.mgr')] }),
  'reviews.subjects.remove': (w) => ({ id: w.subjectId }),
  'reviews.subjects.mine': () => ({}),
  'reviews.nominations.list': (w) => ({ subjectId: w.subjectId }),
  'reviews.nominations.propose': (w) => ({ subjectId: w.subjectId, personIds: [w.f.idOf('nanxing.mgr')] }),
  // Withdrawing a rater who answered in one world and not in the other.
  'reviews.nominations.decide': (w) => ({
    subjectId: w.subjectId,
    personId: w.f.idOf('nanxing.mgr'),
    approve: false,
  }),
  'reviews.forms.mine': () => ({}),
  'reviews.forms.get': (w, viewer) => ({ id: formTried(w, viewer) }),
  'reviews.forms.save': (w, viewer) => ({ id: formTried(w, viewer), answers: answers(1, 1, '') }),
  'reviews.forms.submit': (w, viewer) => ({ id: formTried(w, viewer), answers: answers(1, 1, '探针') }),
  'reviews.results.get': (w) => ({ subjectId: w.subjectId }),
  'reviews.results.withhold': (w) => ({ subjectId: w.subjectId, commentId: w.commentId, withheld: true }),
  'pending.mine': () => ({ limit: 50 }),
};

/** The superior tries their own form; the others the form of the peer who answered in one world only. */
const formTried = (w: World, viewer: Viewer) =>
  w.forms[viewer === 'superior' ? PEOPLE.superior : 'nanxing.mgr']!;

let worlds: Record<'A' | 'B', World>;

async function buildWorld(variant: keyof typeof VARIANTS): Promise<World> {
  const f = await reviewsFixture();
  const plan = VARIANTS[variant];
  f.clock.now = START;
  const hr = await f.as('hr');
  const { id: cycleId } = await hr.reviews.cycles.create(cycleInput(DUE));
  await hr.reviews.subjects.add({ cycleId, personIds: [f.idOf(PEOPLE.subject)] });
  const subjectId = (await hr.reviews.cycles.get({ id: cycleId })).subjects[0]!.id;
  const everyone = [...PEOPLE.peers, ...PEOPLE.reports];
  await (
    await f.as(PEOPLE.subject)
  ).reviews.nominations.propose({ subjectId, personIds: everyone.map(f.idOf) });
  const superior = await f.as(PEOPLE.superior);
  for (const username of everyone)
    await superior.reviews.nominations.decide({ subjectId, personId: f.idOf(username), approve: true });
  await hr.reviews.cycles.advance({ id: cycleId, to: 'OPEN' });

  const forms: Record<string, string> = {};
  for (const username of [PEOPLE.superior, ...everyone]) {
    const [form] = await (await f.as(username)).reviews.forms.mine({});
    forms[username] = form!.id;
  }
  const send = async (username: string, given: ReturnType<typeof answers>) => {
    f.clock.now = new Date(f.clock.now.getTime() + plan.step * 3_600_000);
    await (await f.as(username)).reviews.forms.submit({ id: forms[username]!, answers: given });
  };
  await (
    await f.as(plan.drafter)
  ).reviews.forms.save({ id: forms[plan.drafter]!, answers: answers(1, 1, '草稿未提交') });
  for (const [i, username] of plan.peers.entries()) await send(username, PEER_ANSWERS[i]!);
  for (const [i, username] of plan.reports.entries()) await send(username, REPORT_ANSWERS[i]!);
  await send(PEOPLE.superior, answers(4, 4, '请加强排班管理'));

  const labels = new Map<string, string>([
    [cycleId, 'cycle'],
    [subjectId, 'subject'],
    ...Object.entries(forms).map(([username, id]) => [id, `form:${username}`] as [string, string]),
  ]);
  return { f, cycleId, subjectId, forms, commentId: NO_SUCH, labels, probeCycles: 0 };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The answer as text, each world's random ids named (people's ids are the same in both worlds and stay). */
function normalised(w: World, answer: unknown): string {
  const people = new Set(Object.values(w.f.seeded.demoPeople).map((p) => p.id));
  for (const staff of Object.values(w.f.seeded.hallStaff)) for (const p of staff) people.add(p.id);
  for (const sups of Object.values(w.f.seeded.districtSupervisors)) for (const p of sups) people.add(p.id);
  return JSON.stringify(answer).replace(UUID, (id) => {
    if (people.has(id)) return id;
    if (!w.labels.has(id)) w.labels.set(id, `id#${w.labels.size}`);
    return w.labels.get(id)!;
  });
}

async function call(w: World, viewer: Viewer, path: string) {
  const caller = (await w.f.as(VIEWERS[viewer])) as unknown as Record<string, unknown>;
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    return { ok: await (procedure as (input: unknown) => Promise<unknown>)(INPUTS[path]!(w, viewer)) };
  } catch (error) {
    const e = error as Error & { code?: string; cause?: AppError };
    return { error: { code: e.code, message: e.message, appCode: e.cause?.code ?? null } };
  }
}

const reviewProcedures = (w: World) =>
  Object.keys(w.f.performance.router._def.procedures as object)
    .filter((path) => path.startsWith('reviews.') || path.startsWith('pending.'))
    .sort();

/** Calls everything as everyone in both worlds, at the same moment in both; returns the answers per viewer. */
async function compareEverything(phase: string) {
  const answered: Record<Viewer, Record<string, unknown>> = { subject: {}, superior: {}, hr: {} };
  for (const w of Object.values(worlds)) {
    w.f.clock.now = new Date('2026-12-25T02:00:00Z');
    const reviewer = await (
      await w.f.as('hr')
    ).reviews.results
      .get({ subjectId: w.subjectId })
      .catch(() => null);
    w.commentId = reviewer?.comments.find((c) => c.text === '请加强排班管理')?.id ?? NO_SUCH;
  }
  for (const path of reviewProcedures(worlds.A)) {
    for (const viewer of Object.keys(VIEWERS) as Viewer[]) {
      const a = await call(worlds.A, viewer, path);
      const b = await call(worlds.B, viewer, path);
      expect(normalised(worlds.B, b), `${phase}: ${path} as ${viewer}`).toBe(normalised(worlds.A, a));
      answered[viewer][path] = a;
      if (viewer !== 'hr') {
        // The subject and the superior get no id but the cycle's, the person's and (the superior) his own form.
        const text = normalised(worlds.A, a);
        const own = viewer === 'superior' ? `form:${PEOPLE.superior}` : null;
        const foreign = (text.match(/"(id#\d+|form:[^"]+)"/g) ?? []).filter((label) => label !== `"${own}"`);
        expect(foreign, `${phase}: ${path} as ${viewer}`).toEqual([]);
      }
    }
  }
  return answered;
}

beforeAll(async () => {
  const [A, B] = await Promise.all([buildWorld('A'), buildWorld('B')]);
  worlds = { A, B };
}, 120_000);
afterAll(async () => {
  await Promise.all(Object.values(worlds ?? {}).map((w) => w.f.close()));
});

describe('360 anonymity: who rated changes nothing anyone else reads', () => {
  it('every reviews procedure is classified here (a new one fails until it is)', () => {
    expect(reviewProcedures(worlds.A)).toEqual(Object.keys(INPUTS).sort());
  });

  it('while rating runs', async () => {
    const answered = await compareEverything('OPEN');
    expect(answered.superior['reviews.nominations.list']).toMatchObject({ ok: { standing: 'SUPERIOR' } });
    expect(answered.superior['reviews.nominations.decide']).toMatchObject({
      error: { appCode: 'performance.reviews.approvedFinal' },
    });
  });

  it('once closed, while HR reviews the comments', async () => {
    for (const w of Object.values(worlds))
      await (await w.f.as('hr')).reviews.cycles.advance({ id: w.cycleId, to: 'CLOSED' });
    const answered = await compareEverything('CLOSED');
    expect(answered.hr['reviews.results.get']).toMatchObject({
      ok: { perspectives: [{ shown: true }, { shown: true }, { shown: false }] },
    });
    expect(answered.hr['reviews.results.withhold']).toMatchObject({ ok: { withheld: true } });
  });

  it('once released to the subject and the superior', async () => {
    for (const w of Object.values(worlds))
      await (await w.f.as('hr')).reviews.cycles.advance({ id: w.cycleId, to: 'RELEASED' });
    const answered = await compareEverything('RELEASED');
    expect(answered.subject['reviews.results.get']).toMatchObject({
      ok: {
        perspectives: [{ shown: true }, { shown: true, mean: 3.9 }, { shown: false }],
        comments: [{ text: '沟通及时' }, { text: '辅导到位' }],
      },
    });
    expect(answered.superior['reviews.results.get']).toMatchObject({
      ok: { perspectives: [{ shown: false }, { shown: true }, { shown: false }] },
    });
  });
});
