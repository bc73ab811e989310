// The domain services behind the gateway: in-process by default, or each in its own process when
// DUDA_SERVICE_URLS names it. Either way the gateway exposes the same routers.
import type { Pool } from '@duda/db';
import { forwardingRouter, localServiceClient, remoteServiceClient } from '@duda/service-kit';
import { createInspectionService, localDiskStorage, type InspectionService } from '@duda/service-inspection';
import { createOrgService, remoteIdentity, type IdentityPort, type OrgService } from '@duda/service-org';
import type { ServiceDatabase } from '@duda/db';
import type { GatewayConfig } from './config.ts';
import type { ServiceRouters } from './router.ts';

export interface GatewayServices {
  routers: ServiceRouters;
  identity: IdentityPort;
  /** Databases of the in-process services, for readiness and start-up migration. */
  databases: ServiceDatabase[];
  /** Serves signed photo URLs; in separate-process mode the photo request is forwarded. */
  photo: InspectionService['photo'] | null;
  /** The in-process service instances (demo data is seeded through them). */
  local: { org: OrgService; inspection: InspectionService };
  close(): Promise<void>;
}

export function createServices(pool: Pool, config: GatewayConfig): GatewayServices {
  const remote = new Map(config.remoteServices.map((s) => [s.name, s.url]));
  const secret = config.serviceSecret;
  // The in-process instances also give the remote mode its router shapes; they open no connection until used.
  const org = createOrgService({ pool });
  const orgClient = remote.has('org')
    ? remoteServiceClient({ url: remote.get('org')!, secret, prefix: 'org' })
    : localServiceClient(org.router);
  const inspection = createInspectionService({
    pool,
    org: orgClient,
    photos: localDiskStorage(config.uploadsDir),
    secret,
  });
  const routers: ServiceRouters = {
    org: remote.has('org')
      ? forwardingRouter(org.router, { url: remote.get('org')!, secret, prefix: 'org' })
      : org.router,
    inspection: remote.has('inspection')
      ? forwardingRouter(inspection.router, { url: remote.get('inspection')!, secret, prefix: 'inspection' })
      : inspection.router,
  };
  return {
    routers,
    identity: remote.has('org') ? remoteIdentity(remote.get('org')!, secret) : org.identity,
    databases: [
      ...(remote.has('org') ? [] : [org.database]),
      ...(remote.has('inspection') ? [] : [inspection.database]),
    ],
    photo: remote.has('inspection') ? null : inspection.photo,
    local: { org, inspection },
    close: async () => {
      await Promise.all([org.close(), inspection.close()]);
    },
  };
}
