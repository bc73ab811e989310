#!/usr/bin/env node
// `duda-bundle <entry…>` in a service's folder: its `build` script (see bundle.mjs).
import { bundleService } from './bundle.mjs';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('usage: duda-bundle <entry.ts>…   (run in the service folder; writes dist/)');
  process.exit(2);
}
try {
  await bundleService(process.cwd(), entries);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
