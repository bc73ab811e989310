import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import { setViewport } from '../../test/setViewport.ts';
import DDetailDrawer from './DDetailDrawer.vue';

async function mountDrawer(props: Record<string, unknown> = {}) {
  const wrapper = mountWithDesignSystem(DDetailDrawer, {
    props: { modelValue: true, title: '整改单详情', ...props },
    slots: {
      default: '<p class="detail">门头灯箱破损</p>',
      footer: '<button class="verify">验证通过</button>',
    },
    // Real transitions: Element Plus only reports the close once the leave transition has finished.
    global: { stubs: { transition: false } },
  });
  await flushPromises();
  return wrapper;
}

const drawerElement = () => document.querySelector<HTMLElement>('.d-detail-drawer')!;

describe('DDetailDrawer', () => {
  afterEach(() => {
    setViewport(1024, 768);
  });

  it('shows the title, content and footer while open', async () => {
    await mountDrawer();
    expect(drawerElement().querySelector('.el-drawer__title')?.textContent).toBe('整改单详情');
    expect(drawerElement().querySelector('.detail')).not.toBeNull();
    expect(drawerElement().querySelector('.el-drawer__footer .verify')).not.toBeNull();
  });

  it('closes with Esc', async () => {
    const wrapper = await mountDrawer();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape' }));
    await vi.waitFor(() => expect(wrapper.emitted('update:modelValue')).toBeDefined());
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]]);
  });

  it('shows a loading mask over the content', async () => {
    await mountDrawer({ loading: true });
    expect(drawerElement().querySelector('.el-loading-mask')).not.toBeNull();
  });

  it('is 560px wide on desktop and full width on phones', async () => {
    await mountDrawer();
    expect(drawerElement().style.width).toBe('560px');
    document.body.innerHTML = '';

    setViewport(375, 812);
    await mountDrawer();
    expect(drawerElement().style.width).toBe('100%');
  });
});
