// The portal area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization).
// Each sub-area keeps its own table in probes/<sub-area>.ts — the resources their owners make and which of the six
// probe callers may touch them — and is one line in `parts` below. Every procedure needs its entry, or the
// matrix fails naming it.
import { defineAreaProbes, type AreaProbes, type AuthzProbe } from '@duda/service-org/testing/authz-probes';
import type { PortalService } from '../module.ts';
import { inboxProbes } from './probes/inbox.ts';
import { notificationsProbes } from './probes/notifications.ts';

// Each part builds a world of its own type; the composition keeps them side by side, one per part.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Part = AreaProbes<any, PortalService>;
const parts: Part[] = [inboxProbes, notificationsProbes];

type Worlds = unknown[];

/** A part's probe, reading the part's own world out of the composed one. */
function rebase(probe: AuthzProbe<unknown>, index: number): AuthzProbe<Worlds> {
  return {
    ...probe,
    input: probe.input && ((worlds) => probe.input!(worlds[index])),
    secrets: probe.secrets && ((worlds) => probe.secrets!(worlds[index])),
    reread: probe.reread && ((worlds, owners) => probe.reread!(worlds[index], owners)),
  };
}

export const portalProbes = defineAreaProbes<Worlds, PortalService>({
  prefix: 'portal',
  async world(owners, service) {
    const worlds: Worlds = [];
    for (const part of parts) worlds.push(await part.world(owners, service));
    return worlds;
  },
  secrets: (worlds) => parts.flatMap((part, index) => part.secrets(worlds[index])),
  probes: Object.fromEntries(
    parts.flatMap((part, index) =>
      Object.entries(part.probes).map(([path, probe]) => [
        path,
        Array.isArray(probe)
          ? (probe as AuthzProbe<unknown>[]).map((one) => rebase(one, index))
          : rebase(probe as AuthzProbe<unknown>, index),
      ]),
    ),
  ),
});
