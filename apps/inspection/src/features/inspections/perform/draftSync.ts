// Autosave to the server (草稿自动保存): changes are sent a moment after the inspector stops touching the
// form, one save at a time, each carrying the revision the last save returned so the service can refuse a
// stale copy. A dropped connection keeps the change waiting and tries again; the local copy already holds it.

/** idle: nothing changed yet; offline: waiting to retry; conflict: the server moved on elsewhere, stopped. */
export type SyncStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'failed';

export interface SyncState {
  status: SyncStatus;
  revision: number;
  savedAt: Date | null;
  /** Why the last save failed, for the inspector. */
  message: string | null;
}

/** conflict: never retry; retry: the network or server was unavailable; fatal: the service refused the values. */
export type SaveFailure = 'conflict' | 'retry' | 'fatal';

/** What a save answers: the draft's new revision. */
export interface Saved {
  revision: number;
  savedAt: Date;
}

export interface DraftSyncOptions<Payload> {
  revision: number;
  save(payload: Payload, revision: number): Promise<Saved>;
  classify(error: unknown): SaveFailure;
  describe(error: unknown): string;
  onState(state: SyncState): void;
  /** After each confirmed save; `upToDate` is false when newer changes are already waiting. */
  onSaved(revision: number, upToDate: boolean): void;
  delayMs?: number;
  retryMs?: number;
}

export class DraftSync<Payload> {
  private state: SyncState;
  private pending: Payload | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private readonly delayMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: DraftSyncOptions<Payload>) {
    this.state = { status: 'idle', revision: options.revision, savedAt: null, message: null };
    this.delayMs = options.delayMs ?? 1500;
    this.retryMs = options.retryMs ?? 15_000;
  }

  get revision(): number {
    return this.state.revision;
  }

  /** A new version of the draft; saved after the debounce delay. */
  change(payload: Payload): void {
    if (this.stopped) return;
    this.pending = payload;
    if (this.state.status !== 'saving') this.update({ status: 'pending' });
    this.schedule(this.delayMs);
  }

  /** Saves whatever is waiting now (e.g. the connection came back, or the page is being left). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (this.pending === null || this.stopped) return;
    this.inFlight = this.run(this.pending).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  /**
   * Saves through another procedure than the autosave (其余全部合格 saves the draft and changes it): after the
   * save under way, with the current revision, taking the revision it answers. Its failure is handled as an
   * autosave's (a conflict stops, a dropped connection retries as an autosave); then the answer is null.
   */
  async saveVia<Answer extends Saved>(
    payload: Payload,
    save: (payload: Payload, revision: number) => Promise<Answer>,
  ): Promise<Answer | null> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (this.stopped) return null;
    let answer: Answer | null = null;
    const saving = this.run(payload, async (sent, revision) => (answer = await save(sent, revision)));
    this.inFlight = saving.finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    return answer;
  }

  /** No more saves until `resume` (submitting, or leaving the page); waits for one already under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
  }

  /** Saving again after a pause (a submission that did not go through); a conflict stays stopped. */
  resume(): void {
    if (this.state.status !== 'conflict') this.stopped = false;
  }

  private async run(payload: Payload, save = this.options.save): Promise<void> {
    this.pending = null;
    this.update({ status: 'saving', message: null });
    try {
      const saved = await save(payload, this.state.revision);
      const upToDate = this.pending === null;
      this.update({
        status: upToDate ? 'saved' : 'pending',
        revision: saved.revision,
        savedAt: saved.savedAt,
      });
      this.options.onSaved(saved.revision, upToDate);
      if (!upToDate) this.schedule(this.delayMs);
    } catch (error) {
      // A newer change made during the save supersedes this payload; otherwise this one still needs saving.
      this.pending ??= payload;
      const failure = this.options.classify(error);
      const message = this.options.describe(error);
      if (failure === 'conflict') {
        this.stopped = true;
        this.update({ status: 'conflict', message });
      } else if (failure === 'retry') {
        this.update({ status: 'offline', message });
        this.schedule(this.retryMs);
      } else {
        // The next change (the inspector correcting the value) tries again.
        this.update({ status: 'failed', message });
      }
    }
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(change: Partial<SyncState>): void {
    this.state = { ...this.state, ...change };
    this.options.onState(this.state);
  }
}
