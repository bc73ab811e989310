// The city's delivery address (推送地址) and signing secret. The address must be http(s) to a host operations
// listed (domain/hr-delivery.ts says why); the secret is written sealed (secret-box.ts), never read back: the answer
// only says one is set.
import { hrDeliveryErrors } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import { addressProblem } from '../domain/hr-delivery.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { cityManaged, cityRead } from './access.ts';
import { sealSecret } from './secret-box.ts';

export async function endpointOf(deps: PerformanceDeps, ctx: Ctx) {
  const city = await cityRead(deps, ctx);
  const row = await deps.prisma.hrEndpoint.findUnique({ where: { cityId: city.id } });
  return {
    url: row?.url ?? null,
    secretSet: row !== null,
    updatedAt: row?.updatedAt ?? null,
    updatedByName: row?.updatedByName ?? null,
    allowedHosts: deps.hrHosts,
  };
}

export async function saveEndpoint(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: { url: string; secret?: string | null },
) {
  const city = await cityManaged(deps, ctx);
  const problem = addressProblem(input.url, deps.hrHosts);
  if (problem?.code === 'urlScheme') throw hrDeliveryErrors.urlScheme();
  if (problem) throw hrDeliveryErrors.hostNotAllowed({ host: problem.host });
  const existing = await deps.prisma.hrEndpoint.findUnique({ where: { cityId: city.id } });
  const secret = input.secret ? sealSecret(deps.hrSecretKey, input.secret) : existing?.secret;
  if (!secret) throw hrDeliveryErrors.secretRequired();
  const data = { url: input.url, secret, updatedAt: deps.now(), updatedByName: ctx.actor.name };
  await deps.prisma.hrEndpoint.upsert({
    where: { cityId: city.id },
    create: { cityId: city.id, ...data },
    update: data,
  });
  return endpointOf(deps, ctx);
}
