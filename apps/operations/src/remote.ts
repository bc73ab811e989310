// The Hall operations remote's contract with the shell: exposed as `./remote` (see vite.config.ts).
import { registerErrorCatalogs } from '@duda/api-client';
import { operationsCatalogs } from '@duda/contract-operations';
import { defineRemote } from '@duda/federation';
import { messages } from './i18n/index.ts';
import { menu } from './menu.ts';
import { presentation } from './presentation.ts';
import { routes } from './routes.ts';

export default defineRemote({
  ...presentation,
  routes,
  menu,
  messages,
  setup: () => registerErrorCatalogs(...operationsCatalogs),
});
