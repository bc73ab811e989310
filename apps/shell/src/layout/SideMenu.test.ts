import type { MenuEntry } from '@duda/federation';
import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../i18n/index.ts';
import SideMenu from './SideMenu.vue';

enableAutoUnmount(afterEach);

const home: MenuEntry = { title: '首页', path: '/' };
const inspection: MenuEntry = {
  title: '服务检查',
  children: [
    { title: '我的任务', path: '/inspection/tasks' },
    { title: '检查计划', path: '/inspection/plans' },
  ],
};

async function mountMenu(entries: MenuEntry[]) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { render: () => null } }],
  });
  await router.push('/');
  const wrapper = mount(SideMenu, {
    props: { entries },
    // The to-do badges ask the server; they are not what this test is about.
    global: { plugins: [[installDesignSystem, { messages }], router], stubs: { MenuBadge: true } },
  });
  await flushPromises();
  return wrapper;
}

const openGroups = (wrapper: Awaited<ReturnType<typeof mountMenu>>) =>
  wrapper.findAll('.el-sub-menu.is-opened').map((group) => group.get('.el-sub-menu__title').text());

describe('side menu', () => {
  it('opens every group it has on a fresh load', async () => {
    expect(openGroups(await mountMenu([home, inspection]))).toEqual(['服务检查']);
  });

  // On a fresh load of `/` the shell draws the menu before the remotes' entries arrive.
  it('opens a group that arrives after the menu is drawn', async () => {
    const wrapper = await mountMenu([home]);
    await wrapper.setProps({ entries: [home, inspection] });
    await flushPromises();
    expect(openGroups(wrapper)).toEqual(['服务检查']);
    expect(wrapper.text()).toContain('我的任务');
  });
});
