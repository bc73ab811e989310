import { apiQueryPlugin, createQueryClient, registerErrorCatalogs } from '@duda/api-client';
import type { Me } from '@duda/api-client';
import { orgCatalogs } from '@duda/contract-org';
import { portalCatalogs } from '@duda/contract-portal';
import { createRemoteMounter } from '@duda/federation/host';
import type { FederationRuntime, RemoteListEntry } from '@duda/federation/host';
import { installDesignSystem, registerMessages } from '@duda/ui';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import type { RouterHistory } from 'vue-router';
import App from './App.vue';
import { messages } from './i18n/index.ts';
import RemoteUnavailable from './remotes/RemoteUnavailable.vue';
import { createRemoteRegistry, remoteRegistryKey } from './remotes/registry.ts';
import { syncDocumentTitle } from './router/documentTitle.ts';
import { startFirstQueries } from './router/firstQuery.ts';
import { installGuards } from './router/guards.ts';
import { createPortalRouter } from './router/index.ts';
import { PORTAL_ROUTE } from './router/routes.ts';
import { handleAuthProblems } from './session/authProblems.ts';
import { clearCacheOnPersonChange } from './session/clearCacheOnPersonChange.ts';
import { useSessionStore } from './session/sessionStore.ts';

export interface PortalOptions {
  /** Which remotes to load: the gateway's /api/remotes in the browser. */
  listRemotes: () => Promise<RemoteListEntry[]>;
  /** The Module Federation runtime that fetches them. */
  runtime: () => FederationRuntime;
  /** Who the page was served to, when the gateway said (main.ts: the page's bootstrap data). */
  signedIn?: Me;
  history?: RouterHistory;
}

/**
 * The whole portal wired together (design system, query cache, session, router with its guards, remote
 * registry), not yet mounted. main.ts mounts it in the page; tests mount the same thing.
 */
export function createPortal({ listRemotes, runtime, signedIn, history }: PortalOptions) {
  registerErrorCatalogs(...orgCatalogs, ...portalCatalogs);
  const app = createApp(App);
  const pinia = createPinia();
  const queryClient = createQueryClient();
  app.use(pinia).use(installDesignSystem, { messages }).use(apiQueryPlugin, queryClient);

  const router = createPortalRouter(history);
  const session = useSessionStore(pinia);
  if (signedIn) session.adopt(signedIn);
  const registry = createRemoteRegistry({
    mounter: createRemoteMounter({
      router,
      parentRouteName: PORTAL_ROUTE,
      unavailablePage: RemoteUnavailable,
      registerMessages,
      currentUser: () => session.me,
    }),
    runtime,
    listRemotes,
    report: (remote, error) => console.error(`[shell] remote ${remote} is unavailable`, error),
  });
  app.provide(remoteRegistryKey, registry);

  installGuards(router, session, registry);
  startFirstQueries(router, queryClient);
  handleAuthProblems(router, session);
  clearCacheOnPersonChange(session, queryClient);
  syncDocumentTitle(router);
  app.use(router);
  return { app, router, session, registry, queryClient };
}
