// The delivery log (推送记录): each delivery of the city's signed-off months with every attempt, newest first, and
// the manual re-send, which is a new delivery logged beside the earlier ones (HR tells them apart by its id).
import { hrDeliveryErrors, type HrDeliveryStatus } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { cityRead } from './access.ts';
import { requestDelivery } from './request.ts';

const attemptView = (attempt: {
  number: number;
  at: Date;
  url: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}) => ({
  number: attempt.number,
  at: attempt.at,
  url: attempt.url,
  statusCode: attempt.statusCode,
  durationMs: attempt.durationMs,
  error: attempt.error,
});

export async function listDeliveries(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: { page: number; pageSize: number; month?: string | null; status?: HrDeliveryStatus | null },
) {
  const city = await cityRead(deps, ctx);
  const where = {
    cityId: city.id,
    ...(input.month ? { month: input.month } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
  const [total, rows] = await Promise.all([
    deps.prisma.hrDelivery.count({ where }),
    deps.prisma.hrDelivery.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      include: { attempts: { orderBy: { number: 'desc' }, take: 1 }, _count: { select: { attempts: true } } },
    }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      month: row.month,
      trigger: row.trigger,
      status: row.status,
      requestedByName: row.requestedByName,
      createdAt: row.createdAt,
      acknowledgedAt: row.acknowledgedAt,
      attempts: row._count.attempts,
      lastAttempt: row.attempts[0] ? attemptView(row.attempts[0]) : null,
    })),
  };
}

export async function getDelivery(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const city = await cityRead(deps, ctx);
  const row = await deps.prisma.hrDelivery.findFirst({
    where: { id, cityId: city.id },
    include: { attempts: { orderBy: { number: 'asc' } } },
  });
  if (!row) throw hrDeliveryErrors.notFound();
  return {
    id: row.id,
    month: row.month,
    trigger: row.trigger,
    status: row.status,
    requestedByName: row.requestedByName,
    createdAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    results: (JSON.parse(row.body) as { results: unknown[] }).results.length,
    bytes: Buffer.byteLength(row.body),
    attempts: row.attempts.map(attemptView),
  };
}

/** 重发: a signed-off month again, as a new delivery; refused for an open month or without an address. */
export async function resendMonth(deps: PerformanceDeps, ctx: Ctx, month: string) {
  const city = await cityRead(deps, ctx);
  const id = await deps.prisma.$transaction(async (tx) => {
    const row = await tx.performanceMonth.findUnique({ where: { cityId_month: { cityId: city.id, month } } });
    if (row?.status !== 'SIGNED_OFF' || !row.signedOffAt) throw hrDeliveryErrors.notSignedOff({ month });
    return requestDelivery(tx, {
      city,
      month,
      signedOffAt: row.signedOffAt,
      trigger: 'RESEND',
      requestedByName: ctx.actor.name,
      now: deps.now(),
    });
  });
  if (!id) throw hrDeliveryErrors.noEndpoint();
  return getDelivery(deps, ctx, id);
}
