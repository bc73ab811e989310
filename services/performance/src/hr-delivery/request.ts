// A delivery of a signed-off month is requested in the transaction that signs it off (or re-sends it): the body is
// built then, once, from the month's scorecards, stored, and its event recorded with it, so every retry sends the
// very bytes that were signed and a refused sign-off sends nothing.
import { randomUUID } from 'node:crypto';
import type { HrDeliveryTrigger, HrPayload } from '@duda/contract-performance';
import { recordEvent } from '@duda/events';
import { hrResultOf } from '../domain/hr-delivery.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { hrDeliveryRequested } from './events.ts';

export interface DeliveryRequest {
  city: { id: string; name: string };
  month: string;
  signedOffAt: Date;
  trigger: HrDeliveryTrigger;
  requestedByName: string;
  now: Date;
}

/** Builds and stores a delivery's body; null when the city has no address (nothing is sent then; the page says so). */
export async function createDelivery(tx: Prisma.TransactionClient, request: DeliveryRequest) {
  if (!(await tx.hrEndpoint.findUnique({ where: { cityId: request.city.id } }))) return null;
  const cards = await tx.scorecard.findMany({
    where: { cityId: request.city.id, month: request.month },
    include: { lines: { orderBy: { position: 'asc' } }, adjustments: { orderBy: { createdAt: 'asc' } } },
    orderBy: [{ districtName: 'asc' }, { hallName: 'asc' }, { staffNo: 'asc' }],
  });
  const id = randomUUID();
  const payload: HrPayload = {
    deliveryId: id,
    cityId: request.city.id,
    cityName: request.city.name,
    month: request.month,
    signedOffAt: request.signedOffAt.toISOString(),
    results: cards.map(hrResultOf),
  };
  await tx.hrDelivery.create({
    data: {
      id,
      cityId: request.city.id,
      month: request.month,
      trigger: request.trigger,
      body: JSON.stringify(payload),
      requestedByName: request.requestedByName,
      createdAt: request.now,
    },
  });
  return id;
}

/** A delivery stored and handed to the job (its event in the same transaction). */
export async function requestDelivery(tx: Prisma.TransactionClient, request: DeliveryRequest) {
  const id = await createDelivery(tx, request);
  if (id) await recordEvent(tx, hrDeliveryRequested, { deliveryId: id });
  return id;
}
