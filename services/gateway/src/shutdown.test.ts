// Stopping a gateway replica: what it holds when it is told to stop. A live notification stream is ended at
// once (the browser reconnects through the balancer to another replica), so the drain finishes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

/** The portal's live stream of notifications (@duda/contract-portal), one of the services' HTTP routes. */
const NOTIFICATION_STREAM_PATH = '/api/portal/notifications/stream';

describe('a gateway told to stop', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ seed: 'small' });
  }, 120_000);
  afterAll(() => gateway?.close());

  it('ends an open live stream and finishes closing, instead of waiting on the stream for ever', async () => {
    const person = gateway.client();
    await person.login('hubin.mgr');
    const stream = await person.fetch(NOTIFICATION_STREAM_PATH);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('retry:');

    const closed = gateway.app.close().then(() => 'closed');
    const waited = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000));
    expect(await Promise.race([closed, waited])).toBe('closed');
    // What is left of the stream ends: the browser's EventSource reconnects elsewhere.
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
  });
});
