// An inspector's autosaves as the page sends them: one after another, each a distinct change (save n writes
// "autosave n" into a note and the summary), each with the revision the last acknowledged save returned. Every
// answer is classified; an answer that is not a correct one is recorded as wrong, never retried away.
import { randomUUID } from 'node:crypto';
import type { GatewayClient, TrpcResponse } from '../../testing/http-client.ts';
import type { AutosaveWorld } from './world.ts';

export interface AutosaveTally {
  /** Saves sent. */
  saves: number;
  /** Saves answered 2xx with the next revision. */
  acknowledged: number;
  /** Saves that got no answer: the gateway was gone. */
  connectionErrors: number;
  /** Saves answered 503 common.databaseUnavailable with Retry-After. */
  unavailable: number;
  /** Saves refused because an unacknowledged earlier save had in fact been stored (checked, then resumed). */
  conflicts: number;
}

interface StoredDraft {
  draftRevision: number;
  summary: string | null;
  results: { itemCode: string; note?: string | null }[];
}

type Outcome = 'acknowledged' | 'connectionError' | 'unavailable' | 'conflict' | 'wrong';

const SAVE = 'inspection.inspections.saveDraft';
const PAUSE_AFTER_FAILURE_MS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `fetch` rejects this way (undici) when nothing answers: refused, reset, closed mid-answer. */
const isConnectionError = (error: unknown) => error instanceof TypeError && error.message === 'fetch failed';

const counterOf = (text: string | null | undefined) => {
  const match = /^autosave (\d+)$/.exec(text ?? '');
  return match ? Number(match[1]) : null;
};

export class AutosaveStream {
  readonly tally: AutosaveTally = {
    saves: 0,
    acknowledged: 0,
    connectionErrors: 0,
    unavailable: 0,
    conflicts: 0,
  };
  /** Answers that were neither right nor a connection error: the suite requires none. */
  readonly wrongAnswers: string[] = [];
  private readonly acknowledgedSaves: number[] = [];
  private readonly unacknowledgedSaves = new Set<number>();
  private next = 1;
  private revision = 0;
  private stopped = false;
  private running: Promise<void> | null = null;
  /** Why the loop ended on its own, if it did (an error that is no answer at all). */
  private failure: string | null = null;

  private constructor(
    private readonly client: GatewayClient,
    readonly inspectionId: string,
  ) {}

  /** Starts a monthly visit of the world's hall as the world's inspector, who must be signed in on `client`. */
  static async begin(client: GatewayClient, world: AutosaveWorld): Promise<AutosaveStream> {
    const started = await client.mutation<{ id: string }>('inspection.inspections.start', {
      clientKey: randomUUID(),
      hallId: world.hallId,
      kind: 'MONTHLY_VISIT',
      templateId: world.templateId,
    });
    if (!started.data) throw new Error(`start: ${JSON.stringify(started.error)}`);
    return new AutosaveStream(client, started.data.id);
  }

  /** What it has seen so far, for a test that waited in vain. */
  describe(): string {
    return JSON.stringify({ ...this.tally, wrongAnswers: this.wrongAnswers, failure: this.failure });
  }

  get lastAcknowledged(): number {
    return this.acknowledgedSaves.at(-1) ?? 0;
  }

  /** Saves until `stop()`, pausing briefly after a save that was not acknowledged; may be started again. */
  start(): void {
    this.stopped = false;
    this.running = (async () => {
      while (!this.stopped) {
        if ((await this.saveOnce()) !== 'acknowledged') await sleep(PAUSE_AFTER_FAILURE_MS);
      }
    })().catch((error: unknown) => {
      this.failure = String(error);
      throw error;
    });
  }

  /** Lets the save in flight finish, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async saveOnce(): Promise<Outcome> {
    const n = this.next++;
    this.tally.saves++;
    // Unacknowledged until a 2xx says otherwise; even then it may have reached the database.
    this.unacknowledgedSaves.add(n);
    let answer: TrpcResponse<{ revision: number }>;
    try {
      answer = await this.client.mutation<{ revision: number }>(SAVE, {
        id: this.inspectionId,
        revision: this.revision,
        results: [{ itemCode: 'A01', outcome: n % 2 ? 'PASS' : 'FAIL', note: `autosave ${n}` }],
        summary: `autosave ${n}`,
      });
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      this.tally.connectionErrors++;
      return 'connectionError';
    }
    if (answer.status === 200 && answer.data?.revision === this.revision + 1) {
      this.unacknowledgedSaves.delete(n);
      this.acknowledgedSaves.push(n);
      this.revision = answer.data.revision;
      this.tally.acknowledged++;
      return 'acknowledged';
    }
    const code = (answer.error?.data as { error?: { code?: string } } | undefined)?.error?.code;
    if (answer.status === 503 && code === 'common.databaseUnavailable' && answer.headers.get('retry-after')) {
      this.tally.unavailable++;
      return 'unavailable';
    }
    if (answer.status === 409 && code === 'inspection.draftChangedElsewhere' && (await this.resume())) {
      // Refused outright: this one was not written.
      this.unacknowledgedSaves.delete(n);
      this.tally.conflicts++;
      return 'conflict';
    }
    this.wrongAnswers.push(`save ${n}: ${answer.status} ${JSON.stringify(answer.error ?? answer.data)}`);
    return 'wrong';
  }

  /**
   * After a refusal for a stale revision: right only if what is stored is a later save this client sent and
   * never saw acknowledged (it reached the database, its answer was lost). Carries on from that revision.
   */
  private async resume(): Promise<boolean> {
    const stored = await this.stored();
    const n = counterOf(stored.summary);
    if (n === null || n <= this.lastAcknowledged || !this.unacknowledgedSaves.has(n)) return false;
    this.revision = stored.draftRevision;
    return true;
  }

  async stored(): Promise<StoredDraft> {
    const answer = await this.client.query<StoredDraft>('inspection.inspections.get', {
      id: this.inspectionId,
    });
    if (!answer.data) throw new Error(`get: ${answer.status} ${JSON.stringify(answer.error)}`);
    return answer.data;
  }

  /**
   * Reads the draft back: the acknowledged saves it does not reflect (lost), and whether it is one whole save —
   * the last acknowledged or a later unacknowledged one, its note and summary from the same save.
   */
  async audit(): Promise<{ storedSave: number | null; lost: number; whole: boolean }> {
    const stored = await this.stored();
    const n = counterOf(stored.summary);
    const note = stored.results.find((r) => r.itemCode === 'A01')?.note;
    const storedSave = n ?? 0;
    const lost = this.acknowledgedSaves.filter((acknowledged) => acknowledged > storedSave).length;
    const whole =
      n !== null &&
      note === `autosave ${n}` &&
      (n === this.lastAcknowledged || (n > this.lastAcknowledged && this.unacknowledgedSaves.has(n)));
    return { storedSave: n, lost, whole };
  }
}
