// What is sent to one procedure in one round: valid-shaped inputs, hostile ones, forms for a procedure that
// reads one, and raw texts, each with how it is sent and to whom.
import fc from 'fast-check';
import type { GatewayClient } from '../../testing/http-client.ts';
import { withHostile } from './hostile.ts';
import { idsFor } from './known-ids.ts';
import { hostileForm, toFormData, validForm, type FormSpec } from './multipart.ts';
import type { FuzzedProcedure } from './procedures.ts';
import { RAW_ENVELOPES, send, sendForm, sendText, toWire, type Answer } from './wire.ts';
import { arbitraryOf } from './zod-arbitrary.ts';

/** Calls in all, however many procedures there are: a minute or so on a busy 2-core machine. */
export const CALL_BUDGET = 2_000;

const within = (value: number, least: number, most: number) =>
  Math.min(most, Math.max(least, Math.floor(value)));

/**
 * Per procedure and round: valid-shaped inputs (in the second round each sent as every signed-in caller,
 * since what a handler does depends on who asks), hostile ones and raw texts, sent in turn as the next
 * caller. The first round also creates rows whose ids the second round uses. With more procedures, fewer
 * of each (29 per procedure for 60 procedures, 16 for 120, 10 from 200 on).
 */
export function roundsFor(procedures: number, signedIn: number) {
  const perProcedure = CALL_BUDGET / procedures;
  const valid = within(perProcedure / 8, 1, 3);
  const hostile = within(perProcedure - valid * (1 + signedIn) - 2, 3, 12);
  return [
    { valid, asEveryone: false, hostile: 0, envelopes: 0 },
    { valid, asEveryone: true, hostile, envelopes: 2 },
  ];
}
export type Round = ReturnType<typeof roundsFor>[number];

export interface Call {
  /** The input in words, for a finding. */
  input: string;
  /** Sent as every signed-in caller, or as the next caller in turn. */
  asEveryone: boolean;
  send(client: GatewayClient): Promise<Answer>;
}

/** A value in words, cut to a readable length. */
export const short = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
};

export function callsFor(
  procedure: FuzzedProcedure,
  byTable: ReadonlyMap<string, readonly string[]>,
  round: Round,
  seed: number,
): Call[] {
  const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number) =>
    numRuns ? fc.sample(arbitrary, { seed, numRuns }) : [];
  const ids = (field: readonly string[]) => idsFor(byTable, procedure.path, field);
  const parts = procedure.inputs.map((schema) => arbitraryOf(schema, { ids }));
  // Several `.input()` calls are merged by tRPC into one object.
  const valid =
    parts.length === 0
      ? fc.constant(undefined)
      : parts.length === 1
        ? parts[0]!
        : fc.tuple(...parts).map((values) => Object.assign({}, ...values));
  const json = (input: unknown, asEveryone: boolean): Call => ({
    input: short(toWire(input)),
    asEveryone,
    send: (client) => send(client, procedure.kind, procedure.path, input),
  });
  const form = (spec: FormSpec, asEveryone: boolean): Call => ({
    input: `form ${short(spec)}`,
    asEveryone,
    send: (client) => sendForm(client, procedure.path, toFormData(spec)),
  });
  const formIds = (field: string) => ids([field]);
  const shape = procedure.form;
  return [
    ...sample(valid, round.valid).map((input) => json(input, round.asEveryone)),
    ...sample(withHostile(valid, procedure.kind), round.hostile).map((input) => json(input, false)),
    ...(shape
      ? sample(validForm(shape, formIds), round.valid).map((spec) => form(spec, round.asEveryone))
      : []),
    ...(shape ? sample(hostileForm(shape, formIds), round.hostile).map((spec) => form(spec, false)) : []),
    // The same texts for every procedure, so each procedure gets a few of them in turn.
    ...Array.from({ length: round.envelopes }, (_, n): Call => {
      const text = RAW_ENVELOPES[(seed + n) % RAW_ENVELOPES.length]!;
      return {
        input: `raw ${text}`,
        asEveryone: false,
        send: (client) => sendText(client, procedure.kind, procedure.path, text),
      };
    }),
  ];
}
