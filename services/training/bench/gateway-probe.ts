// Loaded into the bench's gateway process (`--import`), so the bench sees the server from inside:
// - its event-loop delay, which only CPU work inside the process makes (a slow database does not block the loop):
//   on SIGUSR2 it writes the histogram since the last signal to BENCH_EVENT_LOOP_FILE and starts a new one;
// - with BENCH_PROMOTED_PROFILE_DIR, V8's sampling heap profile of what outlived the young generation (objects
//   a scavenge collected are left out, those a full collection collected are kept): on each SIGUSR2 (a phase's
//   end) written as promoted-<n>.heapprofile, for `bench/promoted-summary.ts` — what fills the old generation;
//   with BENCH_PROMOTED_PROFILE_ALL=1 the same profile of everything allocated (a scavenge's garbage too), so a
//   site's share of each tells how much of what it allocates survives;
// - every second, to BENCH_SERVER_FILE: the HTTP requests it holds (arrived, not yet answered — time a request
//   spends there is the server's), the most it held during that second, its open client connections, the
//   loop's delay p99 over that second, and the garbage collector's pauses in it (total and longest, so a loop
//   delay can be told apart as collection or as the process waiting for a core). Read from Node's own
//   diagnostics channels and performance entries, not from the gateway's code.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

const file = process.env.BENCH_EVENT_LOOP_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on('SIGUSR2', () => {
    writeFileSync(
      file,
      JSON.stringify({
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        mean: ms(histogram.mean),
      }),
    );
    histogram.reset();
  });
}

const serverFile = process.env.BENCH_SERVER_FILE;
if (serverFile) {
  let inFlight = 0;
  let mostInFlight = 0;
  let connections = 0;
  let accepted = 0;
  subscribe('http.server.request.start', (message) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    // 'close', not the finish channel: a request whose client went away is never finished but still ends here.
    (message as { response: ServerResponse }).response.once('close', () => void inFlight--);
  });
  subscribe('net.server.socket', (message) => {
    connections++;
    accepted++;
    (message as { socket: Socket }).socket.once('close', () => void connections--);
  });
  let gcMs = 0;
  let gcMax = 0;
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      gcMs += entry.duration;
      gcMax = Math.max(gcMax, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  const second = monitorEventLoopDelay({ resolution: 10 });
  second.enable();
  setInterval(() => {
    writeFileSync(
      serverFile,
      JSON.stringify({
        inFlight,
        mostInFlight,
        connections,
        accepted,
        loopP99: ms(second.percentile(99)),
        gcMs: Math.round(gcMs),
        gcMax: Math.round(gcMax),
      }),
    );
    mostInFlight = inFlight;
    gcMs = 0;
    gcMax = 0;
    second.reset();
  }, 1000).unref();
}

const promotedDir = process.env.BENCH_PROMOTED_PROFILE_DIR;
if (promotedDir) {
  const session = new Session();
  session.connect();
  const start = () =>
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 64 * 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: process.env.BENCH_PROMOTED_PROFILE_ALL === '1',
    });
  start();
  let phase = 0;
  process.on('SIGUSR2', () => {
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (!error) {
        phase += 1;
        writeFileSync(
          path.join(promotedDir, `promoted-${phase}.heapprofile`),
          JSON.stringify(result.profile),
        );
      }
      start();
    });
  });
}
