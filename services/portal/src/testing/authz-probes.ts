// The portal area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization).
// Each sub-area keeps its own table in probes/<sub-area>.ts — the resources their owners make and which of the six
// probe callers may touch them — and is one line in the list below. Every procedure needs its entry, or the
// matrix fails naming it.
import { composeAreaProbes } from '@duda/service-org/testing/authz-probes';
import type { PortalService } from '../module.ts';
import { dutiesProbes } from './probes/duties.ts';
import { inboxProbes } from './probes/inbox.ts';
import { notificationsProbes } from './probes/notifications.ts';
import { reportsProbes } from './probes/reports.ts';
import { worklogProbes } from './probes/worklog.ts';

export const portalProbes = composeAreaProbes<PortalService>('portal', [
  inboxProbes,
  notificationsProbes,
  dutiesProbes,
  worklogProbes,
  reportsProbes,
]);
