import { getUntypedClient } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { createApiClient } from './client.ts';

/** A gateway answering every call of a batch with null, recording the procedures of each HTTP request. */
function recordingGateway() {
  const requests: string[][] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://portal.test');
    const paths = decodeURIComponent(url.pathname.replace('/trpc/', '')).split(',');
    requests.push(paths);
    const body = paths.map(() => ({ result: { data: { json: null } } }));
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

describe('createApiClient', () => {
  it("sends the frame's counts in a request of their own, so the page's data does not wait for them", async () => {
    const gateway = recordingGateway();
    const client = getUntypedClient(
      createApiClient({ fetch: gateway.fetch, url: 'http://portal.test/trpc' }),
    );
    await Promise.all([
      client.query('portal.inbox.counts', undefined),
      client.query('org.halls', { page: 1 }),
      client.query('portal.notifications.unreadCount', undefined),
      client.query('org.tree', undefined),
    ]);
    expect(gateway.requests).toHaveLength(2);
    expect(gateway.requests).toContainEqual(['org.halls', 'org.tree']);
    expect(gateway.requests).toContainEqual(['portal.inbox.counts', 'portal.notifications.unreadCount']);
  });
});
