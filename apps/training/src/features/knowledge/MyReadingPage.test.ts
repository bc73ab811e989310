import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { MyRequired } from './api.ts';
import MyReadingPage from './MyReadingPage.vue';

enableAutoUnmount(afterEach);

const { items } = vi.hoisted(() => ({ items: { value: [] as unknown[] } }));
vi.mock('./api.ts', () => ({
  useMyRequired: () => ({ data: ref(items.value), isError: ref(false), isPending: ref(false) }),
}));

const item = (title: string, state: MyRequired['state'], outcome: MyRequired['outcome']): MyRequired => ({
  requiredReadingId: `r-${title}`,
  articleId: `a-${title}`,
  title,
  excerpt: '',
  deadline: new Date('2026-11-30T15:59:00Z'),
  month: '2026-11',
  state,
  openedAt: null,
  finishedAt: null,
  outcome,
});

const mountPage = () =>
  mount(MyReadingPage, {
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }]] },
  });

describe('MyReadingPage (我的必读)', () => {
  it('shows each required article with its deadline, reading state and outcome', async () => {
    items.value = [item('首问负责制', 'UNOPENED', 'PENDING'), item('实名制规定', 'FINISHED', 'FINISHED')];
    const page = mountPage();
    await flushPromises();
    const cards = page.findAll('.my-reading__card');
    expect(cards.map((c) => c.find('strong').text())).toEqual(['首问负责制', '实名制规定']);
    expect(cards[0]!.text()).toContain('待阅读');
    expect(cards[0]!.text()).toContain('未打开');
    expect(cards[0]!.text()).toContain('截止 11-30');
    expect(cards[1]!.text()).toContain('按时读完');
  });

  it('says what to do when nothing is required', async () => {
    items.value = [];
    const page = mountPage();
    await flushPromises();
    expect(page.text()).toContain('没有必读文章');
    expect(page.text()).toContain('浏览知识库');
  });
});
