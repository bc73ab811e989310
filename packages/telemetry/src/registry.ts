import { Registry } from 'prom-client';

/**
 * The one Prometheus registry of this process: what `/metrics` on the metrics port answers. The platform's
 * own metrics are named `duda_…`; the standard process metrics (CPU, memory, event-loop lag, GC) are added
 * when the metrics port is opened, so a process without it pays nothing for them.
 */
export const registry = new Registry();
