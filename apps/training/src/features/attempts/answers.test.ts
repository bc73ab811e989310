import { describe, expect, it } from 'vitest';
import {
  createAnswerStorage,
  deviceIdOf,
  isAnswered,
  mergeAnswers,
  nextSeq,
  unansweredSlots,
} from './answers.ts';
import { clockOffset, formatRemaining, remainingMs } from './countdown.ts';

describe('answers on the page', () => {
  it('counts an empty fill-in, text or matching as unanswered', () => {
    expect(isAnswered({ type: 'FILL_IN', blanks: ['', ' '] })).toBe(false);
    expect(isAnswered({ type: 'FILL_IN', blanks: ['', '58'] })).toBe(true);
    expect(isAnswered({ type: 'SHORT_ANSWER', text: '  ' })).toBe(false);
    expect(isAnswered({ type: 'MATCHING', pairs: { p1: null } })).toBe(false);
    expect(isAnswered({ type: 'TRUE_FALSE', value: false })).toBe(true);
    expect(
      unansweredSlots([1, 2, 3], {
        1: { seq: 1, response: { type: 'SINGLE_CHOICE', choice: 'A' } },
        3: { seq: 2, response: { type: 'MULTIPLE_CHOICE', choices: [] } },
      }),
    ).toEqual([2, 3]);
  });

  it('keeps the newer of the server’s and the browser’s copy of each answer, and says which to send again', () => {
    const merged = mergeAnswers(
      [
        { slot: 1, seq: 4, response: { type: 'SINGLE_CHOICE', choice: 'A' } },
        { slot: 2, seq: 5, response: { type: 'TRUE_FALSE', value: true } },
      ],
      {
        1: { seq: 3, response: { type: 'SINGLE_CHOICE', choice: 'B' } },
        2: { seq: 7, response: { type: 'TRUE_FALSE', value: false } },
        3: { seq: 6, response: { type: 'SHORT_ANSWER', text: '离线时写的' } },
      },
    );
    expect(merged.unsent).toEqual([2, 3]);
    expect(merged.answers[1]).toEqual({ seq: 4, response: { type: 'SINGLE_CHOICE', choice: 'A' } });
    expect(merged.answers[2]?.seq).toBe(7);
    expect(nextSeq(merged.answers)).toBe(8);
  });

  it('keeps answers and the device id in the browser', () => {
    const storage = createAnswerStorage(localStorage);
    storage.write('a1', { 2: { seq: 1, response: { type: 'TRUE_FALSE', value: true } } });
    expect(storage.read('a1')).toEqual({ 2: { seq: 1, response: { type: 'TRUE_FALSE', value: true } } });
    localStorage.setItem('duda.training.answers.a2', '{broken');
    expect(storage.read('a2')).toEqual({});
    const device = deviceIdOf(localStorage);
    expect(device.length).toBeGreaterThanOrEqual(8);
    expect(deviceIdOf(localStorage)).toBe(device);
  });
});

describe('the countdown', () => {
  it('runs on the server’s clock', () => {
    // The phone's clock is two minutes behind the server's.
    const offset = clockOffset(new Date('2026-12-10T10:02:00Z'), Date.parse('2026-12-10T10:00:00Z'));
    const left = remainingMs(new Date('2026-12-10T10:30:00Z'), offset, Date.parse('2026-12-10T10:00:00Z'));
    expect(left).toBe(28 * 60_000);
    expect(formatRemaining(left)).toBe('28:00');
    expect(formatRemaining(3_909_000)).toBe('1:05:09');
    expect(formatRemaining(8_200)).toBe('0:09');
    expect(remainingMs(new Date(0), 0, 1_000)).toBe(0);
  });
});
