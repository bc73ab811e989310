// 待办: the caller's pending actions from every area, merged and sorted by due time (overdue first). Each area is
// asked as the caller, through its public API; an area that fails or does not answer in time is reported as
// unavailable and the others are still shown.
import { mergePending, pendingPageSchema, type PendingPage } from '@duda/contract-kit';
import type { Inbox, InboxArea } from '@duda/contract-portal';
import type { CallerContext } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import type { InboxSource } from './sources.ts';

/** How long an area may take before the inbox answers without it. */
export const AREA_TIMEOUT_MS = 3_000;

type Answer = { area: string; page: PendingPage | null };

function withinTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function ask(
  source: InboxSource,
  ctx: CallerContext,
  limit: number,
  timeoutMs: number,
): Promise<Answer> {
  try {
    const answer = await withinTimeout(source.client.query(ctx, 'pending.mine', { limit }), timeoutMs);
    // Checked, not trusted: an area's answer that does not follow the contract counts as no answer.
    return { area: source.area, page: pendingPageSchema.parse(answer) };
  } catch (error) {
    ctx.log.warn({ area: source.area, err: error }, 'inbox: an area did not answer; shown without it');
    return { area: source.area, page: null };
  }
}

const areaOf = ({ area, page }: Answer): InboxArea => ({
  area,
  available: page !== null,
  total: page?.total ?? 0,
  overdue: page?.overdue ?? 0,
});

/** `portal.inbox.mine`: the soonest `limit` actions of every area, and per area how many wait. */
export async function myInbox(
  deps: Pick<PortalDeps, 'inbox'>,
  ctx: CallerContext,
  limit: number,
  timeoutMs = AREA_TIMEOUT_MS,
): Promise<Inbox> {
  const answers = await Promise.all(deps.inbox.map((source) => ask(source, ctx, limit, timeoutMs)));
  const pages = answers.flatMap((answer) => (answer.page ? [answer.page] : []));
  return { ...mergePending(pages, limit), areas: answers.map(areaOf) };
}

/** `portal.inbox.counts`: per area how many actions wait (the menu badges), without the actions. */
export async function inboxCounts(
  deps: Pick<PortalDeps, 'inbox'>,
  ctx: CallerContext,
  timeoutMs = AREA_TIMEOUT_MS,
): Promise<InboxArea[]> {
  const answers = await Promise.all(deps.inbox.map((source) => ask(source, ctx, 0, timeoutMs)));
  return answers.map(areaOf);
}
