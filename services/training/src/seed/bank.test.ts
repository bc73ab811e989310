import { bankInputs, QUESTION_TYPES, validateQuestion } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { z } from 'zod';
import { seedBank, stableId } from './bank.ts';

describe('the demo bank (against PostgreSQL)', () => {
  let f: TrainingFixture;
  beforeAll(async () => {
    f = await trainingFixture();
  });
  afterAll(() => f.close());

  it('seeds ≥ 300 valid questions of every type and difficulty over a two-level tree', async () => {
    const trainerId = f.seeded.demoPeople['trainer']!.id;
    const seeded = await seedBank(f.training.prisma, f.seeded.cityId, trainerId, f.clock.now);
    expect(seeded.questions).toBeGreaterThanOrEqual(300);

    const trainer = await f.as('trainer');
    const tree = await trainer.bank.knowledgePoints.tree();
    expect(tree.map((n) => n.name)).toEqual(['业务知识', '服务规范', '营业规范', '终端与增值']);
    expect(tree[0]!.children.map((n) => n.name)).toEqual([
      '套餐资费',
      '携号转网',
      '实名登记',
      '宽带装维',
      '国际漫游',
    ]);

    const versions = await f.training.prisma.questionVersion.findMany({ include: { question: true } });
    for (const v of versions) {
      const content = bankInputs.questions.create.parse({
        stem: v.stem,
        body: v.body,
        key: v.answerKey,
        knowledgePointId: v.question.knowledgePointId,
        businessLine: v.question.businessLine,
        difficulty: v.question.difficulty,
        tags: v.question.tags,
        points: v.points,
      });
      expect(() => validateQuestion(content), v.stem).not.toThrow();
    }
    const types = new Set(versions.map((v) => v.question.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    expect(new Set(versions.map((v) => v.question.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect((await trainer.bank.questions.list({ retired: true })).total).toBeGreaterThan(0);
    // The same ids on every run: what the demo papers draw from it repeats.
    const point = await f.training.prisma.knowledgePoint.findFirstOrThrow({ where: { name: '携号转网' } });
    expect(point.id).toBe(stableId(f.seeded.cityId, '业务知识', '携号转网'));
    expect(z.uuid().safeParse(point.id).success).toBe(true);
  });
});
