import { apiQueryPlugin, createQueryClient } from '@duda/api-client';
import { createRemoteMounter, fetchRemoteList, hostRuntime } from '@duda/federation/host';
import { installDesignSystem, registerMessages } from '@duda/ui';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { messages } from './i18n/index.ts';
import RemoteUnavailable from './remotes/RemoteUnavailable.vue';
import { createRemoteRegistry, remoteRegistryKey } from './remotes/registry.ts';
import { syncDocumentTitle } from './router/documentTitle.ts';
import { installGuards } from './router/guards.ts';
import { createPortalRouter } from './router/index.ts';
import { PORTAL_ROUTE } from './router/routes.ts';
import { handleAuthProblems } from './session/authProblems.ts';
import { useSessionStore } from './session/sessionStore.ts';

const app = createApp(App);
const pinia = createPinia();
const queryClient = createQueryClient();
app.use(pinia).use(installDesignSystem, { messages }).use(apiQueryPlugin, queryClient);

const router = createPortalRouter();
const session = useSessionStore(pinia);
const registry = createRemoteRegistry({
  mounter: createRemoteMounter({
    router,
    parentRouteName: PORTAL_ROUTE,
    unavailablePage: RemoteUnavailable,
    registerMessages,
    currentUser: () => session.me,
  }),
  runtime: () => hostRuntime('shell'),
  listRemotes: () => fetchRemoteList(),
  report: (remote, error) => console.error(`[shell] remote ${remote} is unavailable`, error),
});
app.provide(remoteRegistryKey, registry);

installGuards(router, session, registry);
handleAuthProblems(router, session, queryClient);
syncDocumentTitle(router);
// Remotes load alongside the first page rather than before it: the login page and home need none of them.
void registry.start();
app.use(router).mount('#app');
