// `pnpm --filter @duda/app-inspection dev`: the remote's pages on their own, set up the way the shell sets
// them up (design system, api client, query cache, router), for working on the remote without the shell.
import { apiQueryPlugin } from '@duda/api-client';
import { installDesignSystem } from '@duda/ui';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import remote from '../remote.ts';
import StandaloneApp from './StandaloneApp.vue';

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: `/${remote.name}` },
    { path: `/${remote.name}`, children: remote.routes },
  ],
});

createApp(StandaloneApp)
  .use(createPinia())
  .use(installDesignSystem, { messages: remote.messages })
  .use(apiQueryPlugin)
  .use(router)
  .mount('#app');
