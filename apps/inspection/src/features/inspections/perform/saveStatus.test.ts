import { describe, expect, it } from 'vitest';
import type { SyncState } from './draftSync.ts';
import { saveStatus } from './saveStatus.ts';

const state = (status: SyncState['status']): SyncState => ({
  status,
  revision: 1,
  savedAt: null,
  message: null,
});

describe('saveStatus', () => {
  it('says nothing before the first change', () => {
    expect(saveStatus(state('idle'), true)).toBeNull();
  });

  it('tells where the answers are', () => {
    expect(saveStatus(state('pending'), true)).toEqual({ key: 'local', tone: 'ok' });
    expect(saveStatus(state('saving'), true)).toEqual({ key: 'saving', tone: 'busy' });
    expect(saveStatus(state('saved'), true)).toEqual({ key: 'saved', tone: 'ok' });
    expect(saveStatus(state('offline'), true)).toEqual({ key: 'offline', tone: 'warn' });
    expect(saveStatus(state('failed'), true)).toEqual({ key: 'failed', tone: 'error' });
    expect(saveStatus(state('conflict'), true)).toEqual({ key: 'conflict', tone: 'error' });
  });

  it('warns when the browser refused to keep a copy that the server does not have either', () => {
    expect(saveStatus(state('offline'), false)).toEqual({ key: 'notStored', tone: 'error' });
    expect(saveStatus(state('saved'), false)).toEqual({ key: 'saved', tone: 'ok' });
  });
});
