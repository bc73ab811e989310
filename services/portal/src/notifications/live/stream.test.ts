// The live stream over real HTTP against a real PostgreSQL: two service instances stand for two gateway
// replicas, each with its own LISTEN connection. A notification raised through one reaches a page whose
// stream the other serves; a reconnect with Last-Event-ID gets what it missed; no session, no stream.
import { NOTIFICATION_STREAM_PATH } from '@duda/contract-portal';
import { callerHeaders, createLogger, localServiceClient, pick } from '@duda/service-kit';
import { createServiceServer, registerRoutes } from '@duda/service-kit/server';
import { anonymous, orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../database.ts';
import { createPortalService, portalModule, type PortalService } from '../../module.ts';
import { publishFanOut } from '../fan-out.ts';
import { raiseNotifications } from '../raise.ts';

const SECRET = 'stream-test-secret';
let f: OrgFixture;
const replicas: {
  service: PortalService;
  app: Awaited<ReturnType<typeof createServiceServer>>;
  url: string;
}[] = [];

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  for (let i = 0; i < 2; i++) {
    const service = createPortalService({ pool: f.db.pool, org: localServiceClient(f.org.router) });
    const app = await createServiceServer({
      name: 'portal',
      router: service.router,
      secret: SECRET,
      logger: createLogger('test', 'silent'),
      ready: async () => true,
    });
    registerRoutes(app, portalModule.routes, service, SECRET);
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    replicas.push({ service, app, url });
  }
});
afterAll(async () => {
  for (const { app, service } of replicas) {
    await app.close();
    await service.close();
  }
  await f.close();
});

interface SseEvent {
  id?: string;
  event?: string;
  data?: unknown;
}

/** An open stream as a browser holds it: events parsed as they arrive. */
async function openStream(
  url: string,
  username: string,
  lastEventId?: string,
  via: 'header' | 'query' = 'header',
) {
  const caller = await f.contextOf(username);
  const controller = new AbortController();
  const query = lastEventId && via === 'query' ? `?lastEventId=${lastEventId}` : '';
  const response = await fetch(new URL(`${NOTIFICATION_STREAM_PATH}${query}`, url), {
    headers: {
      ...callerHeaders(pick(caller), SECRET),
      ...(lastEventId && via === 'header' ? { 'last-event-id': lastEventId } : {}),
    },
    signal: controller.signal,
  });
  const events: SseEvent[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: SseEvent = {};
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(': ');
          const value = rest.join(': ');
          if (field === 'id') event.id = value;
          if (field === 'event') event.event = value;
          if (field === 'data') event.data = JSON.parse(value);
        }
        if (event.event) events.push(event);
      }
    }
  })();
  const waitFor = async (predicate: (events: SseEvent[]) => boolean, ms = 5_000) => {
    const until = Date.now() + ms;
    while (!predicate(events)) {
      if (Date.now() > until) throw new Error(`stream: waited in vain, got ${JSON.stringify(events)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return {
    response,
    events,
    waitFor,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

const draft = (personId: string, title: string) => ({
  personId,
  kind: 'EXAM_PUBLISHED' as const,
  title,
  params: {},
  area: 'training' as const,
  link: '/training/mine',
});

describe('the live notification stream', () => {
  it('turns away a request without a signed-in caller', async () => {
    const response = await fetch(new URL(NOTIFICATION_STREAM_PATH, replicas[0]!.url), {
      headers: callerHeaders(pick(anonymous()), SECRET),
    });
    expect(response.status).toBe(401);
  });

  it('brings a notification raised through one replica to a page streaming from the other, then resumes after a drop', async () => {
    const clerkId = f.seeded.demoPeople['hubin.clerk']!.id;
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const stream = await openStream(a.url, 'hubin.clerk');
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    await stream.waitFor((events) => events.some((e) => e.event === 'unread'));

    const [first] = await raiseNotifications(b.service.notifications, crypto.randomUUID(), [
      draft(clerkId, '直播考试一'),
      draft(f.seeded.demoPeople['hubin.mgr']!.id, '直播考试一'),
    ]);
    await stream.waitFor((events) => events.some((e) => e.event === 'notification'));
    const notifications = () => stream.events.filter((e) => e.event === 'notification');
    expect(notifications()).toEqual([
      { id: first!.seq, event: 'notification', data: { notification: first, unread: 1 } },
    ]);
    await stream.close();

    // Raised while the page was away (its replica stopped): the reconnect with Last-Event-ID gets it.
    const [missed] = await raiseNotifications(b.service.notifications, crypto.randomUUID(), [
      draft(clerkId, '直播考试二'),
    ]);
    const resumed = await openStream(a.url, 'hubin.clerk', first!.seq);
    await resumed.waitFor((events) => events.some((e) => e.event === 'notification'));
    expect(resumed.events.filter((e) => e.event === 'notification').map((e) => e.data)).toEqual([
      { notification: missed, unread: 2 },
    ]);

    // Read in another tab (through the other replica): the open page's badge follows.
    // A page that gave up and opened a new EventSource names its last event in the query instead.
    const reopened = await openStream(b.url, 'hubin.clerk', first!.seq, 'query');
    await reopened.waitFor((events) => events.some((e) => e.event === 'notification'));
    expect(reopened.events.filter((e) => e.event === 'notification').map((e) => e.data)).toEqual([
      { notification: missed, unread: 2 },
    ]);
    await reopened.close();

    const clerk = b.service.router.createCaller(await f.contextOf('hubin.clerk'));
    await clerk.notifications.markAllRead();
    await resumed.waitFor(
      (events) =>
        events.at(-1)?.event === 'unread' && (events.at(-1)?.data as { unread: number }).unread === 0,
    );
    await resumed.close();
  });

  it('still sends a notification whose transaction commits after a later one’s', async () => {
    const clerkId = f.seeded.demoPeople['hubin.clerk']!.id;
    const { service, url } = replicas[0]!;
    const stream = await openStream(url, 'hubin.clerk');
    await stream.waitFor((events) => events.some((e) => e.event === 'unread'));
    const sentTitles = () =>
      stream.events
        .filter((e) => e.event === 'notification')
        .map((e) => (e.data as { notification: { title: string } }).notification.title);

    // The slow one takes the lower seq, then waits while the quick one commits.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const taken = new Promise<void>((resolve) => (inserted = resolve));
    const slow = service.prisma.$transaction(async (tx) => {
      await tx.notification.create({
        data: { ...draft(clerkId, '慢的一条'), sourceEventId: crypto.randomUUID() },
      });
      inserted();
      await gate;
      await publishFanOut(tx, { personId: clerkId });
    });
    await taken;
    await raiseNotifications(service.notifications, crypto.randomUUID(), [draft(clerkId, '快的一条')]);
    await stream.waitFor(() => sentTitles().includes('快的一条'));
    release();
    await slow;
    await stream.waitFor(() => sentTitles().includes('慢的一条'));
    expect(sentTitles()).toEqual(['快的一条', '慢的一条']);
    await stream.close();
  });
});
