// A real performance service beside a real org service on a fresh test database with the small test organisation,
// and what the reviews' tests share: callers by demo username or 工号, the people of 湖滨's 360 review (李娜, its
// manager, rated by 上城区's supervisor, the other halls' managers and her three staff), and a questionnaire.
import { localServiceClient } from '@duda/service-kit';
import { DEMO_PASSWORD } from '@duda/service-org/seed';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { database } from '../database.ts';
import { createPerformanceService, type PerformanceService } from '../module.ts';

export const NEW_PASSWORD = 'Review2026pw';

/** 湖滨's review: the subject, the superior, the four peers and three reports who can be nominated. */
export const PEOPLE = {
  subject: 'hubin.mgr',
  superior: 'sc.sup',
  peers: ['nanxing.mgr', 'HZ10301', 'HZ13001', 'HZ13101'],
  reports: ['hubin.duty', 'hubin.clerk', 'HZ10110'],
} as const;

export const cycleInput = (dueAt: Date) => ({
  title: '2026 年第四季度店面经理 360 度评估',
  periodKind: 'QUARTER' as const,
  period: '2026-Q4',
  questions: [{ text: '能及时沟通、传达上级要求' }, { text: '能辅导员工提升服务技能' }],
  dueAt,
});

export interface ReviewsFixture extends OrgFixture {
  performance: PerformanceService;
  /** The performance router as that person (a demo username or 工号). */
  as(username: string): Promise<ReturnType<PerformanceService['router']['createCaller']>>;
  idOf(username: string): string;
}

export async function reviewsFixture(): Promise<ReviewsFixture> {
  const base = await orgFixture({ with: [database] });
  const performance = createPerformanceService({
    pool: base.db.pool,
    org: localServiceClient(base.org.router),
    now: () => base.clock.now,
  });
  // Every 工号 login must change the demo password first (the named demo logins need not): each does, once; contexts are kept.
  const contexts = new Map<string, ReturnType<typeof signIn>>();
  const contextOf = (username: string) => {
    if (!contexts.has(username)) contexts.set(username, signIn(username));
    return contexts.get(username)!;
  };
  const signIn = async (username: string) => {
    const context = await base.contextOf(username);
    if (!context.passwordChangeRequired) return context;
    await base.org.router
      .createCaller(context)
      .account.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD });
    return base.contextOf(username, NEW_PASSWORD);
  };
  const staff = Object.values(base.seeded.hallStaff).flat();
  const idOf = (username: string) =>
    base.seeded.demoPeople[username]?.id ?? staff.find((p) => p.staffNo === username)!.id;
  return {
    ...base,
    performance,
    idOf,
    as: async (username) => performance.router.createCaller(await contextOf(username)),
    close: async () => {
      await performance.close();
      await base.close();
    },
  };
}
