// The forms area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization).
// Each sub-area keeps its own table in probes/<sub-area>.ts — the resources their owners make and which of the six
// probe callers may touch them — and is one line in the list below. Every procedure needs its entry, or the
// matrix fails naming it.
import { composeAreaProbes } from '@duda/service-org/testing/authz-probes';
import type { FormsService } from '../module.ts';
import { approvalsProbes, formsPendingProbes } from './probes/approvals.ts';
import { complaintsProbes } from './probes/complaints.ts';
import { policiesProbes } from './probes/policies.ts';
import { submissionsProbes } from './probes/submissions.ts';
import { templatesProbes } from './probes/templates.ts';

export const formsProbes = composeAreaProbes<FormsService>('forms', [
  templatesProbes,
  submissionsProbes,
  approvalsProbes,
  formsPendingProbes,
  complaintsProbes,
  policiesProbes,
]);
