import type { AppRouter } from '@duda/gateway/router';
import { createTRPCClient, httpBatchLink, httpLink, isNonJsonSerializable, splitLink } from '@trpc/client';
import superjson from 'superjson';
import { reportAuthProblem } from './auth-events.ts';
import { createGatewayFetch } from './gateway-fetch.ts';
import type { GatewayFetchOptions } from './gateway-fetch.ts';

export interface ApiClientOptions extends GatewayFetchOptions {
  /** Where the gateway's tRPC endpoint is; same origin by default. */
  url?: string;
}

/**
 * What the portal's frame asks on every page — the menu's to-do counts (which ask every area) and the bell's
 * unread count. A batch is answered when its slowest call is, so these go in a batch of their own: a page's
 * first data (the halls list) is not held up by them.
 */
const FRAME_PROCEDURES: ReadonlySet<string> = new Set([
  'portal.inbox.counts',
  'portal.notifications.unreadCount',
]);

/**
 * A tRPC client typed with the gateway's router. JSON calls are batched, the frame's apart from the page's;
 * FormData (photo uploads) goes through plain httpLink, which sends it untouched as multipart.
 */
export function createApiClient({ url = '/trpc', ...fetchOptions }: ApiClientOptions = {}) {
  const fetch = createGatewayFetch(fetchOptions);
  const batch = () => httpBatchLink({ url, fetch, transformer: superjson, maxURLLength: 4000 });
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => isNonJsonSerializable(op.input),
        true: httpLink({ url, fetch, transformer: superjson }),
        false: splitLink({
          condition: (op) => FRAME_PROCEDURES.has(op.path),
          true: batch(),
          false: batch(),
        }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The portal's client. `@duda/api-client` is a Module Federation singleton, so the shell and every remote
 * use this one instance, and an expired session anywhere reaches the shell's listener.
 */
export const api: ApiClient = createApiClient({ onAuthProblem: reportAuthProblem });
