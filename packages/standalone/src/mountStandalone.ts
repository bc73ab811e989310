// A remote's pages on their own, for working on a remote without the shell (`pnpm --filter <app> dev`): set up
// the way the shell sets them up (design system, API client and its error catalogs, query cache, router, the
// remote's own `setup`), behind a small login so the pages run as a real person against the gateway.
import { apiQueryPlugin } from '@duda/api-client';
import { currentUser } from '@duda/federation';
import type { RemoteDefinition } from '@duda/federation';
import { installDesignSystem, registerMessages } from '@duda/ui';
import { createPinia } from 'pinia';
import { createApp, h } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import { standaloneMessages } from './messages.ts';
import StandaloneApp from './StandaloneApp.vue';

export async function mountStandalone(remote: RemoteDefinition, selector = '#app'): Promise<void> {
  const basePath = `/${remote.name}`;
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', redirect: basePath },
      { path: basePath, children: remote.routes },
    ],
  });
  const app = createApp({ render: () => h(StandaloneApp, { remote }) })
    .use(createPinia())
    .use(installDesignSystem, { messages: standaloneMessages })
    .use(apiQueryPlugin)
    .use(router);
  if (remote.messages) registerMessages(remote.messages);
  await remote.setup?.({ basePath, router, currentUser });
  app.mount(selector);
}
