import { defineRemote } from '@duda/federation';
import { i18n } from '@duda/ui';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountStandalone } from './mountStandalone.ts';

// An imaginary remote: one page, its texts, and a setup the bootstrap must run as the shell would.
const setup = vi.fn();
const remote = defineRemote({
  name: 'drills',
  title: { 'zh-CN': '应急演练', en: 'Drills' },
  order: 50,
  routes: [{ path: '', name: 'drills.home', component: defineComponent(() => () => h('p', 'drills page')) }],
  menu: [],
  messages: { 'zh-CN': { drills: { hello: '你好' } }, en: { drills: { hello: 'Hello' } } },
  setup,
});

describe('mountStandalone', () => {
  it('runs the remote the way the shell does: its setup, its texts, and a login in front of its pages', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    // No gateway answers here: the bootstrap treats the session as absent and asks for a login.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    await mountStandalone(remote);

    expect(setup).toHaveBeenCalledWith(expect.objectContaining({ basePath: '/drills' }));
    expect(i18n.global.t('drills.hello')).toBe('你好');
    await vi.waitFor(() => expect(document.body.textContent).toContain('登录后查看应急演练页面'));
    expect(document.body.textContent).toContain('应急演练（独立开发模式）');
    expect(document.body.textContent).not.toContain('drills page');
  });
});
