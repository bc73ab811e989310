import { readRemoteList } from '../remote-list-entry.ts';
import type { RemoteListEntry } from '../remote-list-entry.ts';

export type { RemoteListEntry } from '../remote-list-entry.ts';

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
  return readRemoteList(body.remotes);
}
