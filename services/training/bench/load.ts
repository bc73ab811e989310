// Open-loop load as many independent browsers make it: requests leave on a fixed schedule whatever the answers
// before them took, so a slow server shows as latency rather than as fewer requests. Latencies in milliseconds.
import { performance } from 'node:perf_hooks';

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => (sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! : NaN);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

export interface DriveResult {
  latencies: number[];
  failures: string[];
  /** Seconds from the first request leaving to the last answer arriving. */
  seconds: number;
  /** Requests the schedule held back because too many were unanswered (the server fell behind). */
  heldBack: number;
}

/** Where `drive` reports each request as it leaves and as it ends (timeline.ts). */
export interface DriveObserver {
  sent(): void;
  answered(latency: number): void;
  failed(failure: string): void;
  heldBack(): void;
}

/** Above this many unanswered requests the server has fallen behind for good; the schedule stops adding more. */
const MAX_IN_FLIGHT = 4_000;

/**
 * Sends `rate` requests a second for `seconds`; `send(n)` makes request n and resolves to null when its answer
 * is right, or to what was wrong.
 */
export async function drive(
  rate: number,
  seconds: number,
  send: (n: number) => Promise<string | null>,
  observer?: DriveObserver,
): Promise<DriveResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const failures: string[] = [];
  const pending = new Set<Promise<void>>();
  let heldBack = 0;
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; sent < due; sent++) {
      if (pending.size >= MAX_IN_FLIGHT) {
        heldBack++;
        observer?.heldBack();
        continue;
      }
      const n = sent;
      const leftAt = performance.now();
      observer?.sent();
      const failed = (failure: string) => {
        failures.push(failure);
        observer?.failed(failure);
      };
      const request = send(n).then(
        (wrong) => {
          if (wrong) return failed(wrong);
          const latency = performance.now() - leftAt;
          latencies.push(latency);
          observer?.answered(latency);
        },
        (error: unknown) => failed(String(error)),
      );
      pending.add(request);
      void request.finally(() => pending.delete(request));
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(pending);
  return { latencies, failures, seconds: (performance.now() - started) / 1000, heldBack };
}
