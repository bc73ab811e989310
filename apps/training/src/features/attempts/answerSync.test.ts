import type { QuestionResponse } from '@duda/contract-training';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnswerSync, type FailureKind, type SyncStatus } from './answerSync.ts';

const choice = (c: string): QuestionResponse => ({ type: 'SINGLE_CHOICE', choice: c });

function setup(failWith: () => FailureKind | null = () => null) {
  const sent: [number, number, QuestionResponse][] = [];
  const statuses: SyncStatus[] = [];
  const errors: unknown[] = [];
  const sync = createAnswerSync({
    send: async (slot, seq, response) => {
      sent.push([slot, seq, response]);
      const failure = failWith();
      if (failure) throw new Error(failure);
    },
    classify: (error) => (error as Error).message as FailureKind,
    onStatus: (s) => statuses.push(s),
    onError: (e) => errors.push(e),
  });
  return { sync, sent, statuses, errors, last: () => statuses.at(-1) };
}

describe('sending answers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the newest answer of a question once the examinee pauses', async () => {
    const { sync, sent, last } = setup();
    sync.change(1, 1, choice('A'));
    await vi.advanceTimersByTimeAsync(500);
    sync.change(1, 2, choice('B'));
    sync.change(2, 3, choice('C'));
    expect(last()).toBe('saving');
    await vi.advanceTimersByTimeAsync(800);
    expect(sent).toEqual([
      [1, 2, choice('B')],
      [2, 3, choice('C')],
    ]);
    expect(last()).toBe('saved');
    expect(sync.unsaved()).toEqual([]);
  });

  it('goes offline when the connection fails and sends again until it goes through', async () => {
    let down = true;
    const { sync, sent, last } = setup(() => (down ? 'retry' : null));
    sync.change(3, 1, choice('A'));
    await vi.advanceTimersByTimeAsync(800);
    expect(last()).toBe('offline');
    expect(sync.unsaved()).toEqual([3]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(2);
    down = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(3);
    expect(last()).toBe('saved');
    expect(sync.unsaved()).toEqual([]);
  });

  it('closes on a refusal that trying again cannot fix, and sends nothing more', async () => {
    const { sync, sent, last, errors } = setup(() => 'close');
    sync.change(1, 1, choice('A'));
    await vi.advanceTimersByTimeAsync(800);
    expect(last()).toBe('closed');
    expect(errors).toHaveLength(1);
    sync.change(1, 2, choice('B'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
  });

  it('sends everything at once on flush, before a submit', async () => {
    const { sync, sent } = setup();
    sync.change(1, 1, choice('A'));
    sync.change(4, 2, choice('D'));
    await sync.flush();
    expect(sent.map(([slot]) => slot)).toEqual([1, 4]);
    expect(sync.unsaved()).toEqual([]);
  });
});
