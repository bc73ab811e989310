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
import { hostileForm, toFormData, validForm, type FormSpec } from './multipart.ts';
import { RAW_ENVELOPES, send, sendForm, sendText, toWire, verdictOf, type Answer } from './wire.ts';
import { Tally } from './tally.ts';
import { arbitraryOf } from './zod-arbitrary.ts';

/** Fixed, so a run can be repeated (up to the random ids the server gives what fuzzing creates). */
const SEED = 20_261_201;
/** Calls in all, however many procedures there are: a minute or so on a busy 2-core machine. */
const CALL_BUDGET = 2_000;

const within = (value: number, least: number, most: number) =>
  Math.min(most, Math.max(least, Math.round(value)));

/**
 * Per procedure and round: valid-shaped inputs (in the second round each sent as every signed-in caller,
 * since what a handler does depends on who asks), hostile ones and raw texts, sent in turn as the next
 * caller. The first round also creates rows whose ids the second round uses. With more procedures, fewer
 * of each (29 per procedure for 60 procedures, 17 for 120, 10 from 200 on).
 */
function roundsFor(procedures: number) {
  const perProcedure = CALL_BUDGET / procedures;
  const valid = within(perProcedure / 8, 1, 3);
  const hostile = within(perProcedure - valid * (1 + SIGNED_IN.length) - 2, 3, 12);
  return [
    { valid, asEveryone: false, hostile: 0, envelopes: 0 },
    { valid, asEveryone: true, hostile, envelopes: 2 },
  ];
}
type Round = ReturnType<typeof roundsFor>[number];
/** Powerful callers of each level (province admin, city and district supervisors, hall manager), and nobody. */
const SIGNED_IN = ['admin', 'city.sup', 'sc.sup', 'hubin.mgr'] as const;

interface Caller {
  name: string;
  client: GatewayClient;
}

interface Call {
  /** The input in words, for a finding. */
  input: string;
  /** Sent as every signed-in caller, or as the next caller in turn. */
  asEveryone: boolean;
  send(client: GatewayClient): Promise<Answer>;
}

const schemas = modules.map((module) => module.database.schema);

function callsFor(
  procedure: FuzzedProcedure,
  byTable: ReadonlyMap<string, readonly string[]>,
  round: Round,
  seed: number,
) {
  const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number) =>
    numRuns ? fc.sample(arbitrary, { seed, numRuns }) : [];
  const ids = (field: readonly string[]) => idsFor(byTable, procedure.path, field);
  const parts = procedure.inputs.map((schema) => arbitraryOf(schema, { ids }));
  // Several `.input()` calls are merged by tRPC into one object.
  const valid =
    parts.length === 0
      ? fc.constant(undefined)
      : parts.length === 1
        ? parts[0]!
        : fc.tuple(...parts).map((values) => Object.assign({}, ...values));
  const json = (input: unknown, asEveryone: boolean): Call => ({
    input: short(toWire(input)),
    asEveryone,
    send: (client) => send(client, procedure.kind, procedure.path, input),
  });
  const form = (spec: FormSpec, asEveryone: boolean): Call => ({
    input: `form ${short(spec)}`,
    asEveryone,
    send: (client) => sendForm(client, procedure.path, toFormData(spec)),
  });
  const formIds = (field: string) => ids([field]);
  const shape = procedure.form;
  return [
    ...sample(valid, round.valid).map((input) => json(input, round.asEveryone)),
    ...sample(withHostile(valid, procedure.kind), round.hostile).map((input) => json(input, false)),
    ...(shape
      ? sample(validForm(shape, formIds), round.valid).map((spec) => form(spec, round.asEveryone))
      : []),
    ...(shape ? sample(hostileForm(shape, formIds), round.hostile).map((spec) => form(spec, false)) : []),
    // The same texts for every procedure, so each procedure gets a few of them in turn.
    ...Array.from({ length: round.envelopes }, (_, n): Call => {
      const text = RAW_ENVELOPES[(seed + n) % RAW_ENVELOPES.length]!;
      return {
        input: `raw ${text}`,
        asEveryone: false,
        send: (client) => sendText(client, procedure.kind, procedure.path, text),
      };
    }),
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
    const signedIn = callers.filter((caller) => caller.name !== 'anonymous');
    let turn = 0;

    for (const [roundIndex, round] of roundsFor(procedures.length).entries()) {
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
