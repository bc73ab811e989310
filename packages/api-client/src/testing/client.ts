import type { TRPCClient } from '@trpc/client';
import { createApiClient } from '../client.ts';
import type { GatewayFetchOptions } from '../gateway-fetch.ts';
import type { TestGatewayRouter } from './test-gateway.ts';

/**
 * The portal's own client (same links, fetch, CSRF and auth handling), typed with the test gateway's
 * router so tests can also reach its `failures.*` procedures. The client is a proxy: the type is all
 * that differs from production.
 */
export function testApiClient(options: GatewayFetchOptions = {}): TRPCClient<TestGatewayRouter> {
  return createApiClient(options) as unknown as TRPCClient<TestGatewayRouter>;
}
