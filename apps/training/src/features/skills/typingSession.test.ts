import { describe, expect, it } from 'vitest';
import { compositionEnd, compositionStart, elapsedMs, input, liveCpm, newSession } from './typingSession.ts';

describe('the typing session', () => {
  it('counts committed IME text, not the pinyin typed to compose it', () => {
    let s = compositionStart(newSession(), 1000);
    s = input(s, 'k', true, 1100);
    s = input(s, 'kehu', true, 1400);
    expect(s.committed).toBe('');
    s = compositionEnd(s, '客户', 1600);
    expect(s).toEqual({ committed: '客户', composing: false, startedAt: 1000 });
    // Chrome fires a last input after compositionend: the same text, committed again.
    expect(input(s, '客户', false, 1601).committed).toBe('客户');
  });

  it('follows corrections: a deletion takes characters away', () => {
    let s = input(newSession(), 'Order', false, 0);
    s = input(s, 'Orde', false, 500);
    expect(s.committed).toBe('Orde');
  });

  it('runs the clock from the first input, and gives a live speed per minute', () => {
    let s = newSession();
    expect(liveCpm(s, 5000)).toBe(0);
    s = input(s, '客户进厅时', false, 2000);
    expect(liveCpm(s, 2000 + 30_000)).toBe(10);
    expect(elapsedMs(s, 2000 + 30_000)).toBe(30_000);
  });
});
