// Sending answers to the server: each change is sent once the examinee pauses (debounced per question), the newest
// one per question wins, and a save that fails for want of a connection is tried again until it goes through —
// the answer is in the browser's storage meanwhile. A refusal that trying again cannot fix (time is up, the attempt
// ended, another device holds it) closes the sync and is handed to the page.
import type { QuestionResponse } from '@duda/contract-training';

/** 已保存 / 保存中 / 离线（答案已保存在本机） / closed by the server. */
export type SyncStatus = 'saved' | 'saving' | 'offline' | 'closed';

/** What to do after a failed save: try again later, stop everything, or give up on this one answer. */
export type FailureKind = 'retry' | 'close' | 'drop';

export interface AnswerSyncOptions {
  send(slot: number, seq: number, response: QuestionResponse): Promise<unknown>;
  classify(error: unknown): FailureKind;
  onStatus(status: SyncStatus): void;
  /** A refusal of one answer, or the one that closed the sync. */
  onError(error: unknown): void;
  debounceMs?: number;
  retryMs?: number;
}

export interface AnswerSync {
  change(slot: number, seq: number, response: QuestionResponse): void;
  /** Sends everything waiting now; resolves when every send has been answered (or failed). */
  flush(): Promise<void>;
  /** Questions whose newest answer the server has not confirmed. */
  unsaved(): number[];
  dispose(): void;
}

export function createAnswerSync(options: AnswerSyncOptions): AnswerSync {
  const debounceMs = options.debounceMs ?? 800;
  const retryMs = options.retryMs ?? 5_000;
  const waiting = new Map<number, { seq: number; response: QuestionResponse }>();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let inFlight = 0;
  let offline = false;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const status = (): SyncStatus =>
    closed ? 'closed' : offline ? 'offline' : inFlight > 0 || waiting.size > 0 ? 'saving' : 'saved';
  const report = () => options.onStatus(status());

  async function sendSlot(slot: number): Promise<void> {
    clearTimeout(timers.get(slot));
    timers.delete(slot);
    const item = waiting.get(slot);
    if (!item || closed) return;
    inFlight += 1;
    report();
    try {
      await options.send(slot, item.seq, item.response);
      if (waiting.get(slot)?.seq === item.seq) waiting.delete(slot);
      offline = false;
    } catch (error) {
      const kind = options.classify(error);
      if (kind === 'close') {
        closed = true;
        options.onError(error);
      } else if (kind === 'drop') {
        if (waiting.get(slot)?.seq === item.seq) waiting.delete(slot);
        options.onError(error);
      } else {
        offline = true;
        retry ??= setTimeout(() => {
          retry = undefined;
          void flush();
        }, retryMs);
      }
    } finally {
      inFlight -= 1;
      report();
    }
  }

  async function flush(): Promise<void> {
    await Promise.all([...waiting.keys()].map(sendSlot));
  }

  return {
    change(slot, seq, response) {
      if (closed) return;
      waiting.set(slot, { seq, response });
      clearTimeout(timers.get(slot));
      timers.set(
        slot,
        setTimeout(() => void sendSlot(slot), debounceMs),
      );
      report();
    },
    flush,
    unsaved: () => [...waiting.keys()].sort((a, b) => a - b),
    dispose() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      clearTimeout(retry);
    },
  };
}
