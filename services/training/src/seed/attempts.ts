// Demo attempts (答卷) for the past exams the exams step seeded: most candidates sat each one, answering as a person
// of their ability would — each person has an overall level, their own stronger and weaker knowledge points, each
// district its common weak points, harder questions go wrong more often, and the later months a little better —
// so the analysis pages show strong and weak people, halls and knowledge points. Every attempt is drawn and marked
// with the service's own rules (drawAttempt, gradeAttempt), so scores and marks agree with what marking would give.
// Short answers were marked by the trainer, except a few of last month's still waiting in the queue.
import { createHash, randomUUID } from 'node:crypto';
import type { AttemptDraw, DrawnSlot, QuestionKey, QuestionResponse } from '@duda/contract-training';
import type { SeededOrg } from '@duda/service-org/seed';
import { drawSource } from '../attempts/drawing.ts';
import { attemptClock } from '../domain/attempt-clock.ts';
import { drawAttempt } from '../domain/paper-drawing.ts';
import { gradeAttempt, type AnswerForGrading } from '../domain/grading.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TrainingPrisma } from '../prisma.ts';
import type { SeededExam } from './exams.ts';

const MINUTE = 60_000;

/** A number in [0, 1) fixed by the words given: the same person is the same person in every exam. */
const unit = (...words: string[]) =>
  createHash('sha256').update(words.join('/')).digest().readUInt32BE(0) / 2 ** 32;
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
const json = (value: unknown) => value as Prisma.InputJsonValue;

const SHORT_ANSWERS = [
  '先安抚客户情绪，耐心倾听诉求，再核实业务记录，给出解决方案并跟进结果。',
  '主动问候，了解需求后推荐合适套餐，说明资费和合约期，确认客户同意再办理。',
  '按首问负责制接待，不推诿；不能当场解决的登记工单，告知处理时限并回访。',
  '核验本人身份证件，提醒客户携号转网的条件和注意事项，办理后告知生效时间。',
  '请客户稍等，我去问一下同事。',
  '向客户道歉，解释原因。',
];

interface Person {
  personId: string;
  districtId: string;
}

/** How likely this person answers this question right, in this month (0.05–0.98). */
function chance(
  person: Person,
  question: { knowledgePointId: string; difficulty: number },
  monthIndex: number,
) {
  const ability = 0.45 + 0.45 * unit('ability', person.personId);
  const ownPoint = (unit('point', person.personId, question.knowledgePointId) - 0.5) * 0.35;
  const districtPoint = (unit('district', person.districtId, question.knowledgePointId) - 0.6) * 0.3;
  return clamp(
    ability + ownPoint + districtPoint - (question.difficulty - 3) * 0.08 + monthIndex * 0.03,
    0.05,
    0.98,
  );
}

/** An answer as this person would give it; `roll(i)` is this answer's own dice. */
function respond(
  slot: DrawnSlot,
  key: QuestionKey,
  p: number,
  roll: (i: number) => number,
): QuestionResponse | null {
  const right = roll(0) < p;
  const others = (slot.optionOrder ?? []).filter((o) =>
    key.type === 'SINGLE_CHOICE'
      ? o !== key.correct
      : key.type === 'MULTIPLE_CHOICE'
        ? !key.correct.includes(o)
        : true,
  );
  const pick = <T>(items: readonly T[], i: number) => items[Math.floor(roll(i) * items.length)]!;
  switch (key.type) {
    case 'SINGLE_CHOICE':
      return { type: 'SINGLE_CHOICE', choice: right || others.length === 0 ? key.correct : pick(others, 1) };
    case 'TRUE_FALSE':
      return { type: 'TRUE_FALSE', value: right ? key.correct : !key.correct };
    case 'MULTIPLE_CHOICE': {
      if (right) return { type: 'MULTIPLE_CHOICE', choices: [...key.correct] };
      // A near miss: one right choice left out, sometimes a wrong one added.
      const kept = key.correct.filter((_, i) => i !== Math.floor(roll(1) * key.correct.length));
      const extra = others.length > 0 && roll(2) < 0.5 ? [pick(others, 3)] : [];
      return { type: 'MULTIPLE_CHOICE', choices: [...kept, ...extra] };
    }
    case 'FILL_IN':
      return {
        type: 'FILL_IN',
        blanks: key.blanks.map((accepted, i) => (roll(10 + i) < p ? accepted[0]! : '不清楚')),
      };
    case 'MATCHING':
      return {
        type: 'MATCHING',
        pairs: Object.fromEntries(
          Object.entries(key.pairs).map(([prompt, choice], i) => [
            prompt,
            roll(10 + i) < p ? choice : pick(slot.optionOrder ?? [choice], 30 + i),
          ]),
        ),
      };
    case 'SHORT_ANSWER':
      return roll(1) < 0.04
        ? null
        : {
            type: 'SHORT_ANSWER',
            text: SHORT_ANSWERS[p > 0.6 ? Math.floor(roll(2) * 4) : 4 + Math.floor(roll(2) * 2)]!,
          };
  }
}

export interface SeededAttempts {
  attempts: number;
  answers: number;
  toMark: number;
}

export async function seedAttempts(
  prisma: TrainingPrisma,
  org: SeededOrg,
  exams: { past: SeededExam[] },
): Promise<SeededAttempts> {
  const districtOfHall = new Map(org.districts.flatMap((d) => d.halls.map((h) => [h.id, d.id] as const)));
  const trainerId = org.demoPeople['trainer']!.id;
  const months = [...new Set(exams.past.map((e) => e.month))].sort();
  const latestMonth = months.at(-1);
  const totals: SeededAttempts = { attempts: 0, answers: 0, toMark: 0 };
  for (const seeded of exams.past) {
    const exam = await prisma.exam.findUniqueOrThrow({
      where: { id: seeded.examId },
      include: { paper: true },
    });
    const source = await drawSource({ prisma }, { ...exam.paper, cityId: exam.cityId });
    const byQuestion = new Map(source.bank.map((q) => [q.questionId, q]));
    const versions = await prisma.questionVersion.findMany({
      where: { id: { in: source.bank.map((q) => q.versionId) } },
      select: { id: true, answerKey: true },
    });
    const keys = new Map(versions.map((v) => [v.id, v.answerKey as unknown as QuestionKey]));
    const monthIndex = months.indexOf(seeded.month);
    const attempts: Prisma.ExamAttemptCreateManyInput[] = [];
    const answers: Prisma.AttemptAnswerCreateManyInput[] = [];
    const used = new Set<string>();
    // About every sixth sitting of last month still waits for the trainer: the next one from this attempt on. A
    // waiting sitting whose short answer was left blank has nothing to mark, so the one after it waits instead.
    let nextWaiting = 0;
    for (const candidate of seeded.candidates) {
      // About one in twelve did not sit it (leave, sick, on a course).
      if (unit('absent', seeded.examId, candidate.personId) < 0.08) continue;
      const person = { personId: candidate.personId, districtId: districtOfHall.get(candidate.hallId) ?? '' };
      const draw: AttemptDraw = drawAttempt(
        source.paper,
        source.bank,
        `${seeded.examId}/${candidate.personId}/1`,
      );
      const window = seeded.closesAt.getTime() - seeded.opensAt.getTime() - 70 * MINUTE;
      const startedAt = new Date(
        seeded.opensAt.getTime() + Math.floor(unit('start', seeded.examId, candidate.personId) * window),
      );
      const submittedAt = new Date(
        startedAt.getTime() +
          (20 + Math.floor(unit('took', seeded.examId, candidate.personId) * 38)) * MINUTE,
      );
      const attemptId = randomUUID();
      // Every roll of the dice is fixed by the sitting, so the demo is the same on every machine.
      const sitting = `${seeded.examId}/${candidate.personId}`;
      const given = new Map<number, AnswerForGrading>();
      const waits = seeded.month === latestMonth && attempts.length >= nextWaiting;
      for (const slot of draw.slots) {
        used.add(slot.versionId);
        const key = keys.get(slot.versionId)!;
        const question = byQuestion.get(slot.questionId)!;
        const roll = (i: number) => unit('answer', sitting, String(slot.slot), String(i));
        const response = respond(slot, key, chance(person, question, monthIndex), roll);
        if (!response) continue;
        const manual =
          key.type === 'SHORT_ANSWER' && !waits
            ? Math.round(
                slot.points * clamp(chance(person, question, monthIndex) + (roll(5) - 0.5) * 0.3, 0, 1) * 2,
              ) / 2
            : null;
        given.set(slot.slot, { response, manualMark: manual });
      }
      const grade = gradeAttempt(draw.slots, keys, given, exam.multipleChoiceScoring);
      if (waits && grade.needsMarking) nextWaiting = attempts.length + 6;
      for (const mark of grade.slots) {
        const answer = given.get(mark.slot);
        if (!answer) continue;
        answers.push({
          attemptId,
          slot: mark.slot,
          response: json(answer.response),
          seq: 1,
          savedAt: submittedAt,
          mark: mark.mark,
          ...(mark.manual
            ? { markedById: trainerId, markedAt: new Date(seeded.closesAt.getTime() + 18 * 60 * MINUTE) }
            : {}),
        });
      }
      attempts.push({
        id: attemptId,
        examId: seeded.examId,
        personId: candidate.personId,
        attemptNo: 1,
        status: 'SUBMITTED',
        draw: json(draw),
        startedAt,
        deadlineAt: attemptClock(exam, startedAt).deadlineAt,
        submittedAt,
        deviceId: `seed-${candidate.personId.slice(0, 8)}`,
        focusLosses: unit('focus', sitting) < 0.8 ? 0 : 1 + Math.floor(unit('focus2', sitting) * 4),
        score: grade.score,
        maxScore: grade.maxScore,
        needsMarking: grade.needsMarking,
      });
      if (grade.needsMarking) totals.toMark += grade.slots.filter((m) => m.mark === null).length;
    }
    // One batch per exam (not an interactive transaction: a city's answers take longer than its time limit).
    const chunks = Array.from({ length: Math.ceil(answers.length / 5_000) }, (_, i) =>
      answers.slice(i * 5_000, (i + 1) * 5_000),
    );
    await prisma.$transaction([
      prisma.examAttempt.createMany({ data: attempts }),
      ...chunks.map((data) => prisma.attemptAnswer.createMany({ data })),
      prisma.questionVersion.updateMany({
        where: { id: { in: [...used] }, usedAt: null },
        data: { usedAt: seeded.opensAt },
      }),
    ]);
    totals.attempts += attempts.length;
    totals.answers += answers.length;
  }
  return totals;
}
