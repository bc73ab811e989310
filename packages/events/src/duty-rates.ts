// `portal.duty-rates.published`: a city's month of duty completion rates (必做完成率) per person, as the portal counts
// them (done ÷ (done + missed) over the tasks whose period ends in the month; open ones are beside the rate, not in
// it). Defined here, not in a contract package, because its reader cannot depend on the publisher's contract:
// performance scores it, while the portal already depends on performance's contract (a package cycle otherwise).
// The portal publishes the month under way every morning (`final: false`, the rates so far) and a month once it has
// closed (`final: true`, every task done or missed); a later publication of a month replaces the earlier one.
import { z } from 'zod';
import { defineEvent } from './event.ts';

const uuid = z.uuid();
const count = z.number().int().min(0);

export const dutyRatesPublishedPayload = z.object({
  cityId: uuid,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  final: z.boolean(),
  /** ISO instant of the count. */
  countedAt: z.string(),
  people: z
    .array(
      z.object({
        personId: uuid,
        personName: z.string(),
        done: count,
        missed: count,
        open: count,
        /** done ÷ (done + missed), three decimals; null while nothing is done or missed. */
        rate: z.number().min(0).max(1).nullable(),
      }),
    )
    .max(20_000),
});
export type DutyRatesPublished = z.infer<typeof dutyRatesPublishedPayload>;

export const dutyRatesPublished = defineEvent('portal.duty-rates.published', dutyRatesPublishedPayload);
