import type { AddressInfo } from 'node:net';
import { createTRPCUntypedClient, httpLink, TRPCClientError } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineErrors } from '@duda/contract-kit';
import type { CallerContext, ForwardedCaller } from './context.ts';
import { callerHeaders, forwardingRouter, verifyCaller } from './forwarding.ts';
import { createLogger } from './logger.ts';
import { procedureManifest } from './procedures.ts';
import { remoteServiceClient } from './service-client.ts';
import { createServiceServer } from './server/index.ts';
import { authedProcedure, createCallerFactory, router } from './trpc.ts';
import { z } from './zod.ts';

const SECRET = 'shared-by-gateway-and-service';
const caller: ForwardedCaller = {
  requestId: 'req-7',
  actor: {
    personId: 'p-9',
    name: '刘海涛',
    staffNo: 'HZ00011',
    homeOrgNodeId: 'district-sc',
    roles: [
      {
        role: 'district_supervisor',
        orgNodeId: 'district-sc',
        orgNodeName: '上城区分公司',
        orgLevel: 'district',
        subtree: ['district-sc'],
      },
    ],
  },
  sessionId: 's-1',
  passwordChangeRequired: false,
  ip: '10.1.2.3',
  userAgent: 'vitest',
};

describe('signed caller headers', () => {
  it('carry the caller to a service that knows the secret', () => {
    expect(verifyCaller(callerHeaders(caller, SECRET), SECRET)).toEqual(caller);
  });

  it('are refused when missing, signed with another secret or changed on the way', () => {
    const headers = callerHeaders(caller, SECRET);
    expect(verifyCaller({}, SECRET)).toBeNull();
    expect(verifyCaller(headers, 'another-secret')).toBeNull();
    const forged = callerHeaders({ ...caller, actor: { ...caller.actor!, name: '冒名者' } }, 'guess');
    expect(verifyCaller({ ...headers, 'x-duda-caller': forged['x-duda-caller'] }, SECRET)).toBeNull();
  });
});

const planErrors = defineErrors('plans', {
  notSubmitted: {
    kind: 'BAD_REQUEST',
    'zh-CN': '计划 {planId} 还没有提交，不能审批',
    en: 'Plan {planId} has not been submitted and cannot be approved',
  },
});

// A service router as a domain team writes it, mounted under `plans` as the gateway mounts it.
const plansRouter = router({
  whoAmI: authedProcedure.query(({ ctx }) => `${ctx.actor.name}@${ctx.ip}`),
  approve: authedProcedure.input(z.object({ planId: z.string().uuid() })).mutation(({ input }) => {
    throw planErrors.notSubmitted({ planId: input.planId }, 'planId');
  }),
  note: authedProcedure
    .input(z.object({ text: z.string() }))
    .mutation(({ ctx, input }) => `${ctx.actor.name}: ${input.text}`),
});

describe('a service in its own process, behind the gateway', () => {
  let service: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    service = await createServiceServer({
      name: 'plans',
      router: router({ plans: plansRouter }),
      secret: SECRET,
      logger: createLogger('plans-test', 'silent'),
      ready: async () => true,
    });
    await service.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}/trpc`;
  });

  afterAll(() => service.close());

  const gatewayCaller = () => {
    const forwarded = forwardingRouter<typeof plansRouter>(procedureManifest(plansRouter), {
      url,
      secret: SECRET,
      prefix: 'plans',
    });
    const context: CallerContext = { ...caller, log: createLogger('gateway-test', 'silent') };
    return createCallerFactory(router({ plans: forwarded }))(context);
  };

  it('receives the gateway’s caller with every forwarded call', async () => {
    expect(await gatewayCaller().plans.whoAmI()).toBe('刘海涛@10.1.2.3');
  });

  it('sends its errors back unchanged: code, Chinese message, error code with parameters and field', async () => {
    const planId = '6f1c1a52-3c1e-4a54-9a55-2f0d1c2b3a4d';
    const failure = await gatewayCaller()
      .plans.approve({ planId })
      .catch((error: unknown) => error as { code: string; message: string; cause: unknown });
    expect(failure).toMatchObject({ code: 'BAD_REQUEST', message: `计划 ${planId} 还没有提交，不能审批` });
    expect(failure.cause).toMatchObject({
      data: {
        error: { code: 'plans.notSubmitted', params: { planId } },
        fieldErrors: [{ path: 'planId', code: 'plans.notSubmitted' }],
      },
    });
  });

  it('takes another service’s write (a mutation) over HTTP on behalf of the caller', async () => {
    const client = remoteServiceClient({ url, secret: SECRET, prefix: 'plans' });
    const context: CallerContext = { ...caller, log: createLogger('caller-test', 'silent') };
    expect(await client.mutate!(context, 'note', { text: '已面谈' })).toBe('刘海涛: 已面谈');
  });

  it('validates input in the service itself', async () => {
    const failure = await gatewayCaller()
      .plans.approve({ planId: 'not-a-uuid' })
      .catch((error: unknown) => error as { code: string; message: string });
    expect(failure).toMatchObject({ code: 'BAD_REQUEST' });
    expect(failure.message).toMatch(/^输入有误：planId/);
  });

  it('turns away anyone who calls the service directly, without the gateway’s signature', async () => {
    const direct = createTRPCUntypedClient({ links: [httpLink({ url, transformer: superjson })] });
    const failure = await direct.query('plans.whoAmI').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect((failure as TRPCClientError<never>).meta?.response).toMatchObject({ status: 401 });
  });
});
