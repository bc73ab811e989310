// A record of one area that another area cites to a person as the evidence behind their own figure (the inspection
// and the rectification order behind a clerk's deduction on her scorecard). The citing area signs a grant for that
// person and that record with the services' shared secret; the owning area lets exactly that person read exactly
// that record with it, whatever their role's scope says — and nothing else of the hall.
import { createHmac, timingSafeEqual } from 'node:crypto';

const sign = (secret: string, record: string, personId: string) =>
  createHmac('sha256', secret).update(`evidence-grant\n${record}\n${personId}`).digest('base64url');

/** `record` names the area's record, e.g. `inspection.rectification:<id>`. */
export const evidenceGrant = (secret: string, record: string, personId: string): string =>
  sign(secret, record, personId);

export function evidenceGrantValid(
  secret: string,
  record: string,
  personId: string,
  grant: string | null | undefined,
): boolean {
  if (!grant) return false;
  const expected = Buffer.from(sign(secret, record, personId));
  const given = Buffer.from(grant);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
