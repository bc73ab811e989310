// Demo data (推送人力): the city's HR address and secret, and the signed-off months' deliveries as history — the last
// month refused twice by HR before it acknowledged, the others acknowledged at once. Written as history, not queued:
// the demo's address is an example host, which no demo gateway lists in DUDA_HR_HOSTS.
import type { PerformanceDeps } from '../deps.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
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
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
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
    const refusals = index === months.length - 1 ? 2 : 0;
    await deps.prisma.$transaction(async (tx) => {
      const request = {
        city,
        month,
        signedOffAt: now,
        trigger: 'SIGN_OFF' as const,
        requestedByName: by,
        now,
      };
      const id = (await createDelivery(tx, request))!;
      const answers = [...Array<number>(refusals).fill(503), 200];
      await tx.hrDeliveryAttempt.createMany({
        data: answers.map((statusCode, attempt) => ({
          deliveryId: id,
          number: attempt + 1,
          at: at(attempt === 0 ? 0 : 2 ** (attempt - 1)),
          url: DEMO_HR_URL,
          statusCode,
          durationMs: 180 + 40 * attempt,
          error: statusCode === 200 ? null : `HTTP ${statusCode}`,
        })),
      });
      await tx.hrDelivery.update({
        where: { id },
        data: { status: 'ACKNOWLEDGED', acknowledgedAt: at(2 ** Math.max(0, refusals - 1)) },
      });
    });
  }
}
