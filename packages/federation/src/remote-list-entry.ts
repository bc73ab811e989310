// A remote as the gateway lists it (/api/remotes, the page's bootstrap data), read defensively. No run-time
// imports beyond the presentation's reader: used by the shell and, for the bootstrap data, in Node.
import { readRemotePresentation } from './presentation.ts';
import type { RemotePresentation } from './presentation.ts';

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

/** A remote list as /api/remotes (or the page's bootstrap data) carries it, malformed entries skipped. */
export const readRemoteList = (remotes: unknown): RemoteListEntry[] =>
  Array.isArray(remotes) ? remotes.flatMap(listEntry) : [];
