import { focusManager, QueryObserver, VueQueryPlugin } from '@tanstack/vue-query';
import type { QueryClient } from '@tanstack/vue-query';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createApp, effectScope, ref } from 'vue';
import type { EffectScope } from 'vue';
import { createQueryClient } from './query.ts';
import { keyOfPath } from './query-keys.ts';
import { procedureQueries } from './query-procedures.ts';
import { browseTo, hallManagerAccount, startTestGateway, testApiClient } from './testing/index.ts';
import type { TestGateway } from './testing/index.ts';

let gateway: TestGateway;
let queryClient: QueryClient;

beforeEach(async () => {
  gateway = await startTestGateway({ accounts: [hallManagerAccount()] });
  browseTo(`${gateway.origin}/`);
  queryClient = createQueryClient();
  await testApiClient().auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' });
});

afterEach(async () => {
  scopes.splice(0).forEach((scope) => scope.stop());
  queryClient.clear();
  await gateway.close();
});

const helpers = () => procedureQueries(testApiClient());
const callsTo = (path: string) => gateway.requests.filter((request) => request.path === path).length;

const scopes: EffectScope[] = [];

/** Runs composables the way a component setup does: inside an app that installed Vue Query. */
function inApp<T>(setup: () => T): T {
  const app = createApp({});
  app.use(VueQueryPlugin, { queryClient });
  const scope = effectScope();
  scopes.push(scope);
  return app.runWithContext(() => scope.run(setup)!);
}

async function settled(query: { isFetching: { value: boolean } }): Promise<void> {
  await expect.poll(() => query.isFetching.value).toBe(false);
}

describe('queryKeyOf', () => {
  it('starts the key with the procedure path, then the input', () => {
    const { queryKeyOf } = helpers();
    expect(queryKeyOf('org.me')).toEqual(['org', 'me']);
    expect(queryKeyOf('org.account')).toEqual(['org', 'account']);
    // A mutation has no query key: only routers and query procedures are accepted.
    // @ts-expect-error failures.validate is a mutation
    queryKeyOf('failures.validate', { hallId: 'h1', results: {} });
  });

  it('ends with the input when there is one', () => {
    const input = { page: 2, month: '2026-11' };
    expect(keyOfPath('inspection.plans.list', input)).toEqual(['inspection', 'plans', 'list', input]);
    expect(keyOfPath('inspection.inspections.tasks', undefined)).toEqual([
      'inspection',
      'inspections',
      'tasks',
    ]);
  });

  it('is typed as the path segments', () => {
    const { queryKeyOf } = helpers();
    expectTypeOf(queryKeyOf('org.me')).toEqualTypeOf<readonly ['org', 'me']>();
    // @ts-expect-error no such router
    queryKeyOf('inspection');
  });
});

describe('useProcedureQuery', () => {
  it('calls the procedure at the path and caches the answer under its key', async () => {
    const { useProcedureQuery, queryKeyOf } = helpers();
    const me = inApp(() => useProcedureQuery('org.me', undefined));
    await settled(me);
    expect(me.data.value?.person.name).toBeTruthy();
    expect(queryClient.getQueryData(queryKeyOf('org.me'))).toEqual(me.data.value);
  });

  it("joins a prefetch of procedureQueryOptions instead of asking again (a route's first query)", async () => {
    const { procedureQueryOptions, useProcedureQuery } = helpers();
    const prefetched = queryClient.prefetchQuery(procedureQueryOptions('org.me', undefined));
    const me = inApp(() => useProcedureQuery('org.me', undefined));
    await prefetched;
    await settled(me);
    expect(me.data.value?.person.name).toBeTruthy();
    expect(callsTo('/trpc/org.me')).toBe(1);
  });

  it('waits while not enabled', async () => {
    const { useProcedureQuery } = helpers();
    const enabled = ref(false);
    const me = inApp(() => useProcedureQuery('org.me', undefined, { enabled }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callsTo('/trpc/org.me')).toBe(0);
    enabled.value = true;
    await expect.poll(() => me.data.value).toBeTruthy();
  });

  it('asks again when the person returns to the tab only where the page asked for it', async () => {
    const { useProcedureQuery } = helpers();
    const watched = inApp(() =>
      useProcedureQuery('org.me', undefined, { staleTime: 0, refetchOnWindowFocus: true }),
    );
    const plain = inApp(() => useProcedureQuery('failures.notFound', undefined, { staleTime: 0 }));
    await settled(watched);
    await expect.poll(() => plain.isError.value).toBe(true);
    const before = { me: callsTo('/trpc/org.me'), plain: callsTo('/trpc/failures.notFound') };
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await expect.poll(() => callsTo('/trpc/org.me')).toBe(before.me + 1);
    await settled(watched);
    expect(callsTo('/trpc/failures.notFound')).toBe(before.plain);
    focusManager.setFocused(undefined);
  });
});

describe('useProcedureMutation', () => {
  it('invalidates exactly the paths it names, and their sub-paths', async () => {
    const { useProcedureMutation, queryKeyOf } = helpers();
    queryClient.setQueryData(queryKeyOf('org.me'), { stale: false });
    queryClient.setQueryData(['org', 'account', 'sessions'], []);
    queryClient.setQueryData(queryKeyOf('failures.notFound'), null);

    const change = inApp(() =>
      useProcedureMutation('org.account.changePassword', { invalidates: ['org.account'] }),
    );
    await change.mutateAsync({ currentPassword: 'Duda2026', newPassword: 'Duda2027!' });

    const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(invalidated(['org', 'account', 'sessions'])).toBe(true);
    expect(invalidated(['org', 'me'])).toBe(false);
    expect(invalidated(['failures', 'notFound'])).toBe(false);
  });

  it('refetches a list whose first load was still on its way: that load may have been read before the change', async () => {
    const { useProcedureMutation } = helpers();
    const key = ['org', 'account', 'sessions'];
    const reads: ((value: string) => void)[] = [];
    const observer = new QueryObserver(queryClient, {
      queryKey: key,
      queryFn: () => new Promise<string>((resolve) => reads.push(resolve)),
    });
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(reads).toHaveLength(1));

    const change = inApp(() =>
      useProcedureMutation('org.account.changePassword', { invalidates: ['org.account'] }),
    );
    const changed = change.mutateAsync({ currentPassword: 'Duda2026', newPassword: 'Duda2027!' });
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads[0]!('read before the change');
    reads[1]!('read after the change');
    await changed;
    await vi.waitFor(() => expect(queryClient.getQueryData(key)).toBe('read after the change'));
    unsubscribe();
  });

  it('leaves the cache alone when the call fails, unless told to refresh anyway', async () => {
    const { useProcedureMutation, queryKeyOf } = helpers();
    queryClient.setQueryData(queryKeyOf('org.me'), { stale: false });
    const wrongPassword = { currentPassword: 'wrong', newPassword: 'Duda2027!' };

    const quiet = inApp(() => useProcedureMutation('org.account.changePassword', { invalidates: ['org'] }));
    await expect(quiet.mutateAsync(wrongPassword)).rejects.toThrow('当前密码不正确');
    expect(queryClient.getQueryState(queryKeyOf('org.me'))?.isInvalidated).toBe(false);

    const eager = inApp(() =>
      useProcedureMutation('org.account.changePassword', { invalidates: ['org'], invalidateOnError: true }),
    );
    await expect(eager.mutateAsync(wrongPassword)).rejects.toThrow('当前密码不正确');
    expect(queryClient.getQueryState(queryKeyOf('org.me'))?.isInvalidated).toBe(true);
  });
});
