// `pnpm --filter @duda/service-training bench`: one exam sat by 10,000 examinees on a 50-question paper, marked
// (the marking rules of domain/grading.ts on every answer) and then analysed in full (domain/statistics) — issue
// 10: marking + full statistics under 5 s. Prints the figure beside its target and a baseline, exits 1 on a miss.
//   BENCH_ATTEMPTS (10000), BENCH_QUESTIONS (50), BENCH_RUNS (3: the slowest run is the figure).
import { performance } from 'node:perf_hooks';
import type { DrawnSlot, QuestionKey, QuestionResponse } from '@duda/contract-training';
import { gradeAttempt, type AnswerForGrading } from '../src/domain/grading.ts';
import { computeStatistics } from '../src/domain/statistics/index.ts';

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 10_000);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 5_000;
const OPTIONS = ['A', 'B', 'C', 'D'];

/** A paper of the objective types with their keys, as an exam's draw and the bank's answer keys give them. */
function paper() {
  const slots: DrawnSlot[] = [];
  const keys = new Map<string, QuestionKey>();
  for (let q = 0; q < QUESTIONS; q++) {
    const versionId = `v${q}`;
    const kind = q % 4;
    const key: QuestionKey =
      kind === 0
        ? { type: 'SINGLE_CHOICE', correct: OPTIONS[q % 4]! }
        : kind === 1
          ? { type: 'MULTIPLE_CHOICE', correct: ['A', 'C'] }
          : kind === 2
            ? { type: 'TRUE_FALSE', correct: q % 3 === 0 }
            : { type: 'FILL_IN', blanks: [['10086', '一〇〇八六'], ['营业厅']], caseSensitive: false };
    keys.set(versionId, key);
    slots.push({ slot: q + 1, questionId: `q${q}`, versionId, type: key.type, points: kind === 1 ? 2 : 1 });
  }
  return { slots, keys };
}

/** What an examinee of a given ability answers: right with a chance that grows with ability, else something else. */
function respond(key: QuestionKey, right: boolean): QuestionResponse {
  switch (key.type) {
    case 'SINGLE_CHOICE':
      return { type: 'SINGLE_CHOICE', choice: right ? key.correct : 'B' };
    case 'MULTIPLE_CHOICE':
      return { type: 'MULTIPLE_CHOICE', choices: right ? ['A', 'C'] : ['A', 'B'] };
    case 'TRUE_FALSE':
      return { type: 'TRUE_FALSE', value: right ? key.correct : !key.correct };
    default:
      return { type: 'FILL_IN', blanks: right ? ['１００８６', ' 营业厅 '] : ['10010', '营业厅'] };
  }
}

const { slots, keys } = paper();
const examinees = Array.from({ length: ATTEMPTS }, () => {
  const ability = Math.random();
  const answers = new Map<number, AnswerForGrading>();
  for (const slot of slots) {
    answers.set(slot.slot, {
      response: respond(keys.get(slot.versionId)!, Math.random() < 0.3 + ability * 0.65),
    });
  }
  return answers;
});

function markAndAnalyse() {
  const attempts = examinees.map((answers) => ({
    marks: gradeAttempt(slots, keys, answers, 'PROPORTIONAL').slots.map((s) => s.mark),
  }));
  return computeStatistics({ questions: slots.map((s) => ({ maxMark: s.points })), attempts, passMark: 36 });
}

const samples: number[] = [];
let result = markAndAnalyse();
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  result = markAndAnalyse();
  samples.push(performance.now() - started);
}
const worst = Math.max(...samples);

// The baseline: the statistics alone on the same marks (what marking adds is the difference).
const rows = examinees.map((answers) => ({
  marks: gradeAttempt(slots, keys, answers, 'PROPORTIONAL').slots.map((s) => s.mark),
}));
const statisticsStarted = performance.now();
computeStatistics({ questions: slots.map((s) => ({ maxMark: s.points })), attempts: rows });
const statisticsOnly = performance.now() - statisticsStarted;

const line = (ok: boolean | null, name: string, ms: number, target: string) =>
  console.log(
    `${ok === null ? '    ' : ok ? 'ok  ' : 'MISS'} ${name.padEnd(44)} ${`${ms.toFixed(0)} ms`.padStart(9)}   ${target}`,
  );
console.log(
  `${ATTEMPTS} attempts × ${QUESTIONS} questions, ${RUNS} runs after a warm-up; mean ${result.exam.mean?.toFixed(2)}, ` +
    `CIC ${result.exam.cic?.toFixed(1)} %`,
);
line(worst < TARGET_MS, 'marking + full statistics, slowest run', worst, `target < ${TARGET_MS} ms`);
line(null, 'baseline: full statistics alone', statisticsOnly, '');
if (worst >= TARGET_MS) process.exitCode = 1;
