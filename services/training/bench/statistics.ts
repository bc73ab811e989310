// `pnpm --filter @duda/service-training bench`: the full statistics of one exam sat by 10,000 examinees on a
// 50-question paper (issue 10: marking + full statistics under 5 s). Prints the figure beside its target and
// exits 1 on a miss.
//   BENCH_ATTEMPTS (10000), BENCH_QUESTIONS (50), BENCH_RUNS (5: the slowest run is the figure).
import { performance } from 'node:perf_hooks';
import { computeStatistics, type AttemptMarks } from '../src/domain/statistics/index.ts';

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 10_000);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 5_000;

/** Marks as a real exam gives them: an ability per examinee, a difficulty per question, some partial credit. */
function generate() {
  const maxMarks = Array.from({ length: QUESTIONS }, (_, q) => (q % 10 === 9 ? 5 : q % 3 === 0 ? 2 : 1));
  const difficulty = maxMarks.map(() => Math.random() * 0.6 - 0.3);
  const attempts: AttemptMarks[] = Array.from({ length: ATTEMPTS }, () => {
    const ability = Math.random();
    return {
      marks: maxMarks.map((max, q) => {
        const chance = Math.min(1, Math.max(0, ability - difficulty[q]! + (Math.random() - 0.5) * 0.5));
        return max === 1 ? (chance > 0.5 ? 1 : 0) : Math.round(chance * max * 2) / 2;
      }),
    };
  });
  return { questions: maxMarks.map((maxMark) => ({ maxMark })), attempts };
}

const data = generate();
const samples: number[] = [];
let meanTotal = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const result = computeStatistics({ ...data, passMark: 36 });
  samples.push(performance.now() - started);
  meanTotal = result.exam.mean ?? 0;
}
const worst = Math.max(...samples);
const best = Math.min(...samples);
// The floor any implementation pays: one pass reading every mark once.
const floorStarted = performance.now();
let sum = 0;
for (const attempt of data.attempts) for (const mark of attempt.marks) sum += mark ?? 0;
const floor = performance.now() - floorStarted;
const line = (name: string, value: string, target: string, ok: boolean) =>
  console.log(`${ok ? 'ok  ' : 'MISS'} ${name.padEnd(48)} ${value.padStart(12)}   target ${target}`);
console.log(
  `statistics of ${ATTEMPTS} attempts × ${QUESTIONS} questions, ${RUNS} runs (mean total ${meanTotal.toFixed(2)}, Σ ${sum})`,
);
line('full statistics, slowest run', `${worst.toFixed(1)} ms`, `< ${TARGET_MS} ms`, worst < TARGET_MS);
console.log(`     ${'fastest run'.padEnd(48)} ${`${best.toFixed(1)} ms`.padStart(12)}`);
console.log(
  `     ${'baseline: one pass reading every mark'.padEnd(48)} ${`${floor.toFixed(1)} ms`.padStart(12)}`,
);
if (worst >= TARGET_MS) process.exitCode = 1;
