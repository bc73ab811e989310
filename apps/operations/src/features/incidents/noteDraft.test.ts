import { describe, expect, it } from 'vitest';
import { noteDrafts } from './noteDraft.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('an incident’s unsent note', () => {
  it('is read back after a reload, per person and incident, and gone once sent', () => {
    const storage = new MemoryStorage();
    const mine = noteDrafts('p1', storage);
    expect(mine.write('i1', '已通知 IT 值班')).toBe(true);
    expect(noteDrafts('p1', storage).read('i1')).toBe('已通知 IT 值班');
    expect(noteDrafts('p2', storage).read('i1')).toBe('');
    expect(mine.read('i2')).toBe('');
    mine.remove('i1');
    expect(mine.read('i1')).toBe('');
  });

  it('an emptied note leaves nothing behind; a full storage is reported, not thrown', () => {
    const storage = new MemoryStorage();
    const mine = noteDrafts('p1', storage);
    mine.write('i1', 'x');
    mine.write('i1', '');
    expect(storage.length).toBe(0);
    storage.full = true;
    expect(mine.write('i1', 'y')).toBe(false);
  });
});
