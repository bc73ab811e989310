import { readRemotePresentation } from '../presentation.ts';
import type { RemotePresentation } from '../presentation.ts';

/** One remote the gateway knows about: the URL of its mf-manifest.json and how to present it. */
export interface RemoteListEntry extends RemotePresentation {
  entry: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * A listed remote: without a name or an entry it cannot be loaded and is skipped; a missing or malformed
 * presentation falls back to the defaults (its name as title, last in order).
 */
function listEntry(value: unknown): RemoteListEntry[] {
  if (!isObject(value) || typeof value.name !== 'string' || typeof value.entry !== 'string') return [];
  return [{ ...readRemotePresentation(value.name, value).presentation, entry: value.entry }];
}

/**
 * Which remotes to load, asked at run time so a remote can be redeployed (or added) without rebuilding
 * the shell. Malformed entries are skipped rather than breaking the whole portal.
 */
export async function fetchRemoteList(
  fetchImpl: typeof fetch = fetch,
  url = '/api/remotes',
): Promise<RemoteListEntry[]> {
  const response = await fetchImpl(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = (await response.json()) as { remotes?: unknown };
  return Array.isArray(body.remotes) ? body.remotes.flatMap(listEntry) : [];
}
