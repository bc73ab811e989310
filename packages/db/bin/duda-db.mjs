#!/usr/bin/env node
// Entry point for the `duda-db` command: loads the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
