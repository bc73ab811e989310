// One LISTEN connection per channel and process: a NOTIFY sent by any process (in the transaction of the change
// it announces) reaches every process, which is how in-memory caches and live streams stay right with several
// replicas. A lost connection is opened again after a pause; what was sent meanwhile is lost, so `reconnected`
// runs once it listens again and the owner catches up (or forgets what it kept).
import type pg from 'pg';

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
  let client: pg.PoolClient | null = null;
  let closed = false;
  let everListened = false;
  let opening: Promise<void> | null = null;
  let waiters: (() => void)[] = [];
  const release = () => {
    waiters.forEach((resolve) => resolve());
    waiters = [];
  };

  function lost(err: unknown) {
    client?.release(true);
    client = null;
    if (closed) return;
    handlers.lost?.(err);
    setTimeout(connect, reconnectMs).unref();
  }

  async function open() {
    const next = await pool.connect();
    next.on('notification', (note) => {
      if (note.channel === channel) handlers.message(note.payload ?? '');
    });
    next.on('error', lost);
    await next.query(`LISTEN ${quoteIdent(channel)}`);
    if (closed) return next.release();
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
      client?.release();
      client = null;
      release();
    },
  };
}
