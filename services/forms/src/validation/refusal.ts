// A refusal of input that only the service can judge (a template against ajv, form data against its version), in
// the shape a refused zod input has: every wrong field with its path, a catalog code and parameters. The gateway's
// error formatter words each in zh-CN or English (fieldErrors), exactly as for a procedure's own zod schema.
import { TRPCError } from '@trpc/server';
import type { WireParam } from '@duda/contract-kit';

export interface FieldRefusal {
  /** Dotted path in the procedure's input, e.g. `data.plan.2.weight`. */
  path: string;
  /** A catalog code (`forms.rules.required`, `forms.uiProblem.duplicateKey`…). */
  code: string;
  params: Readonly<Record<string, WireParam>>;
}

/** The issues a zod refusal would carry: the code as the message, parameters beside it. */
class RefusedInput extends Error {
  override name = 'RefusedInput';
  readonly issues: { code: 'custom'; path: string[]; message: string }[];
  constructor(refusals: readonly FieldRefusal[]) {
    super(refusals.map((refusal) => `${refusal.path}: ${refusal.code}`).join('; '));
    this.issues = refusals.map(({ path, code, params }) => ({
      ...params,
      code: 'custom' as const,
      path: path === '' ? [] : path.split('.'),
      message: code,
    }));
  }
}

/** Throws the refusal; nothing has been written when it is called. */
export function refuse(refusals: readonly FieldRefusal[]): never {
  throw new TRPCError({ code: 'BAD_REQUEST', message: 'Refused input', cause: new RefusedInput(refusals) });
}
