import { describe, expect, it } from 'vitest';
import { browserDrafts } from './browserDrafts.ts';

interface Note {
  text: string;
}
const isNote = (value: unknown): value is Note => typeof (value as Partial<Note> | null)?.text === 'string';

/** A Storage whose writes can be made to fail, as a full or disabled browser storage does. */
function memoryStorage(refuseWrites = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (refuseWrites) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('browserDrafts', () => {
  it('keeps a draft per person and target, and removes it', () => {
    const storage = memoryStorage();
    const mine = browserDrafts({ kind: 'duda.test.note', personId: 'p1', isValid: isNote, storage });
    const theirs = browserDrafts({ kind: 'duda.test.note', personId: 'p2', isValid: isNote, storage });
    expect(mine.write('a', { text: '排队' })).toBe(true);
    expect(mine.read('a')).toEqual({ text: '排队' });
    expect(mine.read('b')).toBeNull();
    expect(theirs.read('a')).toBeNull();
    expect(storage.getItem('duda.test.note.p1.a')).toBe('{"text":"排队"}');
    mine.remove('a');
    expect(mine.read('a')).toBeNull();
  });

  it('ignores a value that is half-written or of another shape', () => {
    const storage = memoryStorage();
    const drafts = browserDrafts({ kind: 'k', personId: 'p', isValid: isNote, storage });
    storage.setItem('k.p.broken', '{"text":');
    storage.setItem('k.p.other', '{"body":"x"}');
    expect(drafts.read('broken')).toBeNull();
    expect(drafts.read('other')).toBeNull();
  });

  it('reports a refused write instead of throwing', () => {
    const drafts = browserDrafts({ kind: 'k', personId: 'p', isValid: isNote, storage: memoryStorage(true) });
    expect(drafts.write('a', { text: 'x' })).toBe(false);
  });

  it('passes the target to the check, so a draft kept under another target is not taken', () => {
    const storage = memoryStorage();
    const isFor = (value: unknown, target: string): value is { target: string } =>
      (value as { target?: unknown } | null)?.target === target;
    const drafts = browserDrafts({ kind: 'k', personId: 'p', isValid: isFor, storage });
    storage.setItem('k.p.a', '{"target":"b"}');
    expect(drafts.read('a')).toBeNull();
  });
});
