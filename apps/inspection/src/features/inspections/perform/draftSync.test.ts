import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSyncOptions, SaveFailure, SyncState } from './draftSync.ts';
import { DraftSync } from './draftSync.ts';

class Failure extends Error {
  constructor(readonly kind: SaveFailure) {
    super(kind);
  }
}

function setup(save: DraftSyncOptions<string>['save']) {
  const states: SyncState[] = [];
  const saved: [number, boolean][] = [];
  const sync = new DraftSync<string>({
    revision: 4,
    save,
    classify: (error) => (error instanceof Failure ? error.kind : 'fatal'),
    describe: (error) => (error as Error).message,
    onState: (state) => states.push(state),
    onSaved: (revision, upToDate) => saved.push([revision, upToDate]),
    delayMs: 1000,
    retryMs: 5000,
  });
  return { sync, states, saved, last: () => states.at(-1)! };
}

const savedAt = new Date('2026-11-23T03:00:00Z');

describe('DraftSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after the changes settle, with the last revision, and moves to the returned revision', async () => {
    const save = vi.fn(async (_payload: string, revision: number) => ({ revision: revision + 1, savedAt }));
    const { sync, saved, last } = setup(save);
    sync.change('a');
    await vi.advanceTimersByTimeAsync(500);
    sync.change('ab');
    expect(last().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('ab', 4);
    expect(last()).toMatchObject({ status: 'saved', revision: 5, savedAt });
    expect(saved).toEqual([[5, true]]);
  });

  it('saves a change made during a save afterwards, on top of the new revision', async () => {
    let release: () => void = () => undefined;
    const save = vi.fn(
      (_payload: string, revision: number) =>
        new Promise<{ revision: number; savedAt: Date }>((resolve) => {
          release = () => resolve({ revision: revision + 1, savedAt });
        }),
    );
    const { sync, saved, last } = setup(save);
    sync.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    sync.change('ab');
    expect(last().status).toBe('saving');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([[5, false]]);
    expect(last().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenLastCalledWith('ab', 5);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.at(-1)).toEqual([6, true]);
  });

  it('keeps the change and retries when the connection dropped', async () => {
    const save = vi
      .fn<DraftSyncOptions<string>['save']>()
      .mockRejectedValueOnce(new Failure('retry'))
      .mockResolvedValueOnce({ revision: 5, savedAt });
    const { sync, last } = setup(save);
    sync.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(last()).toMatchObject({ status: 'offline', message: 'retry' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenLastCalledWith('a', 4);
    expect(last().status).toBe('saved');
  });

  it('stops for good on a conflict', async () => {
    const save = vi.fn<DraftSyncOptions<string>['save']>().mockRejectedValue(new Failure('conflict'));
    const { sync, last } = setup(save);
    sync.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(last().status).toBe('conflict');
    sync.change('ab');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('waits for the next change after the service refused the values', async () => {
    const save = vi
      .fn<DraftSyncOptions<string>['save']>()
      .mockRejectedValueOnce(new Failure('fatal'))
      .mockResolvedValueOnce({ revision: 5, savedAt });
    const { sync, last } = setup(save);
    sync.change('bad');
    await vi.advanceTimersByTimeAsync(1000);
    expect(last().status).toBe('failed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    sync.change('good');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenLastCalledWith('good', 4);
  });

  it('flushes at once and saves nothing after stop', async () => {
    const save = vi.fn(async (_payload: string, revision: number) => ({ revision: revision + 1, savedAt }));
    const { sync } = setup(save);
    sync.change('a');
    await sync.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await sync.stop();
    sync.change('b');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves again after resume, but never after a conflict', async () => {
    const save = vi.fn(async (_payload: string, revision: number) => ({ revision: revision + 1, savedAt }));
    const { sync } = setup(save);
    await sync.stop();
    sync.resume();
    sync.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledExactlyOnceWith('a', 4);

    const refused = vi.fn<DraftSyncOptions<string>['save']>().mockRejectedValue(new Failure('conflict'));
    const conflicted = setup(refused);
    conflicted.sync.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    conflicted.sync.resume();
    conflicted.sync.change('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(conflicted.last().status).toBe('conflict');
    expect(refused).toHaveBeenCalledTimes(1);
  });

  describe('saveVia (其余全部合格)', () => {
    it('sends what is waiting through the other save instead of the autosave, and takes its revision', async () => {
      const save = vi.fn(async (_payload: string, revision: number) => ({ revision: revision + 1, savedAt }));
      const other = vi.fn(async (_payload: string, revision: number) => ({
        revision: revision + 1,
        savedAt,
        marked: 3,
      }));
      const { sync, saved, last } = setup(save);
      sync.change('a');
      await expect(sync.saveVia('ab', other)).resolves.toEqual({ revision: 5, savedAt, marked: 3 });
      expect(other).toHaveBeenCalledExactlyOnceWith('ab', 4);
      expect(last()).toMatchObject({ status: 'saved', revision: 5 });
      expect(saved).toEqual([[5, true]]);
      await vi.advanceTimersByTimeAsync(5000);
      expect(save).not.toHaveBeenCalled();
    });

    it('answers null and stops on a conflict, as an autosave would', async () => {
      const save = vi.fn(async (_payload: string, revision: number) => ({ revision: revision + 1, savedAt }));
      const { sync, last } = setup(save);
      const refused = vi.fn<DraftSyncOptions<string>['save']>().mockRejectedValue(new Failure('conflict'));
      await expect(sync.saveVia('a', refused)).resolves.toBeNull();
      expect(last()).toMatchObject({ status: 'conflict', message: 'conflict' });
      await expect(sync.saveVia('a', refused)).resolves.toBeNull();
      expect(refused).toHaveBeenCalledTimes(1);
    });
  });
});
