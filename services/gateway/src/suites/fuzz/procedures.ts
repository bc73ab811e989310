// Every procedure of the composed router with its kind and input schemas, read from the router itself, so a
// procedure added to any area is fuzzed without a test written for it.
import type { AnyRouter } from '@trpc/server';
import type { Transport } from './hostile.ts';
import { formShapeOf, type FormShape } from './multipart.ts';

export interface FuzzedProcedure {
  path: string;
  kind: Transport;
  /** The zod schemas of its `.input()` calls (tRPC merges several); none for a procedure without input. */
  inputs: readonly unknown[];
  /** The multipart form it reads instead of JSON (a photo upload), if it does. */
  form: FormShape | null;
}

export function proceduresOf(appRouter: AnyRouter): FuzzedProcedure[] {
  const procedures = appRouter._def.procedures as Record<
    string,
    { _def: { type: string; inputs: unknown[] } }
  >;
  return Object.entries(procedures).map(([path, procedure]) => {
    const kind = procedure._def.type;
    if (kind !== 'query' && kind !== 'mutation') throw new Error(`${path}: cannot fuzz a ${kind}`);
    const { inputs } = procedure._def;
    const form = kind === 'mutation' && inputs.length === 1 ? formShapeOf(inputs[0]) : null;
    return { path, kind, inputs, form };
  });
}
