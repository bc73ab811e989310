import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { Article } from './api.ts';
import ArticlePage from './ArticlePage.vue';

enableAutoUnmount(afterEach);

const { open, finish, current } = vi.hoisted(() => ({
  open: vi.fn(),
  finish: vi.fn(),
  current: { value: null as unknown },
}));
vi.mock('./api.ts', () => ({
  useArticleQuery: () => ({
    data: ref(current.value),
    isError: ref(false),
    isPending: ref(false),
    refetch: vi.fn(),
  }),
  useRecordOpen: () => ({ mutate: open }),
  useRecordFinish: () => ({ mutate: finish }),
  useSetArticleStatus: () => ({ mutateAsync: vi.fn(), isPending: ref(false) }),
  useAssignRequired: () => ({ mutateAsync: vi.fn(), isPending: ref(false) }),
  useOrgTree: () => ({ data: ref([]) }),
}));

/** The page's IntersectionObserver, so the test can bring the end marker into view. */
const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
class FakeObserver {
  targets: Element[] = [];
  constructor(public callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {}
}

const article: Article = {
  id: 'a-1',
  title: '携号转网办理流程',
  content: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '办理条件' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '本人持有效身份证件到营业厅办理。' }] },
    ],
  },
  tags: ['携转'],
  status: 'PUBLISHED',
  knowledgePointId: 'kp-1',
  knowledgePointPath: '业务知识/携号转网',
  authorName: '孙丽华',
  updatedAt: new Date('2026-11-20T02:00:00Z'),
  updatedByName: '孙丽华',
  publishedAt: new Date('2026-11-20T02:00:00Z'),
  files: [
    {
      id: 'f-1',
      kind: 'ATTACHMENT',
      name: '携转申请表.pdf',
      size: 20480,
      contentType: 'application/pdf',
      url: '/api/training/knowledge/files/f-1',
    },
  ],
  myReading: {
    state: 'OPENED',
    openedAt: new Date(),
    finishedAt: null,
    deadline: new Date('2026-11-30T15:59:00Z'),
  },
  requirements: [],
  canManage: false,
};

describe('ArticlePage', () => {
  beforeEach(() => {
    observers.length = 0;
    open.mockReset();
    finish.mockReset();
    current.value = article;
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  const mountPage = () =>
    mount(ArticlePage, {
      props: { id: 'a-1' },
      attachTo: document.body,
      global: { plugins: [[installDesignSystem, { messages }]], stubs: { RouterLink: true } },
    });

  it('shows the text read-only, the attachment and the deadline, and records the opening', async () => {
    const page = mountPage();
    await flushPromises();
    expect(page.text()).toContain('办理条件');
    expect(page.text()).toContain('本人持有效身份证件到营业厅办理。');
    expect(page.find('a[href="/api/training/knowledge/files/f-1"]').text()).toBe('携转申请表.pdf');
    expect(page.text()).toContain('请在');
    expect(page.find('[contenteditable="true"]').exists()).toBe(false);
    expect(open).toHaveBeenCalledWith({ id: 'a-1' });
  });

  it('records reading to the end once, when the end marker comes into view', async () => {
    const page = mountPage();
    await flushPromises();
    const observer = observers.at(-1)!;
    expect(observer.targets[0]).toBe(page.find('.article__end').element);
    const seen = (isIntersecting: boolean) =>
      observer.callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
    seen(false);
    expect(finish).not.toHaveBeenCalled();
    seen(true);
    seen(true);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(finish.mock.calls[0]![0]).toEqual({ id: 'a-1' });
  });

  it('does not watch the end of an article already read', async () => {
    current.value = {
      ...article,
      myReading: { ...article.myReading, state: 'FINISHED', finishedAt: new Date() },
    };
    mountPage();
    await flushPromises();
    expect(observers).toHaveLength(0);
  });
});
