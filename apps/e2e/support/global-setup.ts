import type { FullConfig } from '@playwright/test';
import { startPortal } from './portal.ts';

// One portal for the whole run; workers read its address from the environment. Set E2E_BASE_URL to run the
// stories against a portal that is already running (then nothing is started or stopped here).
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  if (process.env.E2E_BASE_URL) return async () => {};
  const portal = await startPortal();
  process.env.E2E_BASE_URL = portal.baseURL;
  process.env.E2E_WEB_ROOT = portal.webRoot;
  return portal.stop;
}
