import { useCurrentUser } from '@duda/federation';
import type { Router } from 'vue-router';
import type { RemoteRegistry } from '../remotes/registry.ts';
import { redirectTarget } from '../session/redirect.ts';
import type { SessionStore } from '../session/sessionStore.ts';

/**
 * Who may open what. Order matters: login first (so a deep link survives it), then the forced password
 * change, then remotes still loading, then the page's own permission.
 */
export function installGuards(router: Router, session: SessionStore, registry: RemoteRegistry): void {
  const { can } = useCurrentUser();

  router.beforeEach(async (to) => {
    if (to.name === 'login') {
      // Already logged in (a bookmark, the back button): go where the login would have led.
      return (await session.ensureLoaded()) === 'ready' ? redirectTarget(to.query) : true;
    }
    if (to.meta.public) return true;
    const status = await session.ensureLoaded();
    if (status === 'anonymous') return { name: 'login', query: { redirect: to.fullPath } };
    // org.me could not be asked: the layout shows why, with a retry.
    if (status === 'failed') return true;
    if (session.me?.mustChangePassword && to.name !== 'change-password') {
      return { name: 'change-password', query: { redirect: to.fullPath } };
    }
    // A deep link into a remote is matched before the remote's routes (or its stand-in) exist; they may
    // have been added while the session loaded, so match it again once that remote has settled.
    if (to.name === 'not-found') {
      await registry.settledFor(to.path.split('/')[1] ?? '');
      if (router.resolve(to.fullPath).name !== 'not-found') return to.fullPath;
    }
    if (to.meta.permission && !can(to.meta.permission))
      return { name: 'forbidden', query: { from: to.fullPath } };
    return true;
  });

  // A remote's page chunk that cannot be fetched (remote redeployed or gone since it loaded).
  router.onError((error, to) => {
    const remote = to.meta.remote;
    if (!remote) throw error;
    console.error(`[shell] ${remote}: page failed to load`, error);
    registry.markFailed(remote);
    void router.replace(to.fullPath);
  });
}
