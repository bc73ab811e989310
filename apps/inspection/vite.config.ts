import { remoteViteConfig } from '@duda/federation/presets';
import { defineConfig } from 'vite';
import { presentation } from './src/presentation.ts';

// Built: a remote served by the gateway under /remotes/inspection/. `vite` (dev): the same pages alone, with
// a small bootstrap (index.html → src/standalone), calling the gateway through the dev server's proxy.
export default defineConfig(remoteViteConfig({ presentation, remoteModule: './src/remote.ts', port: 5174 }));
