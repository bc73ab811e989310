// The authorization matrix (issue 9): every procedure of the composed router, as each of six callers who own
// nothing, against real resources their rightful owners created — over real HTTP, against one real gateway.
import { procedureManifest } from '@duda/service-kit';
import {
  PROBE_CALLERS,
  SIGNED_IN,
  type AreaProbes,
  type Owners,
  type ProbeCaller,
  type ProbeSession,
} from '@duda/service-org/testing/authz-probes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRouter } from '../../auth-router.ts';
import { createAppRouter } from '../../router.ts';
import { startTestGateway, type TestGateway } from '../../testing/harness.ts';
import type { GatewayClient } from '../../testing/http-client.ts';
import { writeSuiteReport } from '../report.ts';
import { areaProbes } from './areas.ts';
import { coverageOf } from './coverage.ts';
import { probeSession } from './http-call.ts';
import { runMatrix, type MatrixSetup } from './matrix.ts';

const areas: readonly AreaProbes<unknown, unknown>[] = areaProbes;

/**
 * DUDA_MATRIX_AREAS=prefix[,prefix]: probe only those areas (their worlds and rows); coverage still checks every
 * area. `pnpm new-area`'s test probes just the area it made, instead of building every area's world again.
 */
function probedAreas(): readonly AreaProbes<unknown, unknown>[] {
  const only = process.env.DUDA_MATRIX_AREAS?.split(',').filter(Boolean);
  if (!only?.length) return areas;
  const unknown = only.filter((prefix) => !areas.some((area) => area.prefix === prefix));
  if (unknown.length) throw new Error(`DUDA_MATRIX_AREAS names no area: ${unknown.join(', ')}`);
  return areas.filter((area) => only.includes(area.prefix));
}
const probed = probedAreas();

// Six areas' worlds and some two thousand calls over HTTP: minutes on a two-core runner testing other packages
// at the same time. The limit only catches a hang; it says nothing about speed (the benches do).
const MATRIX_TIMEOUT_MS = 600_000;

describe('authorization matrix over real HTTP', () => {
  let gw: TestGateway;
  let manifest: ReturnType<typeof procedureManifest>;
  let setup: MatrixSetup;

  const signedIn = async (username: ProbeCaller | string) => {
    const client = gw.client();
    if (username !== 'anonymous') await client.login(username);
    return client;
  };

  beforeAll(async () => {
    // Logins and calls far beyond the per-minute limits: the limits have their own tests.
    gw = await startTestGateway({
      seed: 'small',
      env: { DUDA_LOGIN_RATE_PER_MINUTE: '100000', DUDA_API_RATE_PER_MINUTE: '100000' },
    });
    // The router the gateway serves, built the way server.ts builds it.
    manifest = procedureManifest(
      createAppRouter(createAuthRouter(gw.services.identity), gw.services.routers),
    );
    const kept = new Map<string, Promise<ProbeSession>>();
    const owners: Owners = (username) => {
      if (!kept.has(username)) kept.set(username, signedIn(username).then(probeSession));
      return kept.get(username)!;
    };
    const local = gw.services.local as Record<string, unknown>;
    const worlds = new Map<string, unknown>();
    for (const area of probed) worlds.set(area.prefix, await area.world(owners, local[area.prefix]));
    // Signed in after the world is built, so every caller's scope includes what the world added.
    const sessions = Object.fromEntries(
      await Promise.all(PROBE_CALLERS.map(async (caller) => [caller, await signedIn(caller)] as const)),
    ) as Record<ProbeCaller, GatewayClient>;
    setup = { areas: probed, worlds, manifest, sessions, freshSession: signedIn, owners };
  }, MATRIX_TIMEOUT_MS);
  afterAll(() => gw?.close());

  it('has an entry for every procedure the gateway serves, and none for a procedure that is gone', () => {
    expect(coverageOf(Object.keys(manifest), areas)).toEqual({ missing: [], stale: [], misplaced: [] });
  });

  it(
    'answers every allowed caller, refuses every other one, and leaks nothing',
    async () => {
      const run = await runMatrix(setup);
      writeSuiteReport('authorization-matrix', {
        procedures: Object.keys(manifest).length,
        callers: PROBE_CALLERS.length,
        probes: run.probes,
        allowed: run.allowed,
        refused: run.refused,
        leaks: run.leaks.length,
      });
      expect(run.leaks).toEqual([]);
      expect(run.wrong).toEqual([]);
      expect(run.probes).toBe(run.allowed + run.refused);
      // Every signed-in caller is allowed something and every caller refused something: the matrix tells them
      // apart (also when DUDA_MATRIX_AREAS probes one area of two procedures).
      expect(SIGNED_IN.filter((caller) => !run.answered.has(caller))).toEqual([]);
      expect(PROBE_CALLERS.filter((caller) => !run.turnedAway.has(caller))).toEqual([]);
      const probedProcedures = Object.keys(manifest).filter((path) =>
        probed.some((area) => path.startsWith(`${area.prefix}.`)),
      );
      expect(run.refused).toBeGreaterThan(probedProcedures.length);
    },
    MATRIX_TIMEOUT_MS,
  );
});
