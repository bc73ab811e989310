import type { ServiceClient } from '@duda/service-kit';
import type { PerformancePrisma } from './prisma.ts';

/** What the Performance service's handlers run on; tests pass their own clock. */
export interface PerformanceDeps {
  prisma: PerformancePrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  /**
   * The inspection and training services' public APIs, which the monthly run reads its figures from on the caller's
   * behalf; absent where they do not run beside performance (the library's tests), and then those lines have no figure.
   */
  inspection: ServiceClient | null;
  training: ServiceClient | null;
  /** The forms service's public API: an appeal's interview is filed there as a 表9 record (absent: it cannot be). */
  forms: ServiceClient | null;
  /** Hosts HR's delivery address may name (`DUDA_HR_HOSTS`, domain/hr-delivery.ts): none when unset. */
  hrHosts: readonly string[];
  /** Signs the grant that lets a person open a record cited as their own evidence (`@duda/service-kit`). */
  evidenceGrant: (record: string, personId: string) => string;
  /** Seals HR's signing secret at rest (hr-delivery/secret-box.ts). */
  hrSecretKey: Buffer;
  /**
   * Where a requested monthly run is computed: `queue` records it and hands it to the service's pg-boss job, answering
   * at once (every process the gateway or a service starts: module.ts); `request` computes it before answering, for
   * tests and tools that read the scorecards right after and run no events beside the service.
   */
  monthRuns: 'queue' | 'request';
  now: () => Date;
}
