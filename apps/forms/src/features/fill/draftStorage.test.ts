import { beforeEach, describe, expect, it } from 'vitest';
import { createFormDraftStorage, type LocalFormDraft } from './draftStorage.ts';

const draft = (overrides: Partial<LocalFormDraft> = {}): LocalFormDraft => ({
  target: 'version:v1',
  values: { reason: '回老家', days: 2 },
  changedAt: '2026-12-01T03:00:00.000Z',
  ...overrides,
});

describe('createFormDraftStorage', () => {
  beforeEach(() => localStorage.clear());

  it('reads back a draft per person and target', () => {
    const storage = createFormDraftStorage('p1');
    expect(storage.write(draft())).toBe(true);
    expect(storage.read('version:v1')).toMatchObject(draft());
    expect(createFormDraftStorage('p2').read('version:v1')).toBeNull();
    expect(storage.read('version:v2')).toBeNull();
  });

  it('removes a draft', () => {
    const storage = createFormDraftStorage('p1');
    storage.write(draft());
    storage.remove('version:v1');
    expect(storage.read('version:v1')).toBeNull();
  });

  it('ignores a broken or foreign value', () => {
    localStorage.setItem('duda.forms.draft.p1.version:v1', '{not json');
    expect(createFormDraftStorage('p1').read('version:v1')).toBeNull();
    localStorage.setItem(
      'duda.forms.draft.p1.version:v1',
      JSON.stringify({ format: 1, target: 'version:v1' }),
    );
    expect(createFormDraftStorage('p1').read('version:v1')).toBeNull();
  });

  it('says so when the browser refuses to store', () => {
    const full = {
      ...localStorage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(createFormDraftStorage('p1', full).write(draft())).toBe(false);
  });
});
