// The Administration remote's contract with the shell: exposed as `./remote` (see vite.config.ts).
import { defineRemote } from '@duda/federation';
import { messages } from './i18n/index.ts';
import { menu } from './menu.ts';
import { presentation } from './presentation.ts';
import { routes } from './routes.ts';

// The org error catalog is the shell's own (it signs people in), so the remote registers none.
export default defineRemote({ ...presentation, routes, menu, messages });
