import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './query.ts';
import { browseTo, hallManagerAccount, startTestGateway, testApiClient } from './testing/index.ts';
import type { TestGateway } from './testing/index.ts';

let gateway: TestGateway;

beforeEach(async () => {
  gateway = await startTestGateway({ accounts: [hallManagerAccount()] });
  browseTo(`${gateway.origin}/`);
});

afterEach(() => gateway.close());

const callsTo = (path: string) => gateway.requests.filter((request) => request.path === path).length;

describe('createQueryClient', () => {
  it('never asks again after a 4xx: the answer will not change', async () => {
    const queryClient = createQueryClient();
    const api = testApiClient();
    await api.auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' });

    await expect(
      queryClient.fetchQuery({ queryKey: ['missing'], queryFn: () => api.failures.notFound.query() }),
    ).rejects.toThrow('要找的记录不存在或已被删除');
    expect(callsTo('/trpc/failures.notFound')).toBe(1);
  });

  it('asks twice more after a server failure before giving up', async () => {
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({
      queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 },
    });
    const api = testApiClient();
    await api.auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' });

    await expect(
      queryClient.fetchQuery({ queryKey: ['crash'], queryFn: () => api.failures.crash.query() }),
    ).rejects.toThrow();
    expect(callsTo('/trpc/failures.crash')).toBe(3);
  });
});
