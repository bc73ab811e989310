import type { SyncState } from './draftSync.ts';

export type SaveTone = 'ok' | 'busy' | 'warn' | 'error';

/** What the form tells the inspector about where their answers are safe, as a message key and a tone. */
export function saveStatus(state: SyncState, storedLocally: boolean): { key: string; tone: SaveTone } | null {
  if (!storedLocally && state.status !== 'saved') return { key: 'notStored', tone: 'error' };
  switch (state.status) {
    case 'idle':
      return null;
    case 'pending':
      return { key: 'local', tone: 'ok' };
    case 'saving':
      return { key: 'saving', tone: 'busy' };
    case 'saved':
      return { key: 'saved', tone: 'ok' };
    case 'offline':
      return { key: 'offline', tone: 'warn' };
    case 'failed':
      return { key: 'failed', tone: 'error' };
    case 'conflict':
      return { key: 'conflict', tone: 'error' };
  }
}
