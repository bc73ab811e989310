import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

const BUDGET = 6;

describe('the general rate limit over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small', env: { DUDA_API_RATE_PER_MINUTE: String(BUDGET) } });
  }, 120_000);
  afterAll(() => gw.close());

  it('gives each signed-in session its own budget, even from one address', async () => {
    const manager = gw.client();
    const duty = gw.client();
    await manager.login('hubin.mgr');
    await duty.login('hubin.duty');
    for (let i = 0; i < BUDGET; i++) expect((await manager.query('org.me')).status).toBe(200);
    expect((await manager.query('org.me')).status).toBe(429);
    // Same address (127.0.0.1), another session: its budget is untouched by the first one's.
    for (let i = 0; i < BUDGET; i++) expect((await duty.query('org.me')).status).toBe(200);
    expect((await duty.query('org.me')).status).toBe(429);
  });

  it('counts anonymous calls per address', async () => {
    const clerk = gw.client();
    await clerk.login('hubin.clerk');
    const anonymous = gw.client();
    const statuses: number[] = [];
    for (let i = 0; i <= BUDGET; i++) statuses.push((await anonymous.query('org.me')).status);
    expect(statuses).toContain(401);
    expect(statuses.at(-1)).toBe(429);
    // A session that has not spent its budget is still served from the same address.
    expect((await clerk.query('org.me')).status).toBe(200);
  });
});
