// Attempts' rows of the authorization matrix. The trainer publishes three exams to 湖滨's clerks on a fixed paper of a
// true/false question and a short answer (its rubric and reference answer marked); hubin.clerk has one attempt
// running (A), one submitted (B, review never) and one a release aims at (C). An attempt is its examinee's alone:
// nobody else reads or writes it, a trainer of the hall reads the submitted one and releases devices, readers of
// results see who sat it — and the rubric and reference answer reach no examinee through any procedure.
import {
  SIGNED_IN,
  defineAreaProbes,
  type Owners,
  type ProbeCaller,
} from '@duda/service-org/testing/authz-probes';
import { currentMonth } from '@duda/month';

export interface AttemptWorld {
  examId: string;
  attemptId: string;
  deviceId: string;
}

export interface AttemptsWorld {
  tag: string;
  stem: string;
  rubric: string;
  reference: string;
  /** What the clerk wrote in the running attempt and in the submitted one. */
  runningText: string;
  submittedText: string;
  running: AttemptWorld;
  submitted: AttemptWorld;
  toRelease: AttemptWorld;
  submittedTitle: string;
  trueFalseId: string;
}

const examinee = ['hubin.clerk'] as const satisfies readonly ProbeCaller[];
const trainerOnly = ['trainer'] as const satisfies readonly ProbeCaller[];
const resultReaders = ['nanxing.mgr', 'xh.sup', 'trainer', 'hr'] as const satisfies readonly ProbeCaller[];
const DAY = 86_400_000;
const CLERK = '赵雪';

/** A re-read without the server's clock, which every answer carries and which moves between two reads. */
export const readAs = async (owners: Owners, who: string, path: string, input: unknown) => {
  const answer = await (await owners(who)).query<Record<string, unknown>>(path, input);
  const { serverNow: _clock, ...rest } = answer;
  return rest;
};
const clerkReads = (owners: Owners, path: string, input: unknown) =>
  readAs(owners, 'hubin.clerk', path, input);

/** The material: a fixed paper of a true/false question and a short answer, in that order. */
async function fixedPaper(owners: Owners, tag: string) {
  const trainer = await owners('trainer');
  const { id: pointId } = await trainer.mutation<{ id: string }>('training.bank.knowledgePoints.create', {
    parentId: null,
    name: `矩阵答题知识点${tag}`,
  });
  const question = (stem: string, body: unknown, key: unknown) =>
    trainer.mutation<{ id: string }>('training.bank.questions.create', {
      stem,
      body,
      key,
      knowledgePointId: pointId,
      businessLine: 'MOBILE',
      difficulty: 2,
      points: 5,
    });
  const stem = `矩阵简答题干${tag}`;
  const rubric = `矩阵评分要点${tag}`;
  const reference = `矩阵参考答案${tag}`;
  const trueFalse = await question(
    `矩阵判断题${tag}`,
    { type: 'TRUE_FALSE' },
    { type: 'TRUE_FALSE', correct: true },
  );
  const short = await question(stem, { type: 'SHORT_ANSWER', rubric }, { type: 'SHORT_ANSWER', reference });
  const { id: paperId } = await trainer.mutation<{ id: string }>('training.papers.create', {
    kind: 'FIXED',
    title: `矩阵答题试卷${tag}`,
    shuffleQuestions: false,
    shuffleOptions: false,
    slots: [
      { questionId: trueFalse.id, points: 5 },
      { questionId: short.id, points: 5 },
    ],
  });
  await trainer.mutation('training.papers.publish', { id: paperId });
  return { paperId, stem, rubric, reference, trueFalseId: trueFalse.id };
}

/** An exam of the paper for 湖滨's clerks, open now, that hubin.clerk has started; the short answer written. */
async function startedExam(owners: Owners, paperId: string, title: string, text: string) {
  const trainer = await owners('trainer');
  const halls = await trainer.query<{ items: { id: string; name: string; districtId: string }[] }>(
    'org.halls',
    {
      pageSize: 50,
    },
  );
  const hubin = halls.items.find((h) => h.name === '湖滨营业厅')!;
  const now = Date.now();
  const { id: examId } = await trainer.mutation<{ id: string }>('training.exams.create', {
    title,
    kind: 'DISTRICT_WRITTEN',
    month: currentMonth(),
    orgNodeId: hubin.districtId,
    paperId,
    target: { orgNodeIds: [hubin.id], roles: ['clerk'], personIds: [] },
    opensAt: new Date(now - DAY),
    closesAt: new Date(now + 20 * DAY),
    timeLimitMinutes: 600,
    passMark: 5,
    reviewRule: 'NEVER',
  });
  await trainer.mutation('training.exams.publish', { id: examId });
  const clerk = await owners('hubin.clerk');
  const deviceId = `matrix-device-${title}`;
  const view = await clerk.mutation<{ attempt: { id: string } }>('training.attempts.start', {
    examId,
    deviceId,
  });
  await clerk.mutation('training.attempts.save', {
    attemptId: view.attempt.id,
    deviceId,
    slot: 2,
    seq: 1,
    response: { type: 'SHORT_ANSWER', text },
  });
  return { examId, attemptId: view.attempt.id, deviceId };
}

export const attemptsProbes = defineAreaProbes<AttemptsWorld>({
  prefix: 'training.attempts',
  async world(owners) {
    const tag = crypto.randomUUID().slice(0, 8);
    const paper = await fixedPaper(owners, tag);
    const runningText = `矩阵作答中${tag}`;
    const submittedText = `矩阵已交卷作答${tag}`;
    const submittedTitle = `矩阵已交卷考试${tag}`;
    const running = await startedExam(owners, paper.paperId, `矩阵答题考试${tag}`, runningText);
    const submitted = await startedExam(owners, paper.paperId, submittedTitle, submittedText);
    await (
      await owners('hubin.clerk')
    ).mutation('training.attempts.submit', {
      attemptId: submitted.attemptId,
      deviceId: submitted.deviceId,
    });
    const toRelease = await startedExam(owners, paper.paperId, `矩阵换设备考试${tag}`, `矩阵换设备${tag}`);
    return {
      tag,
      stem: paper.stem,
      rubric: paper.rubric,
      reference: paper.reference,
      trueFalseId: paper.trueFalseId,
      runningText,
      submittedText,
      submittedTitle,
      running,
      submitted,
      toRelease,
    };
  },
  secrets: (w) => [w.stem, w.rubric, w.reference, w.runningText, w.submittedText],
  probes: {
    'training.attempts.start': [
      {
        allowed: examinee,
        input: (w) => ({ examId: w.running.examId, deviceId: w.running.deviceId }),
        secrets: (w) => [w.stem, w.runningText],
      },
      {
        allowed: examinee,
        sees: [],
        input: (w) => ({ examId: w.running.examId, deviceId: w.running.deviceId }),
        secrets: (w) => [w.rubric, w.reference],
      },
    ],
    'training.attempts.get': [
      {
        allowed: examinee,
        input: (w) => ({ attemptId: w.running.attemptId }),
        secrets: (w) => [w.stem, w.runningText],
      },
      {
        allowed: examinee,
        sees: [],
        input: (w) => ({ attemptId: w.running.attemptId }),
        secrets: (w) => [w.rubric, w.reference],
      },
    ],
    'training.attempts.save': {
      allowed: examinee,
      input: (w) => ({
        attemptId: w.running.attemptId,
        deviceId: w.running.deviceId,
        slot: 1,
        seq: 1,
        response: { type: 'TRUE_FALSE', value: true },
      }),
      secrets: () => [],
      reread: (w, owners) => clerkReads(owners, 'training.attempts.get', { attemptId: w.running.attemptId }),
    },
    'training.attempts.reportFocusLoss': {
      allowed: examinee,
      input: (w) => ({ attemptId: w.running.attemptId, deviceId: w.running.deviceId, count: 1 }),
      secrets: () => [],
      reread: (w, owners) => clerkReads(owners, 'training.attempts.get', { attemptId: w.running.attemptId }),
    },
    'training.attempts.submit': {
      allowed: examinee,
      sees: [],
      input: (w) => ({ attemptId: w.submitted.attemptId, deviceId: w.submitted.deviceId }),
      reread: (w, owners) =>
        clerkReads(owners, 'training.attempts.result', { attemptId: w.submitted.attemptId }),
    },
    'training.attempts.mine': [
      { allowed: SIGNED_IN, sees: examinee, input: () => ({}), secrets: (w) => [w.submittedTitle] },
      { allowed: SIGNED_IN, sees: [], input: () => ({}) },
    ],
    'training.attempts.result': [
      // Review never: the examinee sees that it is in, not the answers nor the key; the hall's trainer sees it all.
      {
        allowed: ['hubin.clerk', 'trainer'],
        sees: trainerOnly,
        input: (w) => ({ attemptId: w.submitted.attemptId }),
      },
    ],
    'training.attempts.ofExam': {
      allowed: resultReaders,
      sees: ['trainer', 'hr'],
      input: (w) => ({ examId: w.running.examId }),
      secrets: () => [CLERK],
    },
    'training.attempts.releaseDevice': {
      allowed: trainerOnly,
      input: (w) => ({ attemptId: w.toRelease.attemptId }),
      secrets: () => [],
    },
  },
});
