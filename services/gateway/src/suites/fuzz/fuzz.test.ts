// Property-based fuzzing of every procedure of the public API (issue 9, item 7): inputs derived from each
// procedure's zod schema, the same with hostile values put anywhere in them, and request texts no client
// sends, over real HTTP to a real gateway, as powerful signed-in callers and anonymously. Whatever comes in,
// the gateway never answers 5xx, every refusal is a readable error, and a refused call writes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRouter } from '../../auth-router.ts';
import { modules } from '../../modules.ts';
import { createAppRouter } from '../../router.ts';
import { startTestGateway, type TestGateway } from '../../testing/harness.ts';
import type { GatewayClient } from '../../testing/http-client.ts';
import { writeSuiteReport } from '../report.ts';
import { areaProbes } from '../authorization/areas.ts';
import { probeSession } from '../authorization/http-call.ts';
import { withHostile } from './hostile.ts';
import { callerRows, idReader, idsFor } from './known-ids.ts';
import { proceduresOf, type FuzzedProcedure } from './procedures.ts';
import { changedTables, snapshotter, type Snapshot } from './snapshot.ts';
import { hostileForm, toFormData, validForm } from './multipart.ts';
import { RAW_ENVELOPES, send, sendForm, sendText, toWire, verdictOf, type Answer } from './wire.ts';
import { Tally } from './tally.ts';
import { arbitraryOf } from './zod-arbitrary.ts';

/** Fixed, so a run can be repeated (up to the random ids the server gives what fuzzing creates). */
const SEED = 20_261_201;
/**
 * Calls per procedure and round (20 in all): the first round also creates rows whose ids the second round
 * uses. About 2,000 calls for a hundred procedures, a minute on a busy 2-core machine.
 */
const ROUNDS = [
  { valid: 3, hostile: 0, envelopes: 0 },
  { valid: 5, hostile: 10, envelopes: 2 },
];
/** Powerful callers of each level (province admin, city and district supervisors, hall manager), and nobody. */
const SIGNED_IN = ['admin', 'city.sup', 'sc.sup', 'hubin.mgr'] as const;

interface Caller {
  name: string;
  client: GatewayClient;
}

const schemas = modules.map((module) => module.database.schema);

function inputsFor(
  procedure: FuzzedProcedure,
  byTable: ReadonlyMap<string, readonly string[]>,
  round: (typeof ROUNDS)[number],
  seed: number,
) {
  const ids = (field: readonly string[]) => idsFor(byTable, procedure.path, field);
  const parts = procedure.inputs.map((schema) => arbitraryOf(schema, { ids }));
  // Several `.input()` calls are merged by tRPC into one object.
  const valid =
    parts.length === 0
      ? fc.constant(undefined)
      : parts.length === 1
        ? parts[0]!
        : fc.tuple(...parts).map((values) => Object.assign({}, ...values));
  return [
    ...fc.sample(valid, { seed, numRuns: round.valid }),
    ...(round.hostile ? fc.sample(withHostile(valid, procedure.kind), { seed, numRuns: round.hostile }) : []),
  ];
}

function formsFor(
  procedure: FuzzedProcedure,
  byTable: ReadonlyMap<string, readonly string[]>,
  round: (typeof ROUNDS)[number],
  seed: number,
) {
  if (!procedure.form) return [];
  const ids = (field: string) => idsFor(byTable, procedure.path, [field]);
  return [
    ...fc.sample(validForm(procedure.form, ids), { seed, numRuns: round.valid }),
    ...(round.hostile ? fc.sample(hostileForm(procedure.form, ids), { seed, numRuns: round.hostile }) : []),
  ];
}

const short = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
};

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
  }, 120_000);
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
    let turn = 0;

    for (const [roundIndex, round] of ROUNDS.entries()) {
      for (const [index, procedure] of procedures.entries()) {
        const byTable = await knownIds();
        const seed = SEED + roundIndex * 1_000 + index;
        const calls: { input: string; send: (client: GatewayClient) => Promise<Answer> }[] = [
          ...inputsFor(procedure, byTable, round, seed).map((input) => ({
            input: short(toWire(input)),
            send: (client: GatewayClient) => send(client, procedure.kind, procedure.path, input),
          })),
          ...formsFor(procedure, byTable, round, seed).map((form) => ({
            input: `form ${short(form)}`,
            send: (client: GatewayClient) => sendForm(client, procedure.path, toFormData(form)),
          })),
          // The same texts for every procedure, so each procedure gets a few of them in turn.
          ...Array.from(
            { length: round.envelopes },
            (_, n) => RAW_ENVELOPES[(index * round.envelopes + n) % RAW_ENVELOPES.length]!,
          ).map((text) => ({
            input: `raw ${text}`,
            send: (client: GatewayClient) => sendText(client, procedure.kind, procedure.path, text),
          })),
        ];
        let before = await snapshot();
        const signedOut = new Set<Caller>();
        for (const call of calls) {
          const caller = callers[turn++ % callers.length]!;
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
