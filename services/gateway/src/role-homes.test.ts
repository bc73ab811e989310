// Every demo role's home (首页, #13 "Done when") has something on the demo data: a person of each role signs in
// and asks what their home shows — the to-do inbox, today's must-dos where the post has duties, and each figure
// the role watches (the shell's own table, roleHome.ts: counts, and the supervisors' and leader's 本月必做完成率) —
// and each answers something to do or to read.
import type { Role } from '@duda/contract-org';
import { chinaDateOf, monthOf } from '@duda/month';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The shell's table of what each role's home shows, so this test asks exactly what the page asks.
import { homeSections, readFigure } from '../../../apps/shell/src/pages/home/roleHome.ts';
import type { GatewayClient } from './testing/http-client.ts';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

/** One demo person per role: the named logins, and a 工号 for the role that has none (店面经理助理 of 湖滨). */
const DEMO_PEOPLE: Record<Role, string> = {
  admin: 'admin',
  leader: 'leader',
  city_supervisor: 'city.sup',
  trainer: 'trainer',
  hr: 'hr',
  district_supervisor: 'sc.sup',
  hall_manager: 'hubin.mgr',
  duty_manager: 'hubin.duty',
  manager_assistant: 'HZ11009',
  clerk: 'hubin.clerk',
};

/** Named logins of roles held twice in the demo: their homes must be full too. */
const MORE_PEOPLE: [Role, string][] = [
  ['district_supervisor', 'xh.sup'],
  ['hall_manager', 'nanxing.mgr'],
];

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
}, 600_000);
afterAll(async () => {
  await gw?.close();
});

async function signedIn(username: string): Promise<GatewayClient> {
  const client = gw.client();
  await client.login(username);
  const me = await answer<{ mustChangePassword: boolean }>(client, 'org.me', undefined);
  // A 工号 login changes the initial password first, as the portal makes them.
  if (me.mustChangePassword) {
    const changed = await client.mutation('org.account.changePassword', {
      currentPassword: 'Duda2026',
      newPassword: 'Morning#2026',
    });
    expect(changed.error).toBeUndefined();
  }
  return client;
}

async function answer<T>(client: GatewayClient, path: string, input: unknown): Promise<T> {
  const response = await client.query<T>(path, input);
  expect(response.error, `${path}: ${response.error?.message}`).toBeUndefined();
  return response.data!;
}

describe('every demo role’s home has something (demo data)', () => {
  const month = monthOf(chinaDateOf(new Date()));
  const people = [...Object.entries(DEMO_PEOPLE), ...MORE_PEOPLE] as [Role, string][];

  it.each(people)('%s (%s): to-dos, today’s must-dos, each figure', async (role, username) => {
    const client = await signedIn(username);
    const inbox = await answer<{ items: unknown[]; areas: { area: string; available: boolean }[] }>(
      client,
      'portal.inbox.mine',
      { limit: 50 },
    );
    expect(
      inbox.areas.filter((a) => !a.available).map((a) => a.area),
      `${username}: areas down`,
    ).toEqual([]);
    expect(inbox.items.length, `${username}: 今日待办`).toBeGreaterThan(0);
    for (const section of homeSections([role])) {
      if (section.kind === 'duties') {
        const duties = await answer<{ total: number }>(client, 'portal.duties.mine', { span: 'day' });
        expect(duties.total, `${username}: 今日必做`).toBeGreaterThan(0);
      }
      if (section.kind === 'figures')
        for (const figure of section.figures) {
          // Read as the card reads it: a count above zero, a rate over duties this month (none due yet counts).
          const reading = readFigure(figure, await answer(client, figure.procedure, figure.input(month)));
          expect(reading.hint, `${username}: ${figure.key} ${reading.value}`).not.toBe('zero');
        }
    }
  });
});
