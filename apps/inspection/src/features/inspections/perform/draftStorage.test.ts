import { beforeEach, describe, expect, it } from 'vitest';
import type { LocalDraft } from './draftStorage.ts';
import { chooseDraftSource, createDraftStorage } from './draftStorage.ts';

const draft = (overrides: Partial<LocalDraft> = {}): LocalDraft => ({
  inspectionId: 'insp-1',
  baseRevision: 3,
  answers: { A01: { outcome: 'FAIL', note: '工牌未戴', photos: [] } },
  summary: '',
  unsynced: true,
  changedAt: '2026-11-23T03:00:00.000Z',
  ...overrides,
});

describe('createDraftStorage', () => {
  beforeEach(() => localStorage.clear());

  it('writes and reads back a draft per person and inspection', () => {
    const storage = createDraftStorage('person-1');
    expect(storage.write(draft())).toBe(true);
    expect(storage.read('insp-1')).toMatchObject(draft());
    expect(createDraftStorage('person-2').read('insp-1')).toBeNull();
    expect(storage.read('insp-2')).toBeNull();
  });

  it('removes a draft', () => {
    const storage = createDraftStorage('person-1');
    storage.write(draft());
    storage.remove('insp-1');
    expect(storage.read('insp-1')).toBeNull();
  });

  it('ignores values it cannot trust', () => {
    localStorage.setItem('duda.inspection.draft.person-1.insp-1', '{"broken"');
    expect(createDraftStorage('person-1').read('insp-1')).toBeNull();
    localStorage.setItem('duda.inspection.draft.person-1.insp-1', JSON.stringify({ format: 99, ...draft() }));
    expect(createDraftStorage('person-1').read('insp-1')).toBeNull();
  });

  it('reports a storage that refuses to write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(createDraftStorage('person-1', full).write(draft())).toBe(false);
  });
});

describe('chooseDraftSource', () => {
  it('uses the server copy when there is nothing unsynced here', () => {
    expect(chooseDraftSource(null, { revision: 3, sameAsLocal: false })).toBe('server');
    expect(
      chooseDraftSource(draft({ unsynced: false, baseRevision: 1 }), { revision: 3, sameAsLocal: false }),
    ).toBe('server');
  });

  it('continues from local changes made on top of the server revision', () => {
    expect(chooseDraftSource(draft(), { revision: 3, sameAsLocal: false })).toBe('local');
  });

  it('asks when both the local copy and the server moved on', () => {
    expect(chooseDraftSource(draft({ baseRevision: 2 }), { revision: 3, sameAsLocal: false })).toBe(
      'conflict',
    );
  });

  it('takes the server copy when it already holds exactly the local changes (a save whose answer was lost)', () => {
    expect(chooseDraftSource(draft({ baseRevision: 2 }), { revision: 3, sameAsLocal: true })).toBe('server');
  });
});
