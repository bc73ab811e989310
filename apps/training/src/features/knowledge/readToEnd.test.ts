import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { useReadToEnd } from './readToEnd.ts';

function harness(active = ref(true)) {
  const callbacks: IntersectionObserverCallback[] = [];
  const reached: number[] = [];
  const Page = defineComponent({
    setup() {
      const marker = ref<HTMLElement | null>(null);
      useReadToEnd(
        marker,
        () => active.value,
        () => reached.push(1),
        (callback) => {
          callbacks.push(callback);
          return { observe: () => {}, disconnect: () => {} };
        },
      );
      return () => h('div', [h('p', 'text'), h('span', { ref: marker })]);
    },
  });
  mount(Page);
  const see = (isIntersecting: boolean) =>
    callbacks.at(-1)!([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
  return { callbacks, reached, see, active };
}

describe('useReadToEnd', () => {
  it('reports once when the end marker comes into view, not before', async () => {
    const { reached, see } = harness();
    await nextTick();
    see(false);
    expect(reached).toHaveLength(0);
    see(true);
    see(true);
    expect(reached).toHaveLength(1);
  });

  it('does not watch while the article is not ready or already read', async () => {
    const active = ref(false);
    const { callbacks } = harness(active);
    await nextTick();
    expect(callbacks).toHaveLength(0);
    active.value = true;
    await nextTick();
    expect(callbacks).toHaveLength(1);
  });
});
