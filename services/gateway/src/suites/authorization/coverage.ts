// Every procedure the gateway serves needs an entry in the matrix, and every entry a procedure.
import type { AreaProbes } from '@duda/service-org/testing/authz-probes';

export interface Coverage {
  /** Procedures nobody wrote a probe for (a new procedure fails the suite until it has one). */
  missing: string[];
  /** Entries for procedures that no longer exist. */
  stale: string[];
  /** Entries kept by an area that does not own their prefix. */
  misplaced: string[];
}

export function coverageOf(
  procedures: readonly string[],
  areas: readonly Pick<AreaProbes<unknown>, 'prefix' | 'probes'>[],
): Coverage {
  const entries = areas.flatMap((area) => Object.keys(area.probes));
  const served = new Set(procedures);
  const probed = new Set(entries);
  return {
    missing: procedures.filter((path) => !probed.has(path)).sort(),
    stale: entries.filter((path) => !served.has(path)).sort(),
    misplaced: areas
      .flatMap((area) => Object.keys(area.probes).filter((path) => !path.startsWith(`${area.prefix}.`)))
      .sort(),
  };
}
