import { QueryClient, useQuery, VueQueryPlugin } from '@tanstack/vue-query';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { firstPageShown } from './firstPageShown.ts';

/** A page whose query answers when the test says so, mounted at / in a router. */
function setUp() {
  let answer: (halls: string[]) => void = () => {};
  const HallsPage = defineComponent({
    setup() {
      const halls = useQuery({
        queryKey: ['halls'],
        queryFn: () => new Promise<string[]>((resolve) => (answer = resolve)),
      });
      return () =>
        h(
          'ul',
          (halls.data.value ?? []).map((hall) => h('li', hall)),
        );
    },
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: HallsPage }],
  });
  const queryClient = new QueryClient();
  const app = mount(RouterView, { global: { plugins: [router, [VueQueryPlugin, { queryClient }]] } });
  void router.push('/');
  return { router, queryClient, app, answer: (halls: string[]) => answer(halls) };
}

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('firstPageShown', () => {
  it("waits for the page's query to answer, then for the browser to be idle", async () => {
    const { router, queryClient, app, answer } = setUp();
    const events: string[] = [];
    void firstPageShown(router, queryClient, {
      idle: async () => void events.push('idle'),
    }).then(() => events.push('shown'));
    await after(20);
    expect(queryClient.isFetching()).toBe(1);
    expect(events).toEqual([]);

    answer(['湖滨营业厅']);
    await after(20);
    expect(app.text()).toContain('湖滨营业厅');
    expect(events).toEqual(['idle', 'shown']);
    app.unmount();
  });

  it('counts the page as shown after the limit when its query does not answer', async () => {
    const { router, queryClient, app } = setUp();
    let shown = false;
    void firstPageShown(router, queryClient, { limit: 30, idle: async () => {} }).then(() => (shown = true));
    await after(10);
    expect(shown).toBe(false);
    await after(60);
    expect(shown).toBe(true);
    app.unmount();
  });
});
