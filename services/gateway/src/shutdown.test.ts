// Stopping a gateway replica: what it holds when it is told to stop. A request in flight is answered and its
// connection closed behind it, and a live notification stream is ended at once (the browser reconnects
// through the balancer to another replica), so the drain finishes instead of waiting on either.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

/** The portal's live stream of notifications (@duda/contract-portal), one of the services' HTTP routes. */
const NOTIFICATION_STREAM_PATH = '/api/portal/notifications/stream';

describe('a gateway told to stop', () => {
  let gateway: TestGateway | undefined;
  afterEach(async () => {
    await gateway?.close().catch(() => undefined);
    gateway = undefined;
  });

  it('ends an open live stream and finishes closing, instead of waiting on the stream for ever', async () => {
    gateway = await startTestGateway({ seed: 'small' });
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
  }, 120_000);

  it('answers the request it holds and closes that connection, not waiting for it to time out idle', async () => {
    gateway = await startTestGateway({ seed: 'small' });
    // A sign-in (the password check takes a while) on a connection the client would keep alive.
    const person = gateway.client();
    const token = ((await (await person.fetch('/api/csrf-token')).json()) as { token: string }).token;
    const body = JSON.stringify({ json: { username: 'hubin.mgr', password: 'Duda2026' } });
    const { port } = new URL(gateway.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    const ended = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      [
        'POST /trpc/auth.login HTTP/1.1',
        'Host: 127.0.0.1',
        'Connection: keep-alive',
        `Cookie: duda_csrf=${person.cookie('duda_csrf')}`,
        `x-csrf-token: ${token}`,
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body,
      ].join('\r\n'),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closed = gateway.app.close().then(() => 'closed');
    const waited = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000));
    expect(await Promise.race([closed, waited])).toBe('closed');
    await ended;
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received.split('\r\n\r\n')[0]).toMatch(/^connection: close$/im);
  }, 120_000);
});
