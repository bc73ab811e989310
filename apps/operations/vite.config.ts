import { remoteViteConfig } from '@duda/federation/presets';
import { defineConfig } from 'vite';
import { presentation } from './src/presentation.ts';

// Built: a remote served by the gateway under /remotes/operations/ and listed at /api/remotes.
export default defineConfig(remoteViteConfig({ presentation, remoteModule: './src/remote.ts', port: 5179 }));
