// The demo knowledge base on the small organisation: every article a valid document under a knowledge point of the
// demo bank, required reading due last month and this month, and 湖滨's demo clerk showing each case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { seedBank } from './bank.ts';
import { seedKnowledge } from './knowledge.ts';

let f: TrainingFixture;
let seeded: Awaited<ReturnType<typeof seedKnowledge>>;
beforeAll(async () => {
  f = await trainingFixture();
  await seedBank(f.training.prisma, f.seeded.cityId, f.seeded.demoPeople['trainer']!.id, f.clock.now);
  seeded = await seedKnowledge(f.training.prisma, f.seeded, f.clock.now);
});
afterAll(() => f.close());

describe('the demo knowledge base', () => {
  it('files about twenty articles under the bank’s knowledge points, found by their words', async () => {
    expect(seeded.articles).toBeGreaterThanOrEqual(18);
    const articles = await f.training.prisma.article.findMany();
    const points = await f.training.prisma.knowledgePoint.count({
      where: { id: { in: articles.map((a) => a.knowledgePointId) } },
    });
    expect(points).toBe(new Set(articles.map((a) => a.knowledgePointId)).size);
    const clerk = await f.as('hubin.clerk');
    const found = await clerk.knowledge.list({ q: '授权码' });
    expect(found.items.map((a) => a.title)).toContain('携号转网办理流程');
    const article = await clerk.knowledge.get({
      id: found.items.find((a) => a.title === '携号转网办理流程')!.id,
    });
    expect(article.content.content.map((node) => node.type)).toContain('orderedList');
  });

  it('shows 湖滨’s clerk a missed, a read, an opened and a pending required article', async () => {
    const mine = await (await f.as('hubin.clerk')).knowledge.mine({});
    expect(Object.fromEntries(mine.map((m) => [m.title, [m.state, m.outcome]]))).toEqual({
      电话用户实名制规定: ['UNOPENED', 'UNREAD'],
      投诉处理八步法: ['FINISHED', 'FINISHED'],
      首问负责制: ['OPENED', 'UNREAD'],
      携号转网办理流程: ['UNOPENED', 'PENDING'],
    });
  });

  it('counts last month’s unread items and has closed that month once', async () => {
    const counts = await (await f.as('hr')).knowledge.unreadCounts({ month: '2026-10' });
    expect(counts.people.length).toBeGreaterThan(1);
    expect(counts.people.some((p) => p.unread > 0)).toBe(true);
    expect(counts.people.some((p) => p.finished === p.required)).toBe(true);
    const events = await f.training.prisma.outboxEvent.findMany({
      where: { type: 'training.reading.month-closed' },
    });
    expect(events.map((e) => (e.payload as { month: string }).month)).toEqual(['2026-10']);
  });
});
