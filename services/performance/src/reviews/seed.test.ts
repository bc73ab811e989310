// The reviews' demo step on the small test organisation: a released cycle where 湖滨's manager reads her peers'
// and reports' aggregates and 清波's manager reads "too few" for both, and an open one with forms to fill in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReviewsDemo } from './seed.ts';
import { reviewsFixture, type ReviewsFixture } from './test-fixture.ts';

let f: ReviewsFixture;

beforeAll(async () => {
  f = await reviewsFixture();
  await seedReviewsDemo(f.performance.prisma, f.seeded, f.clock.now);
});
afterAll(() => f?.close());

const releasedResultOf = async (username: string) => {
  const caller = await f.as(username);
  const [mine] = (await caller.reviews.subjects.mine({})).filter((s) => s.cycle.status === 'RELEASED');
  return caller.reviews.results.get({ subjectId: mine!.id });
};

describe('360 review demo data', () => {
  it('湖滨’s manager had enough raters; 清波’s had too few peers and reports', async () => {
    expect((await releasedResultOf('hubin.mgr')).perspectives.map((p) => p.shown)).toEqual([
      true,
      true,
      true,
    ]);
    expect((await releasedResultOf('HZ10301')).perspectives.map((p) => p.shown)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('this quarter’s forms wait in the raters’ to-dos', async () => {
    for (const username of ['hubin.duty', 'hubin.clerk', 'nanxing.mgr', 'sc.sup']) {
      const pending = await (await f.as(username)).pending.mine({ limit: 10 });
      expect(
        pending.items.map((i) => i.kind),
        username,
      ).toContain('review.rate');
    }
  });

  it('runs once', async () => {
    expect(await seedReviewsDemo(f.performance.prisma, f.seeded, f.clock.now)).toEqual({ cycles: 0 });
  });
});
