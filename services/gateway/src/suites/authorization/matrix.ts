// Runs every probe as each of the six callers, one call at a time against one gateway and one world, and
// counts what happened. Refused changes are re-read by their owner before and after the call.
import type { ProcedureManifest } from '@duda/service-kit';
import {
  PROBE_CALLERS,
  type AreaProbes,
  type AuthzProbe,
  type Owners,
  type ProbeCaller,
} from '@duda/service-org/testing/authz-probes';
import type { GatewayClient } from '../../testing/http-client.ts';
import { callRaw } from './http-call.ts';
import { changedBy, judge, type Verdict } from './verdict.ts';

export interface Finding {
  path: string;
  /** Left out when the finding is about the probe, not one caller's answer. */
  caller?: ProbeCaller;
  why: string;
}

export interface MatrixRun {
  /** Calls made: every probe of every entry, as every caller. */
  probes: number;
  allowed: number;
  refused: number;
  /** The callers answered at least once, and those refused at least once. */
  answered: Set<ProbeCaller>;
  turnedAway: Set<ProbeCaller>;
  leaks: Finding[];
  wrong: Finding[];
}

export interface MatrixSetup {
  areas: readonly AreaProbes<unknown, unknown>[];
  worlds: ReadonlyMap<string, unknown>;
  manifest: ProcedureManifest;
  /** The callers' kept sessions (the anonymous one has no cookie). */
  sessions: Readonly<Record<ProbeCaller, GatewayClient>>;
  /** A session of its own for a probe that ends or replaces it. */
  freshSession(caller: ProbeCaller): Promise<GatewayClient>;
  owners: Owners;
}

const variantsOf = <W>(entry: AuthzProbe<W> | readonly AuthzProbe<W>[]): readonly AuthzProbe<W>[] =>
  Array.isArray(entry) ? entry : [entry as AuthzProbe<W>];

interface Tried {
  verdict: Verdict;
  /** The answer's body when it was a success the caller may see the probe's secrets in. */
  seen: string | null;
}

async function tryOne(
  setup: MatrixSetup,
  area: AreaProbes<unknown, unknown>,
  path: string,
  probe: AuthzProbe<unknown>,
  caller: ProbeCaller,
): Promise<Tried> {
  const world = setup.worlds.get(area.prefix);
  const allowed = probe.allowed.includes(caller);
  const reread = !allowed && probe.reread ? () => probe.reread!(world, setup.owners) : null;
  const before = reread ? await reread() : undefined;
  const input = probe.input?.(world);
  const client = probe.ownSession ? await setup.freshSession(caller) : setup.sessions[caller];
  const answer = await callRaw(client, path, setup.manifest[path]!, input);
  const sees = probe.sees ?? probe.allowed;
  const verdict = judge(
    {
      caller,
      allowed: probe.allowed,
      sees,
      secrets: probe.secrets?.(world) ?? area.secrets(world),
      sentInput: input,
    },
    answer,
  );
  const seen = allowed && sees.includes(caller) && answer.status < 300 ? answer.body : null;
  if (verdict.kind === 'leak' || !reread) return { verdict, seen };
  return { verdict: changedBy(before, await reread()) ?? verdict, seen };
}

/**
 * A probe that names its secrets must show each to someone who may see it: a secret nobody ever receives
 * (a typo, data the procedure does not return) would make the leak check pass without checking anything.
 */
function unseenSecrets(secrets: readonly string[], seen: readonly string[]): string[] {
  return seen.length === 0 ? [] : secrets.filter((secret) => !seen.some((body) => body.includes(secret)));
}

export async function runMatrix(setup: MatrixSetup): Promise<MatrixRun> {
  const run: MatrixRun = {
    probes: 0,
    allowed: 0,
    refused: 0,
    answered: new Set(),
    turnedAway: new Set(),
    leaks: [],
    wrong: [],
  };
  for (const area of setup.areas) {
    for (const [path, entry] of Object.entries(area.probes)) {
      for (const probe of variantsOf(entry)) {
        const seen: string[] = [];
        for (const caller of PROBE_CALLERS) {
          const { verdict, seen: body } = await tryOne(setup, area, path, probe, caller);
          run.probes += 1;
          if (body !== null) seen.push(body);
          if (verdict.kind === 'allowed') {
            run.allowed += 1;
            run.answered.add(caller);
          } else if (verdict.kind === 'refused') {
            run.refused += 1;
            run.turnedAway.add(caller);
          } else (verdict.kind === 'leak' ? run.leaks : run.wrong).push({ path, caller, why: verdict.why });
        }
        const world = setup.worlds.get(area.prefix);
        for (const secret of unseenSecrets(probe.secrets?.(world) ?? [], seen))
          run.wrong.push({ path, why: `nobody who may see "${secret}" received it` });
      }
    }
  }
  return run;
}
