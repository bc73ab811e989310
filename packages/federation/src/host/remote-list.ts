/** One remote the gateway knows about: its name and the URL of its mf-manifest.json. */
export interface RemoteListEntry {
  name: string;
  entry: string;
}

const isEntry = (value: unknown): value is RemoteListEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RemoteListEntry).name === 'string' &&
  typeof (value as RemoteListEntry).entry === 'string';

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
  return Array.isArray(body.remotes) ? body.remotes.filter(isEntry) : [];
}
