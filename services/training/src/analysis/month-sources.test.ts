// training.figures.skills and training.figures.reading on a real database: 湖滨's manager records three handling
// exercises in November (one with mistakes), the trainer makes a November article required for 湖滨's clerks and
// 赵雪 reads it in time while 钱晓云 does not. The clock starts at Monday 2026-11-23, 10:00 China time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

let f: TrainingFixture;
const zhao = () => f.seeded.demoPeople['hubin.clerk']!.id;
const qian = () => f.seeded.hallStaff['HZ-SC-01']!.find((p) => p.staffNo === 'HZ10110')!.id;
let requiredReadingId: string;
let articleId: string;

beforeAll(async () => {
  f = await trainingFixture();
  const manager = await f.as('hubin.mgr');
  const record = (personId: string, task: 'OPEN_ACCOUNT' | 'NUMBER_PORTING', errors: number) =>
    manager.skills.handlingRecord({ personId, task, seconds: 300, errors, heldOn: '2026-11-20', notes: '' });
  await record(zhao(), 'OPEN_ACCOUNT', 0);
  await record(zhao(), 'NUMBER_PORTING', 2);
  await record(qian(), 'OPEN_ACCOUNT', 0);

  const trainer = await f.as('trainer');
  const point = await f.training.prisma.knowledgePoint.create({
    data: { cityId: f.seeded.cityId, name: '服务规范' },
  });
  const article = await trainer.knowledge.create({
    title: '首问负责制',
    knowledgePointId: point.id,
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '负责到底。' }] }],
    },
  });
  articleId = article.id;
  await trainer.knowledge.setStatus({ id: article.id, status: 'PUBLISHED' });
  const assigned = await trainer.knowledge.assign({
    articleId: article.id,
    roles: ['clerk'],
    orgNodeIds: [f.hall('HZ-SC-01').id],
    deadline: new Date('2026-11-25T15:59:59Z'),
  });
  requiredReadingId = assigned.id;
  await (await f.as('hubin.clerk')).knowledge.recordFinish({ id: article.id });
});
afterAll(() => f.close());

describe('training.figures.skills (技能测试 for performance)', () => {
  it('gives each handling exercise of the month with its person, and the hall’s to its manager only', async () => {
    const { tests } = await (await f.as('trainer')).figures.skills({ month: '2026-11' });
    expect(tests.map((t) => [t.personId === zhao() ? '赵雪' : '钱晓云', t.task, t.errors]).sort()).toEqual([
      ['赵雪', 'NUMBER_PORTING', 2],
      ['赵雪', 'OPEN_ACCOUNT', 0],
      ['钱晓云', 'OPEN_ACCOUNT', 0],
    ]);
    expect(tests.every((t) => t.hallId === f.hall('HZ-SC-01').id && t.heldOn === '2026-11-20')).toBe(true);
    expect((await (await f.as('hubin.mgr')).figures.skills({ month: '2026-11' })).tests).toHaveLength(3);
    expect((await (await f.as('nanxing.mgr')).figures.skills({ month: '2026-11' })).tests).toEqual([]);
    expect((await (await f.as('trainer')).figures.skills({ month: '2026-10' })).tests).toEqual([]);
    await expect((await f.as('hubin.clerk')).figures.skills({ month: '2026-11' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('training.figures.reading (必读未读 for performance)', () => {
  it('names nothing before the deadline, then each item not read by it, once the deadline has passed', async () => {
    const trainer = await f.as('trainer');
    expect((await trainer.figures.reading({ month: '2026-11' })).unread).toEqual([]);
    f.clock.now = new Date('2026-11-26T02:00:00Z');
    // 钱晓云 reads it after the deadline (as the reading page records it): still unread for the month.
    await f.training.prisma.articleRead.create({
      data: { articleId, personId: qian(), openedAt: f.clock.now, finishedAt: f.clock.now },
    });
    const { unread } = await trainer.figures.reading({ month: '2026-11' });
    expect(unread).toEqual([
      {
        requiredReadingId,
        articleId,
        articleTitle: '首问负责制',
        deadline: new Date('2026-11-25T15:59:59Z'),
        personId: qian(),
        hallId: f.hall('HZ-SC-01').id,
      },
    ]);
    expect((await (await f.as('nanxing.mgr')).figures.reading({ month: '2026-11' })).unread).toEqual([]);
    expect((await trainer.figures.reading({ month: '2026-12' })).unread).toEqual([]);
  });
});
