import { describe, expect, it } from 'vitest';
import { formOf } from './planForm.ts';
import { planDrafts } from './planDraft.ts';

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

const form = formOf({
  kind: 'CROWDING',
  title: '客流拥堵应急预案',
  activation: '排队超过 30 分钟',
  escalateAt: 3,
  steps: [{ text: '增开柜台', role: 'duty_manager', minutes: 10 }],
  contacts: [],
});
const draft = { base: '3', form, changedAt: '2026-12-02T10:00:00.000Z' };

describe('an unsaved plan edit', () => {
  it('is read back after a reload, per person and plan, and gone once removed', () => {
    const storage = new MemoryStorage();
    const mine = planDrafts('p1', storage);
    expect(mine.write('template:t1', draft)).toBe(true);
    expect(mine.read('template:t1')).toEqual(draft);
    expect(mine.read('template:t2')).toBeNull();
    expect(planDrafts('p2', storage).read('template:t1')).toBeNull();
    mine.remove('template:t1');
    expect(mine.read('template:t1')).toBeNull();
  });

  it('says so when the browser refuses, and ignores what is not a draft', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(planDrafts('p1', storage).write('plan:x', draft)).toBe(false);
    storage.full = false;
    storage.setItem('duda.operations.plan-draft.p1.plan:x', '{not json');
    expect(planDrafts('p1', storage).read('plan:x')).toBeNull();
    storage.setItem('duda.operations.plan-draft.p1.plan:x', '{"base":"1"}');
    expect(planDrafts('p1', storage).read('plan:x')).toBeNull();
  });
});
