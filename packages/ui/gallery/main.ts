import { createApp } from 'vue';
import { installDesignSystem } from '../src/index.ts';
import App from './App.vue';
import { galleryMessages } from './messages.ts';

// Set up exactly as a remote would be: the plugin, plus the app's own messages.
createApp(App).use(installDesignSystem, { messages: galleryMessages }).mount('#app');
