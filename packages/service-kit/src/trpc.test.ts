import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { AnyRouter } from '@trpc/server';
import superjson from 'superjson';
import type { Actor } from '@duda/authz';
import { describe, expect, it } from 'vitest';
import type { CallerContext } from './context.ts';
import { badRequest } from './errors.ts';
import { createLogger } from './logger.ts';
import { authedProcedure, publicProcedure, router } from './trpc.ts';
import { z } from './zod.ts';

const hallManager: Actor = {
  personId: 'p-1',
  name: '李娜',
  staffNo: 'HZ00101',
  homeOrgNodeId: 'hall-hubin',
  roles: [
    {
      role: 'hall_manager',
      orgNodeId: 'hall-hubin',
      orgNodeName: '湖滨营业厅',
      orgLevel: 'hall',
      subtree: ['hall-hubin'],
    },
  ],
};

const appRouter = router({
  score: publicProcedure
    .input(z.object({ itemId: z.string().min(1), points: z.number().int().min(0).max(10) }))
    .mutation(({ input }) => input.points),
  veto: publicProcedure.mutation(() => {
    throw badRequest('一票否决项不能打分', 'items.3.points');
  }),
  crash: publicProcedure.query(() => {
    throw new Error('connection refused at 10.0.0.7:5432');
  }),
  duplicate: publicProcedure.mutation(() => {
    throw Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });
  }),
  mine: authedProcedure.query(({ ctx }) => ctx.actor.name),
  changePassword: authedProcedure.meta({ openDuringPasswordChange: true }).mutation(() => 'ok'),
});

function context(overrides: Partial<CallerContext> = {}): CallerContext {
  return {
    requestId: 'req-42',
    actor: null,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '127.0.0.1',
    userAgent: 'vitest',
    log: createLogger('test', 'silent'),
    ...overrides,
  };
}

/** One call through tRPC's own HTTP handling, the way a browser's request is served. */
async function call(
  path: string,
  type: 'query' | 'mutation',
  input: unknown,
  ctx: CallerContext,
  routerUnderTest: AnyRouter = appRouter,
) {
  const body = JSON.stringify(superjson.serialize(input));
  const url =
    type === 'query'
      ? `http://local/trpc/${path}?input=${encodeURIComponent(body)}`
      : `http://local/trpc/${path}`;
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    router: routerUnderTest,
    req: new Request(
      url,
      type === 'mutation' ? { method: 'POST', body, headers: { 'content-type': 'application/json' } } : {},
    ),
    createContext: () => ctx,
  });
  const json = (await response.json()) as {
    error?: { json: { message: string; code: number; data: Record<string, unknown> } };
    result?: { data: { json: unknown } };
  };
  return { status: response.status, error: json.error?.json, data: json.result?.data.json };
}

describe('errors as the user sees them', () => {
  it('names the wrong field in Chinese for invalid input', async () => {
    const { status, error } = await call('score', 'mutation', { itemId: 'A07', points: 12 }, context());
    expect(status).toBe(400);
    expect(error!.message).toMatch(/^输入有误：points /);
    expect(error!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error!.data).toMatchObject({ code: 'BAD_REQUEST', requestId: 'req-42' });
    expect(error!.data.fieldErrors).toEqual([{ path: 'points', message: expect.any(String) }]);
  });

  it('passes a domain error through with its message and field', async () => {
    const { status, error } = await call('veto', 'mutation', undefined, context());
    expect(status).toBe(400);
    expect(error!.message).toBe('一票否决项不能打分');
    expect(error!.data.fieldErrors).toEqual([{ path: 'items.3.points', message: '一票否决项不能打分' }]);
  });

  it('hides what went wrong inside and gives the request id instead', async () => {
    const { status, error } = await call('crash', 'query', undefined, context());
    expect(status).toBe(500);
    expect(error!.message).toBe('服务器开小差了，请稍后再试（请求编号 req-42）');
    expect(JSON.stringify(error)).not.toContain('10.0.0.7');
    expect(JSON.stringify(error)).not.toContain('stack');
  });

  it('turns a unique-index clash into a conflict the user can act on', async () => {
    const { status, error } = await call('duplicate', 'mutation', undefined, context());
    expect(status).toBe(409);
    expect(error!.message).toBe('该记录已存在，请刷新后再试');
  });

  it('translates the errors tRPC raises itself', async () => {
    const { status, error } = await call('nowhere', 'query', undefined, context());
    expect(status).toBe(404);
    expect(error!.message).toBe('请求的内容不存在');
  });
});

describe('who may call', () => {
  it('refuses anonymous callers of a procedure that needs a login', async () => {
    const { status, error } = await call('mine', 'query', undefined, context());
    expect(status).toBe(401);
    expect(error!.message).toBe('登录已失效，请重新登录');
  });

  it('lets a logged-in person through', async () => {
    const { data } = await call('mine', 'query', undefined, context({ actor: hallManager }));
    expect(data).toBe('李娜');
  });

  it('opens only the password change to someone who must change their password first', async () => {
    const ctx = context({ actor: hallManager, passwordChangeRequired: true });
    const blocked = await call('mine', 'query', undefined, ctx);
    expect(blocked.status).toBe(412);
    expect(blocked.error!.message).toBe('首次登录或密码重置后，请先修改密码');
    expect((await call('changePassword', 'mutation', undefined, ctx)).data).toBe('ok');
  });
});
