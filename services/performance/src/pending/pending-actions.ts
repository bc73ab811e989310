// `performance.pending.mine`: the caller's own to-dos in this area, the soonest first. Each sub-area adds its
// sources to the list below (one line each); the inbox merges them with the other areas'.
import type { Actor } from '@duda/authz';
import { mergePending, type PendingPage } from '@duda/contract-kit';
import type { CallerContext } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { appealsToDecide } from '../appeals/pending.ts';
import { followUpsDue } from '../coaching/pending.ts';
import { deliveriesToResend } from '../hr-delivery/pending.ts';
import { nominationsToApprove, reviewsToFill } from '../reviews/pending.ts';
import { scorecardsToAssess, scorecardsToSelfAssess, targetsToAcknowledge } from './scorecards.ts';

type Ctx = CallerContext & { actor: Actor };
type PendingSource = (deps: PerformanceDeps, ctx: Ctx, limit: number) => Promise<PendingPage>;

const SOURCES: readonly PendingSource[] = [
  reviewsToFill,
  nominationsToApprove,
  appealsToDecide,
  targetsToAcknowledge,
  scorecardsToSelfAssess,
  scorecardsToAssess,
  followUpsDue,
  deliveriesToResend,
];

export async function myPendingActions(deps: PerformanceDeps, ctx: Ctx, limit: number): Promise<PendingPage> {
  return mergePending(await Promise.all(SOURCES.map((source) => source(deps, ctx, limit))), limit);
}
