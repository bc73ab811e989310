// A page's live stream as the browser's EventSource keeps it: server-sent events read as they arrive, and
// when the connection drops, a new one after the server's `retry` with the last event's id (Last-Event-ID).
import type { ReplicaClient } from './client.ts';

export interface StreamEvent {
  id?: string;
  event?: string;
  data?: unknown;
}

export class LiveStream {
  readonly events: StreamEvent[] = [];
  /** For each connection, the replica nginx handed it to (its X-Upstream header). */
  readonly upstreams: string[] = [];
  private lastEventId: string | undefined;
  private retryMs = 2_000;
  private readonly abort = new AbortController();
  private readonly running: Promise<void>;

  constructor(
    private readonly client: ReplicaClient,
    private readonly path: string,
  ) {
    this.running = this.run();
  }

  private async run() {
    while (!this.abort.signal.aborted) {
      try {
        const headers: Record<string, string> = this.lastEventId ? { 'last-event-id': this.lastEventId } : {};
        const response = await this.client.fetch(this.path, { headers, signal: this.abort.signal });
        this.upstreams.push(response.headers.get('x-upstream') ?? '');
        await this.read(response.body!);
      } catch {
        // Dropped or refused: try again, as EventSource does.
      }
      if (!this.abort.signal.aborted) await new Promise((r) => setTimeout(r, this.retryMs));
    }
  }

  private async read(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        this.frame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  private frame(text: string) {
    const event: StreamEvent = {};
    for (const line of text.split('\n')) {
      const [field, ...rest] = line.split(': ');
      const value = rest.join(': ');
      if (field === 'retry') this.retryMs = Number(value);
      else if (field === 'id') event.id = this.lastEventId = value;
      else if (field === 'event') event.event = value;
      else if (field === 'data') event.data = JSON.parse(value);
    }
    if (event.event) this.events.push(event);
  }

  /** The events of one kind so far. */
  named(name: string): StreamEvent[] {
    return this.events.filter((e) => e.event === name);
  }

  async waitFor(check: () => boolean, what: string, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close() {
    this.abort.abort();
    await this.running;
  }
}
