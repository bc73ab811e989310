// One attempt of a delivery: post the stored body, signed with the city's current secret, to its current address;
// log the attempt (time, status code, duration, error) and move the delivery on. An attempt that HR did not
// acknowledge throws, so pg-boss retries it; an acknowledged or given-up delivery is left alone if it comes again.
import { HR_DELIVERY_HEADER, HR_SIGNATURE_HEADER } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import { acknowledged, addressProblem, signatureOf, statusAfter } from '../domain/hr-delivery.ts';
import { openSecret } from './secret-box.ts';

/** HR's answer is awaited this long; a slower one counts as no answer and is retried. */
const TIMEOUT_MS = 15_000;

export class HrNotAcknowledged extends Error {}

interface Answer {
  url: string;
  statusCode: number | null;
  error: string | null;
}

async function post(
  deps: PerformanceDeps,
  cityId: string,
  deliveryId: string,
  body: string,
): Promise<Answer> {
  const endpoint = await deps.prisma.hrEndpoint.findUnique({ where: { cityId } });
  if (!endpoint) return { url: '', statusCode: null, error: 'no delivery address is set' };
  // Checked again at each attempt: operations may have taken the host off the list since it was saved.
  const problem = addressProblem(endpoint.url, deps.hrHosts);
  if (problem) return { url: endpoint.url, statusCode: null, error: `address refused: ${problem.code}` };
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [HR_SIGNATURE_HEADER]: signatureOf(openSecret(deps.hrSecretKey, endpoint.secret), body),
        [HR_DELIVERY_HEADER]: deliveryId,
      },
    });
    await response.body?.cancel();
    return {
      url: endpoint.url,
      statusCode: response.status,
      error: acknowledged(response.status) ? null : `HTTP ${response.status}`,
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { url: endpoint.url, statusCode: null, error: cause ?? (error as Error).message };
  }
}

export async function attemptDelivery(
  deps: PerformanceDeps,
  deliveryId: string,
  attempt: number,
  retries: number,
) {
  const delivery = await deps.prisma.hrDelivery.findUnique({ where: { id: deliveryId } });
  if (!delivery || delivery.status !== 'PENDING') return;
  const at = deps.now();
  const started = performance.now();
  const answer = await post(deps, delivery.cityId, delivery.id, delivery.body);
  const durationMs = Math.round(performance.now() - started);
  const status = statusAfter(attempt, retries, answer.statusCode);
  await deps.prisma.$transaction([
    deps.prisma.hrDeliveryAttempt.create({
      data: { deliveryId, number: attempt, at, durationMs, ...answer },
    }),
    deps.prisma.hrDelivery.update({
      where: { id: deliveryId },
      data: { status, acknowledgedAt: status === 'ACKNOWLEDGED' ? deps.now() : null },
    }),
  ]);
  if (status === 'PENDING')
    throw new HrNotAcknowledged(`HR did not acknowledge delivery ${deliveryId}: ${answer.error}`);
}
