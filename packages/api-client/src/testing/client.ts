import type { TRPCClient } from '@trpc/client';
import { reportAuthProblem } from '../auth-events.ts';
import { createApiClient } from '../client.ts';
import type { GatewayFetchOptions } from '../gateway-fetch.ts';
import type { TestGatewayRouter } from './test-gateway.ts';

/**
 * The portal's own client (same links, fetch, CSRF and auth handling, auth problems reported to
 * `onAuthProblem` subscribers unless told otherwise), typed with the test gateway's router so tests can
 * also reach its `failures.*` procedures. The client is a proxy: the type is all that differs.
 */
export function testApiClient(options: GatewayFetchOptions = {}): TRPCClient<TestGatewayRouter> {
  return createApiClient({
    onAuthProblem: reportAuthProblem,
    ...options,
  }) as unknown as TRPCClient<TestGatewayRouter>;
}
