// An examinee's autosaves as the exam page sends them: one after another, each with the page's next sequence
// number and a distinct answer (save n answers slot 1 or 2 with text or a choice derived from n). Acknowledged
// saves are kept per slot for the audit; an answer that is neither an acknowledgement nor a connection error is
// recorded as wrong, never retried away.
import type { GatewayClient } from '../../testing/http-client.ts';

const SAVE = 'training.attempts.save';
const PAUSE_AFTER_FAILURE_MS = 100;

/** `fetch` rejects this way (undici) when nothing answers: refused, reset, closed mid-answer. */
const isConnectionError = (error: unknown) => error instanceof TypeError && error.message === 'fetch failed';

type Response = { type: 'SINGLE_CHOICE'; choice: string } | { type: 'FILL_IN'; blanks: string[] };

/** Save n's slot and answer. */
export function answerOf(n: number): { slot: number; response: Response } {
  return n % 2
    ? { slot: 1, response: { type: 'SINGLE_CHOICE', choice: n % 4 === 1 ? 'A' : 'B' } }
    : { slot: 2, response: { type: 'FILL_IN', blanks: [`第 ${n} 次保存`] } };
}

export class AnswerStream {
  readonly tally = { saves: 0, acknowledged: 0, connectionErrors: 0 };
  readonly wrongAnswers: string[] = [];
  /** The last acknowledged seq per slot. */
  readonly acknowledged = new Map<number, number>();
  private seq = 0;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly client: GatewayClient,
    readonly attemptId: string,
    readonly deviceId: string,
  ) {}

  describe(): string {
    return JSON.stringify({ ...this.tally, wrongAnswers: this.wrongAnswers.slice(0, 3) });
  }

  start(): void {
    this.stopped = false;
    this.running = (async () => {
      while (!this.stopped) {
        if (!(await this.saveOnce())) await new Promise((r) => setTimeout(r, PAUSE_AFTER_FAILURE_MS));
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async saveOnce(): Promise<boolean> {
    const seq = ++this.seq;
    const { slot, response } = answerOf(seq);
    this.tally.saves++;
    let answer;
    try {
      answer = await this.client.mutation<{ saved: boolean; seq: number }>(SAVE, {
        attemptId: this.attemptId,
        deviceId: this.deviceId,
        slot,
        seq,
        response,
      });
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      this.tally.connectionErrors++;
      return false;
    }
    if (answer.status === 200 && answer.data?.saved === true && answer.data.seq === seq) {
      this.acknowledged.set(slot, seq);
      this.tally.acknowledged++;
      return true;
    }
    this.wrongAnswers.push(`save ${seq}: ${answer.status} ${JSON.stringify(answer.error ?? answer.data)}`);
    return false;
  }
}
