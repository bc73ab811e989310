// The demo bank (题库): the knowledge-point tree and ≥ 300 questions of every type and difficulty, generated from
// the content tables in bank-content.ts the same way on every run (no randomness: options are rotated by index).
import { createHash } from 'node:crypto';
import type { QuestionBody, QuestionKey, QuestionType } from '@duda/contract-training';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TrainingPrisma } from '../prisma.ts';
import { BANK_CONTENT, type ChoiceSet, type Fact, type Leaf } from './bank-content.ts';

const LETTERS = 'ABCDEFGH';

/** The same id for the same city and name on every run, so the demo (and what papers draw from it) repeats. */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface SeedQuestion {
  type: QuestionType;
  stem: string;
  body: QuestionBody;
  key: QuestionKey;
  difficulty: number;
  points: number;
  tags: string[];
}

/** The texts turned by `shift` places, lettered A, B… — the answer does not always sit at A. */
function lettered(texts: readonly string[], shift: number) {
  const turned = texts.map((_, i) => texts[(i + shift) % texts.length]!);
  return turned.map((text, i) => ({ id: LETTERS[i]!, text }));
}
const idOf = (options: { id: string; text: string }[], text: string) =>
  options.find((o) => o.text === text)!.id;
const fill = (s: string, value: string) => `${s.replace('{}', value)}。`;

function fromFact(fact: Fact, i: number, leaf: Leaf): SeedQuestion[] {
  const options = lettered([fact.a[0]!, ...fact.w], i + leaf.name.length);
  return [
    {
      type: 'SINGLE_CHOICE',
      stem: fill(fact.s, '（　　）'),
      body: { type: 'SINGLE_CHOICE', options },
      key: { type: 'SINGLE_CHOICE', correct: idOf(options, fact.a[0]!) },
      difficulty: 1 + (i % 3),
      points: 2,
      tags: [leaf.name],
    },
    {
      type: 'TRUE_FALSE',
      stem: fill(fact.s, fact.a[0]!),
      body: { type: 'TRUE_FALSE' },
      key: { type: 'TRUE_FALSE', correct: true },
      difficulty: 1 + (i % 2),
      points: 1,
      tags: [leaf.name],
    },
    {
      type: 'TRUE_FALSE',
      stem: fill(fact.s, fact.w[0]!),
      body: { type: 'TRUE_FALSE' },
      key: { type: 'TRUE_FALSE', correct: false },
      difficulty: 2 + (i % 2),
      points: 1,
      tags: [leaf.name, '易错'],
    },
    {
      type: 'FILL_IN',
      stem: fill(fact.s, ' ____ '),
      body: { type: 'FILL_IN', blanks: 1 },
      key: { type: 'FILL_IN', blanks: [fact.a], caseSensitive: false },
      difficulty: Math.min(5, 3 + (i % 3)),
      points: 2,
      tags: [leaf.name],
    },
  ];
}

function fromChoiceSet(set: ChoiceSet, i: number, leaf: Leaf): SeedQuestion {
  const options = lettered([...set.right, ...set.wrong], i + 1);
  return {
    type: 'MULTIPLE_CHOICE',
    stem: set.q,
    body: { type: 'MULTIPLE_CHOICE', options },
    key: { type: 'MULTIPLE_CHOICE', correct: set.right.map((text) => idOf(options, text)).sort() },
    difficulty: 3 + i,
    points: 3,
    tags: [leaf.name, '多选'],
  };
}

function fromLeaf(leaf: Leaf, leafIndex: number): SeedQuestion[] {
  const prompts = leaf.matching.pairs.map(([text], i) => ({ id: String(i + 1), text }));
  const choices = lettered(
    [...leaf.matching.pairs.map(([, choice]) => choice), leaf.matching.extra],
    leafIndex + 2,
  );
  return [
    ...leaf.facts.flatMap((fact, i) => fromFact(fact, i, leaf)),
    ...leaf.multiple.map((set, i) => fromChoiceSet(set, i, leaf)),
    {
      type: 'MATCHING',
      stem: leaf.matching.q,
      body: { type: 'MATCHING', prompts, choices },
      key: {
        type: 'MATCHING',
        pairs: Object.fromEntries(
          leaf.matching.pairs.map(([, choice], i) => [String(i + 1), idOf(choices, choice)]),
        ),
      },
      difficulty: 3,
      points: 3,
      tags: [leaf.name],
    },
    {
      type: 'SHORT_ANSWER',
      stem: leaf.short.q,
      body: { type: 'SHORT_ANSWER', rubric: leaf.short.rubric },
      key: { type: 'SHORT_ANSWER', reference: leaf.short.reference },
      difficulty: 4 + (leafIndex % 2),
      points: 10,
      tags: [leaf.name, '案例'],
    },
  ];
}

/** Every this-many-th question is retired, so the list's retired filter has something to show. */
const RETIRED_EVERY = 37;

export async function seedBank(
  prisma: TrainingPrisma,
  cityId: string,
  trainerId: string,
  now: Date,
): Promise<{ knowledgePoints: number; questions: number }> {
  const questions: Prisma.QuestionCreateManyInput[] = [];
  const versions: Prisma.QuestionVersionCreateManyInput[] = [];
  let knowledgePoints = 0;
  let leafIndex = 0;
  for (const [t, top] of BANK_CONTENT.entries()) {
    const { id: topId } = await prisma.knowledgePoint.create({
      data: { cityId, name: top.name, sortOrder: t },
    });
    knowledgePoints++;
    for (const [l, leaf] of top.leaves.entries()) {
      const point = await prisma.knowledgePoint.create({
        data: {
          id: stableId(cityId, top.name, leaf.name),
          cityId,
          parentId: topId,
          name: leaf.name,
          sortOrder: l,
        },
      });
      knowledgePoints++;
      for (const [n, q] of fromLeaf(leaf, leafIndex++).entries()) {
        const id = stableId(cityId, top.name, leaf.name, String(n));
        questions.push({
          id,
          cityId,
          type: q.type,
          knowledgePointId: point.id,
          businessLine: leaf.line,
          difficulty: q.difficulty,
          source: leaf.source,
          tags: q.tags,
          retiredAt: (questions.length + 1) % RETIRED_EVERY === 0 ? now : null,
          createdById: trainerId,
        });
        versions.push({
          questionId: id,
          version: 1,
          stem: q.stem,
          body: q.body as Prisma.InputJsonValue,
          answerKey: q.key as Prisma.InputJsonValue,
          points: q.points,
          createdById: trainerId,
        });
      }
    }
  }
  await prisma.$transaction([
    prisma.question.createMany({ data: questions }),
    prisma.questionVersion.createMany({ data: versions }),
  ]);
  return { knowledgePoints, questions: questions.length };
}
