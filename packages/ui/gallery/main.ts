import { VueQueryPlugin } from '@tanstack/vue-query';
import { createApp } from 'vue';
import { createRouter, createWebHashHistory } from 'vue-router';
import { installDesignSystem } from '../src/index.ts';
import App from './App.vue';
import { galleryMessages } from './messages.ts';

// The list-page kit keeps its state in the URL: one route that takes any query.
const router = createRouter({
  history: createWebHashHistory(),
  routes: [{ path: '/:path(.*)*', component: { render: () => null } }],
});

// Set up exactly as a remote would be: the plugin, plus the app's own messages; the shell provides the
// router and Vue Query.
createApp(App)
  .use(installDesignSystem, { messages: galleryMessages })
  .use(router)
  .use(VueQueryPlugin)
  .mount('#app');
