// One LISTEN connection per channel and process: a NOTIFY sent by any process (in the transaction of the change
// it announces) reaches every process, which is how in-memory caches and live streams stay right with several
// replicas. A lost connection is opened again after a pause; what was sent meanwhile is lost, so `reconnected`
// runs once it listens again and the owner catches up (or forgets what it kept). The connection is the
// listener's own, opened with the pool's settings but outside it: held for the process's life, it would
// otherwise take one of the pool's connections away for good (a pool of two, with two listeners, ran nothing).
import pg from 'pg';

export interface ChannelHandlers {
  message(payload: string): void;
  /** Listening again after a lost connection: anything may have been missed. */
  reconnected?(): void;
  /** The connection was lost (or could not be opened); it is retried by itself. */
  lost?(err: unknown): void;
}

export interface ChannelListener {
  /** False until the first LISTEN and while a lost connection is being opened again. */
  readonly listening: boolean;
  /** Resolves once it listens (at once when it does): what is sent from then on is heard. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function listenTo(
  pool: pg.Pool,
  channel: string,
  handlers: ChannelHandlers,
  reconnectMs = 1_000,
): ChannelListener {
  let client: pg.Client | null = null;
  let closed = false;
  let everListened = false;
  let opening: Promise<void> | null = null;
  let waiters: (() => void)[] = [];
  const release = () => {
    waiters.forEach((resolve) => resolve());
    waiters = [];
  };

  function lost(err: unknown) {
    if (closed) return;
    handlers.lost?.(err);
    setTimeout(connect, reconnectMs).unref();
  }

  /** Only the connection in use reports a loss; an old one ending later changes nothing. */
  function dropped(which: pg.Client, err: unknown) {
    if (client !== which) return;
    client = null;
    void which.end().catch(() => undefined);
    lost(err);
  }

  async function open() {
    const next = new pg.Client(pool.options);
    next.on('error', (err) => dropped(next, err));
    next.on('end', () => dropped(next, new Error('the LISTEN connection ended')));
    next.on('notification', (note) => {
      if (note.channel === channel) handlers.message(note.payload ?? '');
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) return next.end();
    client = next;
    release();
    if (everListened) handlers.reconnected?.();
    everListened = true;
  }

  function connect() {
    if (closed || client || opening) return;
    opening = open()
      .catch(lost)
      .finally(() => (opening = null));
  }

  connect();
  return {
    get listening() {
      return client !== null;
    },
    ready: () =>
      client || closed ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    async close() {
      closed = true;
      await opening;
      const last = client;
      client = null;
      await last?.end().catch(() => undefined);
      release();
    },
  };
}
