// The gateway's own procedures in the authorization matrix: `auth.*`, the only ones open to anonymous callers.
import { DEMO_PASSWORD } from '@duda/service-org/seed';
import { defineAreaProbes, PROBE_CALLERS, SIGNED_IN } from '@duda/service-org/testing/authz-probes';

export const authProbes = defineAreaProbes<null>({
  prefix: 'auth',
  world: async () => null,
  secrets: () => [],
  probes: {
    // Anyone may log in; the session the caller had is ended by it, hence a session of its own.
    'auth.login': {
      allowed: PROBE_CALLERS,
      input: () => ({ username: 'hubin.clerk', password: DEMO_PASSWORD }),
      ownSession: true,
    },
    'auth.logout': { allowed: SIGNED_IN, ownSession: true },
  },
});
