// Property-based fuzzing of every procedure of the public API (issue 9, item 7): inputs derived from each
// procedure's zod schema, the same with hostile values put anywhere in them, and request texts no client
// sends, over real HTTP to a real gateway, as powerful signed-in callers and anonymously. Whatever comes in,
// the gateway never answers 5xx, every refusal is a readable error, and a refused call writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRouter } from '../../auth-router.ts';
import { modules } from '../../modules.ts';
import { createAppRouter } from '../../router.ts';
import { startTestGateway, type TestGateway } from '../../testing/harness.ts';
import type { GatewayClient } from '../../testing/http-client.ts';
import { areaProbes } from '../authorization/areas.ts';
import { probeSession } from '../authorization/http-call.ts';
import { writeSuiteReport } from '../report.ts';
import { callsFor, roundsFor, short } from './calls.ts';
import { callerRows, idReader } from './known-ids.ts';
import { proceduresOf } from './procedures.ts';
import { changedTables, snapshotter, type Snapshot } from './snapshot.ts';
import { Tally } from './tally.ts';
import { verdictOf } from './wire.ts';

/**
 * Fixed, so a run can be repeated (up to the random ids the server gives what fuzzing creates);
 * `DUDA_FUZZ_SEED` explores with another one.
 */
const SEED = Number(process.env.DUDA_FUZZ_SEED ?? 20_261_201);
/** Powerful callers of each level (province admin, city and district supervisors, hall manager), and nobody. */
const SIGNED_IN = ['admin', 'city.sup', 'sc.sup', 'hubin.mgr'] as const;

interface Caller {
  name: string;
  client: GatewayClient;
}

const schemas = modules.map((module) => module.database.schema);

/**
 * Real resources of every area (plans, inspections, orders, notices…), created through the API by their
 * rightful owners: the worlds the authorization matrix builds, so valid-shaped inputs find real ids.
 */
async function buildWorlds(gw: TestGateway) {
  const owners = new Map<string, ReturnType<typeof probeSession>>();
  const ownerOf = async (username: string) => {
    if (!owners.has(username)) {
      const client = gw.client();
      await client.login(username);
      owners.set(username, probeSession(client));
    }
    return owners.get(username)!;
  };
  const local = gw.services.local as Record<string, unknown>;
  for (const area of areaProbes) await area.world(ownerOf, local[area.prefix] as never);
}

describe('fuzzing every procedure', () => {
  let gw: TestGateway;
  let callers: Caller[];
  let snapshot: () => Promise<Snapshot>;
  let knownIds: () => Promise<Map<string, string[]>>;

  beforeAll(async () => {
    // Fuzzing is a flood from one address: the limits are tested elsewhere (rate-limit, login-limit tests).
    gw = await startTestGateway({
      seed: 'small',
      env: { DUDA_API_RATE_PER_MINUTE: '1000000', DUDA_LOGIN_RATE_PER_MINUTE: '1000000' },
    });
    // A 5xx found is printed with its stack (the gateway logs only failures at this level).
    gw.app.log.level = 'error';
    callers = [];
    const personIds: string[] = [];
    for (const name of SIGNED_IN) {
      const client = gw.client();
      await client.login(name);
      const me = await client.query<{ person: { id: string } }>('org.me');
      personIds.push(me.data!.person.id);
      callers.push({ name, client });
    }
    callers.push({ name: 'anonymous', client: gw.client() });
    const callersOwn = await callerRows(gw.db.pool, schemas, personIds);
    await buildWorlds(gw);
    knownIds = await idReader(gw.db.pool, schemas, callersOwn);
    snapshot = await snapshotter(gw.db.pool, schemas);
  }, 180_000);
  afterAll(() => gw?.close());

  /** A call may have ended a caller's session (`auth.logout`, a login as someone else): sign in again. */
  async function signInAgain(signedOut: ReadonlySet<Caller>) {
    for (const caller of signedOut) {
      const me = await caller.client.query('org.me');
      if (me.status === 401) await caller.client.login(caller.name);
    }
  }

  it('answers every input to every procedure without a 5xx, refuses readably, and writes nothing when it refuses', async () => {
    const appRouter = createAppRouter(createAuthRouter(gw.services.identity), gw.services.routers);
    const procedures = proceduresOf(appRouter);
    const tally = new Tally(procedures.length);
    const signedIn = callers.filter((caller) => caller.name !== 'anonymous');
    let turn = 0;

    for (const [roundIndex, round] of roundsFor(procedures.length, SIGNED_IN.length).entries()) {
      for (const [index, procedure] of procedures.entries()) {
        const calls = callsFor(procedure, await knownIds(), round, SEED + roundIndex * 1_000 + index);
        let before = await snapshot();
        const signedOut = new Set<Caller>();
        const sends = calls.flatMap((call) =>
          (call.asEveryone ? signedIn : [callers[turn++ % callers.length]!]).map((caller) => ({
            call,
            caller,
          })),
        );
        for (const { call, caller } of sends) {
          const answer = await call.send(caller.client);
          if (answer.status === 401 && caller.name !== 'anonymous') signedOut.add(caller);
          const after = await snapshot();
          const verdict = verdictOf(answer);
          const changed = verdict.kind === 'accepted' ? [] : changedTables(before, after);
          tally.record(
            verdict,
            changed,
            `${procedure.path} as ${caller.name} with ${call.input}: ${answer.status} ${short(answer.body)}`,
          );
          before = after;
        }
        await signInAgain(signedOut);
      }
    }

    writeSuiteReport('fuzz', { ...tally.figures });
    expect(tally.findings).toEqual([]);
    expect(tally.figures).toMatchObject({ serverErrors: 0, halfWrites: 0 });
    // Valid-shaped inputs reach the handlers: the suite is not only knocking on closed doors.
    expect(tally.figures.accepted).toBeGreaterThan(tally.figures.inputs / 20);
  }, 600_000);

  it('leaves the gateway process’s Object.prototype as it was (no prototype pollution)', () => {
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
