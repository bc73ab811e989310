import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { RouteRecordNormalized } from 'vue-router';
import { defineRemote } from '../contract.ts';
import type { RemoteContext, RemoteMessages, RemoteOptions } from '../contract.ts';
import type { CurrentUser } from '../current-user.ts';
import { basePathOf, createRemoteMounter } from './mount.ts';
import exam from './test-remotes/exam.ts';

const Layout = { name: 'Layout', render: () => null };
const Unavailable = { name: 'Unavailable', props: ['remote'], render: () => null };

/** The shell's route table in small: a layout route the remotes go under, and its own pages. */
function setUp(currentUser: CurrentUser | null = null) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/',
        name: 'portal',
        component: Layout,
        children: [{ path: ':pathMatch(.*)*', name: 'not-found', component: Layout }],
      },
    ],
  });
  const registered: RemoteMessages[] = [];
  const mounter = createRemoteMounter({
    router,
    parentRouteName: 'portal',
    unavailablePage: Unavailable,
    registerMessages: (messages) => registered.push(messages),
    currentUser: () => currentUser,
  });
  return { router, mounter, registered };
}

const standInProps = (route: { matched: RouteRecordNormalized[] }) => {
  const props = route.matched.at(-1)?.props.default;
  return typeof props === 'object' ? props : null;
};

const withSetup = (setup: RemoteOptions['setup']) => defineRemote({ ...exam, setup });

describe('createRemoteMounter', () => {
  it('puts a remote pages under the layout at /<name>, marked as the remote', async () => {
    const { router, mounter } = setUp();
    await mounter.mount(exam);

    const page = router.resolve('/exam/papers');
    expect(page.name).toBe('exam.papers');
    expect(page.matched.map((record) => record.name)).toEqual(['portal', undefined, 'exam.papers']);
    expect(page.meta).toMatchObject({ remote: 'exam', permission: 'exam.paper.edit' });
    expect(router.resolve('/exam').matched.at(-1)?.redirect).toEqual({ name: 'exam.papers' });
  });

  it('adds the remote texts and answers its menu with absolute paths', async () => {
    const { mounter, registered } = setUp();
    const mounted = await mounter.mount(exam);

    expect(registered).toEqual([exam.messages]);
    expect(mounted).toEqual({
      name: 'exam',
      title: { 'zh-CN': '培训考试', en: 'Training and exams' },
      basePath: '/exam',
      menu: [
        { title: 'exam.menu.papers', path: '/exam/papers', icon: 'Document', permission: 'exam.paper.edit' },
      ],
    });
  });

  it('runs setup once the routes exist, with where it lives, the router and the current user', async () => {
    const person = { name: '李娜' } as CurrentUser['person'];
    const { router, mounter } = setUp({ person, roles: [], permissions: [], mustChangePassword: false });
    let seen: { basePath: string; resolved: unknown; user: string | undefined } | null = null;
    await mounter.mount(
      withSetup((context: RemoteContext) => {
        seen = {
          basePath: context.basePath,
          resolved: context.router.resolve({ name: 'exam.papers' }).path,
          user: context.currentUser()?.person.name,
        };
      }),
    );
    expect(router.hasRoute('exam.papers')).toBe(true);
    expect(seen).toEqual({ basePath: '/exam', resolved: '/exam/papers', user: '李娜' });
  });

  it('replaces a remote whose setup fails with the stand-in page for all its URLs, and passes the error on', async () => {
    const { router, mounter } = setUp();
    const broken = withSetup(() => Promise.reject(new Error('exam setup failed')));

    await expect(mounter.mount(broken)).rejects.toThrow('exam setup failed');
    expect(router.hasRoute('exam.papers')).toBe(false);
    for (const path of ['/exam', '/exam/papers', '/exam/papers/42?tab=2']) {
      const route = router.resolve(path);
      expect(route.matched.at(-1)?.components?.default).toBe(Unavailable);
      expect(standInProps(route)).toEqual({ remote: 'exam' });
      expect(route.meta.remote).toBe('exam');
    }
    expect(router.resolve('/inspection/halls').name).toBe('not-found');
  });

  it('swaps the stand-in for the real pages when a retry loads the remote', async () => {
    const { router, mounter } = setUp();
    mounter.markUnavailable('exam');
    expect(router.resolve('/exam/papers').matched.at(-1)?.components?.default).toBe(Unavailable);

    await mounter.mount(exam);
    expect(router.resolve('/exam/papers').name).toBe('exam.papers');
    expect(router.getRoutes().filter((route) => route.components?.default === Unavailable)).toEqual([]);
  });

  it('names the mount point after the remote', () => {
    expect(basePathOf('inspection')).toBe('/inspection');
  });
});
