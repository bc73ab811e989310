// Demo data (推送人力): the city's HR address and secret, and the signed-off months' deliveries as history — the last
// month refused twice by HR before it acknowledged, the one before it never answered (HR's system away over a long
// holiday: every retry timed out and the job gave up, so it waits for a re-send, HR's to-do), the first acknowledged
// at once. Written as history, not queued: the demo's address is an example host, which no demo gateway lists in
// DUDA_HR_HOSTS.
import type { PerformanceDeps } from '../deps.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { HR_RETRY } from './events.ts';
import { createDelivery } from './request.ts';
import { sealSecret } from './secret-box.ts';

export const DEMO_HR_URL = 'https://hr.hz.example.cn/api/performance/results';

export async function seedHrDeliveryDemo(
  deps: PerformanceDeps,
  ctx: Ctx,
  months: readonly string[],
  now: Date,
) {
  const city = await cityOf(deps.org, ctx);
  const by = ctx.actor.name;
  await deps.prisma.hrEndpoint.create({
    data: {
      cityId: city.id,
      url: DEMO_HR_URL,
      secret: sealSecret(deps.hrSecretKey, `demo-${city.id}`),
      updatedAt: now,
      updatedByName: by,
    },
  });
  for (const [index, month] of months.entries()) {
    const last = index === months.length - 1;
    const gaveUp = !last && index === months.length - 2;
    // Given up: 1 + 14 attempts a minute, two, four … apart, the last one more than five days after the first.
    const spanMinutes = 2 ** HR_RETRY.limit;
    const start = gaveUp ? new Date(now.getTime() - (spanMinutes + 24 * 60) * 60_000) : now;
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    await deps.prisma.$transaction(async (tx) => {
      const request = {
        city,
        month,
        signedOffAt: start,
        trigger: 'SIGN_OFF' as const,
        requestedByName: by,
        now: start,
      };
      const id = (await createDelivery(tx, request))!;
      const answers: (number | null)[] = gaveUp
        ? Array<null>(1 + HR_RETRY.limit).fill(null)
        : [...Array<number>(last ? 2 : 0).fill(503), 200];
      await tx.hrDeliveryAttempt.createMany({
        data: answers.map((statusCode, attempt) => ({
          deliveryId: id,
          number: attempt + 1,
          at: at(attempt === 0 ? 0 : 2 ** (attempt - 1)),
          url: DEMO_HR_URL,
          statusCode,
          durationMs: statusCode === null ? 15_000 : 180 + 40 * attempt,
          error:
            statusCode === 200
              ? null
              : statusCode === null
                ? 'connect ETIMEDOUT (HR 系统未应答)'
                : `HTTP ${statusCode}`,
        })),
      });
      await tx.hrDelivery.update({
        where: { id },
        data: gaveUp ? { status: 'GAVE_UP' } : { status: 'ACKNOWLEDGED', acknowledgedAt: at(last ? 2 : 0) },
      });
    });
  }
}
