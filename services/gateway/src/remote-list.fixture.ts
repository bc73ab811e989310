// A stand-in for the web Service in tests: a real HTTP server sending the files of a folder laid out as the web
// image's (infra/docker/Dockerfile: the shell's index.html at the root, remotes/index.json, each remote under
// remotes/<name>/), which can be told to fail as a restarting pod would, or be stopped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface WebServiceStandIn {
  url: string;
  /** Writes (or replaces) a file the server sends. */
  write(file: string, content: string): void;
  /** Removes a file or folder. */
  remove(file: string): void;
  /** Answers every request with this status instead of the file, while set. */
  failWith: number | null;
  /** The paths asked for, in order. */
  requests: string[];
  /** Stops answering (connections refused), as when no pod is ready. */
  stop(): Promise<void>;
}

export async function startWebService(): Promise<WebServiceStandIn> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'duda-web-service-'));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://web');
    standIn.requests.push(url.pathname);
    if (standIn.failWith !== null) {
      response.writeHead(standIn.failWith).end();
      return;
    }
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    let body: Buffer;
    try {
      if (!file.startsWith(root + path.sep)) throw new Error('outside the folder');
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html' : 'application/json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const standIn: WebServiceStandIn = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    write(file, content) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    },
    remove(file) {
      rmSync(path.join(root, file), { recursive: true, force: true });
    },
    failWith: null,
    requests: [],
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
  return standIn;
}
