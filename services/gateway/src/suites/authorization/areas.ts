// Every area's probe table, one line per area. `pnpm new-area` adds the line of a new area here.
import { inspectionProbes } from '@duda/service-inspection/testing/authz-probes';
import { orgProbes } from '@duda/service-org/testing/authz-probes';
import { authProbes } from './auth-probes.ts';
import { trainingProbes } from '@duda/service-training/testing/authz-probes';
import { portalProbes } from '@duda/service-portal/testing/authz-probes';
import { formsProbes } from '@duda/service-forms/testing/authz-probes';
import { performanceProbes } from '@duda/service-performance/testing/authz-probes';
import { operationsProbes } from '@duda/service-operations/testing/authz-probes';

export const areaProbes = [
  authProbes,
  orgProbes,
  inspectionProbes,
  trainingProbes,
  portalProbes,
  formsProbes,
  performanceProbes,
  operationsProbes,
] as const;
