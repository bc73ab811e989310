import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounced, draftKey, isComplete, readKept, startingAnswers } from './formDraft.ts';

const answer = (key: string, score: number | null, comment = '') => ({ key, score, comment });
const server = [answer('q1', 4), answer('q2', null)];

describe('starting answers', () => {
  it('takes the browser copy the server never got (a reload before the save)', () => {
    const kept = { answers: [answer('q1', 5, '好'), answer('q2', 3)], saved: false };
    expect(startingAnswers(server, kept)).toEqual({ answers: kept.answers, unsent: true });
  });

  it('takes the server’s once the copy was saved, or when it no longer fits the questionnaire', () => {
    const fromServer = { answers: server, unsent: false };
    expect(startingAnswers(server, { answers: [answer('q1', 1), answer('q2', 1)], saved: true })).toEqual(
      fromServer,
    );
    expect(startingAnswers(server, { answers: [answer('q9', 1), answer('q2', 1)], saved: false })).toEqual(
      fromServer,
    );
    expect(startingAnswers(server, null)).toEqual(fromServer);
  });

  it('reads nothing from a broken copy', () => {
    expect(readKept({ getItem: () => '{not json' }, 'f')).toBeNull();
    expect(readKept({ getItem: (key) => (key === draftKey('f') ? '{"answers":1}' : null) }, 'f')).toBeNull();
  });

  it('is complete when every question has a score', () => {
    expect([isComplete(server), isComplete([answer('q1', 1), answer('q2', 5)])]).toEqual([false, true]);
  });
});

describe('debounced save', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('saves once after the answers rest, and at once on flush', async () => {
    const save = vi.fn(async () => {});
    const saver = debounced(save, 800);
    saver.schedule();
    saver.schedule();
    vi.advanceTimersByTime(799);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    saver.schedule();
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
  });
});
