import { setCurrentUser, type CurrentUser } from '@duda/federation';
import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref, toValue, type MaybeRefOrGetter } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import OralExamsPage from './OralExamsPage.vue';

enableAutoUnmount(afterEach);

const requests = vi.hoisted(() => [] as unknown[]);
const query = (data: unknown) => ({
  data: ref(data),
  error: ref(null),
  isPending: ref(false),
  isFetching: ref(false),
  isError: ref(false),
  refetch: vi.fn(),
});
vi.mock('./api.ts', () => ({
  useOrgTree: () => query([]),
  useOralCoverage: () => query(null),
  useOralList: (request: MaybeRefOrGetter<unknown>) => {
    requests.push(toValue(request));
    return query({ items: [], total: 0, page: 1, pageSize: 20 });
  },
  useDeleteOral: () => ({ mutateAsync: vi.fn(), isPending: ref(false) }),
  useRecordOral: () => ({ mutateAsync: vi.fn(), isPending: ref(false) }),
  useUpdateOral: () => ({ mutateAsync: vi.fn(), isPending: ref(false) }),
}));

describe('OralExamsPage', () => {
  it('filters the list by person and by the ISO week held in, in the filter bar and the request', async () => {
    setCurrentUser({
      person: { id: 'p', name: '李娜' },
      roles: [],
      permissions: ['training.read', 'training.skills.record'],
      mustChangePassword: false,
    } as unknown as CurrentUser);
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/', component: OralExamsPage }],
    });
    // A Wednesday in the URL stands for its week, Monday 2026-11-23 to Sunday 2026-11-29.
    await router.push('/?person=赵雪&week=2026-11-25');
    const page = mount(OralExamsPage, {
      attachTo: document.body,
      global: { plugins: [[installDesignSystem, { messages }], router] },
    });
    await flushPromises();
    const bar = page.text();
    expect(bar).toContain('人员');
    expect(bar).toContain('口试周');
    expect(requests.at(-1)).toMatchObject({ person: '赵雪', week: '2026-11-23' });
  });
});
