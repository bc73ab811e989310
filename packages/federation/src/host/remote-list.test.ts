/// <reference types="node" />
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPresentation } from '../presentation.ts';
import { fetchRemoteList } from './remote-list.ts';

// The gateway's /api/remotes, answered by a local server with whatever each test sets.
let answer: { status: number; body: string };
let server: Server;

beforeEach(async () => {
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  (globalThis as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `http://127.0.0.1:${port}/`,
  );
});

afterEach(() => new Promise((resolve) => server.close(resolve)));

describe('fetchRemoteList', () => {
  it('lists the remotes the gateway serves, in its order, with how each presents itself', async () => {
    const inspection = {
      name: 'inspection',
      entry: '/remotes/inspection/mf-manifest.json',
      title: { 'zh-CN': '服务检查', en: 'Service inspection' },
      icon: 'Checked',
      order: 10,
      permission: 'inspection.read',
    };
    answer = {
      status: 200,
      body: JSON.stringify({
        remotes: [inspection, { name: 'exam', entry: 'https://exam.example/mf-manifest.json' }],
      }),
    };
    expect(await fetchRemoteList()).toEqual([
      inspection,
      { ...defaultPresentation('exam'), entry: 'https://exam.example/mf-manifest.json' },
    ]);
  });

  it('skips malformed entries rather than losing the whole portal', async () => {
    answer = {
      status: 200,
      body: JSON.stringify({
        remotes: [
          { name: 'inspection' },
          null,
          'exam',
          { name: 'ok', entry: '/remotes/ok/mf-manifest.json', title: '好', order: 'first' },
        ],
      }),
    };
    expect(await fetchRemoteList()).toEqual([
      { ...defaultPresentation('ok'), entry: '/remotes/ok/mf-manifest.json' },
    ]);
    answer = { status: 200, body: JSON.stringify({ remotes: 'inspection' }) };
    expect(await fetchRemoteList()).toEqual([]);
  });

  it('fails when the gateway cannot answer, saying which URL', async () => {
    answer = { status: 503, body: '{}' };
    await expect(fetchRemoteList()).rejects.toThrow('/api/remotes answered 503');
  });
});
