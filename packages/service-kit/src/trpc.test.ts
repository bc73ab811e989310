import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { AnyRouter } from '@trpc/server';
import superjson from 'superjson';
import type { Actor } from '@duda/authz';
import { commonErrors, defineErrors, defineFieldLabels, messageFor } from '@duda/contract-kit';
import type { MessageCatalog, WireError } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import type { CallerContext } from './context.ts';
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

const sampleErrors = defineErrors('sample', {
  vetoScored: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一票否决项{code}不能打分',
    en: 'Veto item {code} takes no points',
  },
  monthFormat: { kind: 'BAD_REQUEST', 'zh-CN': '月份格式应为 YYYY-MM', en: 'Write the month as YYYY-MM' },
});

const appRouter = router({
  score: publicProcedure
    .input(z.object({ itemId: z.string().min(1), points: z.number().int().min(0).max(10) }))
    .mutation(({ input }) => input.points),
  month: publicProcedure
    .input(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, { error: sampleErrors.monthFormat.code }) }))
    .query(({ input }) => input.month),
  veto: publicProcedure.mutation(() => {
    throw sampleErrors.vetoScored({ code: 'A07' }, 'items.3.points');
  }),
  crash: publicProcedure.query(() => {
    throw new Error('connection refused at 10.0.0.7:5432');
  }),
  duplicate: publicProcedure.mutation(() => {
    throw Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });
  }),
  plan: publicProcedure
    .input(
      z.object({ title: z.string().trim().max(8), entries: z.array(z.object({ note: z.string().min(1) })) }),
    )
    .mutation(({ input }) => input.title),
  mine: authedProcedure.query(({ ctx }) => ctx.actor.name),
  changePassword: authedProcedure.meta({ openDuringPasswordChange: true }).mutation(() => 'ok'),
});

const planLabels = defineFieldLabels('plan', {
  title: { 'zh-CN': '计划标题', en: 'Plan title' },
  'entries.*.note': { 'zh-CN': '备注', en: 'Note' },
});

const catalogs: MessageCatalog[] = [commonErrors.catalog, sampleErrors.catalog, planLabels];

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
    error?: {
      json: {
        message: string;
        code: number;
        data: Record<string, unknown> & {
          error: WireError | null;
          fieldErrors: (WireError & { path: string })[];
        };
      };
    };
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
    expect(error!.data.fieldErrors).toEqual([
      { path: 'points', message: expect.any(String), code: 'zod.too_big', params: expect.any(Object) },
    ]);
  });

  it('sends each zod issue as a code with the parameters to word it in English too', async () => {
    const { error } = await call('score', 'mutation', { itemId: 'A07', points: 12 }, context());
    const [field] = error!.data.fieldErrors;
    expect(field!.params).toMatchObject({ origin: 'number', maximum: 10, inclusive: true });
    expect(messageFor(catalogs, field!.code, field!.params, 'en')).toBe(
      'Too big: expected number to be <=10',
    );
    const summary = error!.data.error!;
    expect(messageFor(catalogs, summary.code, summary.params, 'zh-CN')).toBe(error!.message);
    expect(messageFor(catalogs, summary.code, summary.params, 'en')).toBe(
      'Invalid input: points: Too big: expected number to be <=10',
    );
  });

  it('names a labelled field by its label and its length rule in words, in both languages', async () => {
    const { status, error } = await call(
      'plan',
      'mutation',
      { title: '十二月南山区月度明查', entries: [] },
      context(),
    );
    expect(status).toBe(400);
    expect(error!.message).toBe('计划标题：最多 8 个字，请删减后再提交');
    expect(error!.data.fieldErrors).toEqual([
      {
        path: 'title',
        message: '最多 8 个字，请删减后再提交',
        code: 'common.textTooLong',
        params: { maximum: 8 },
      },
    ]);
    const summary = error!.data.error!;
    expect(messageFor(catalogs, summary.code, summary.params, 'en')).toBe(
      'Plan title: at most 8 characters; please shorten it',
    );
    const listed = await call('plan', 'mutation', { title: '', entries: [{ note: '' }] }, context());
    expect(listed.error!.message).toBe('备注：请填写');
  });

  it('words a schema whose custom error is a catalog code from the catalog', async () => {
    const { status, error } = await call('month', 'query', { month: '2026/11' }, context());
    expect(status).toBe(400);
    expect(error!.message).toBe('输入有误：month 月份格式应为 YYYY-MM');
    expect(error!.data.fieldErrors).toEqual([
      {
        path: 'month',
        message: '月份格式应为 YYYY-MM',
        code: 'sample.monthFormat',
        params: expect.any(Object),
      },
    ]);
    const summary = error!.data.error!;
    expect(messageFor(catalogs, summary.code, summary.params, 'en')).toBe(
      'Invalid input: month: Write the month as YYYY-MM',
    );
  });

  it('passes a domain error through with its code, parameters, Chinese message and field', async () => {
    const { status, error } = await call('veto', 'mutation', undefined, context());
    expect(status).toBe(400);
    expect(error!.message).toBe('一票否决项A07不能打分');
    expect(error!.data.error).toEqual({ code: 'sample.vetoScored', params: { code: 'A07' } });
    expect(error!.data.fieldErrors).toEqual([
      {
        path: 'items.3.points',
        message: '一票否决项A07不能打分',
        code: 'sample.vetoScored',
        params: { code: 'A07' },
      },
    ]);
    expect(messageFor(catalogs, 'sample.vetoScored', { code: 'A07' }, 'en')).toBe(
      'Veto item A07 takes no points',
    );
  });

  it('hides what went wrong inside and gives the request id instead', async () => {
    const { status, error } = await call('crash', 'query', undefined, context());
    expect(status).toBe(500);
    expect(error!.message).toBe('服务器开小差了，请稍后再试（请求编号 req-42）');
    expect(error!.data.error).toEqual({
      code: 'common.internalWithRequestId',
      params: { requestId: 'req-42' },
    });
    expect(JSON.stringify(error)).not.toContain('10.0.0.7');
    expect(JSON.stringify(error)).not.toContain('stack');
  });

  it('turns a unique-index clash into a conflict the user can act on', async () => {
    const { status, error } = await call('duplicate', 'mutation', undefined, context());
    expect(status).toBe(409);
    expect(error!.message).toBe('该记录已存在，请刷新后再试');
    expect(error!.data.error).toEqual({ code: 'common.duplicate', params: {} });
  });

  it('translates the errors tRPC raises itself', async () => {
    const { status, error } = await call('nowhere', 'query', undefined, context());
    expect(status).toBe(404);
    expect(error!.message).toBe('请求的内容不存在');
    expect(error!.data.error).toEqual({ code: 'common.procedureNotFound', params: {} });
  });
});

describe('who may call', () => {
  it('refuses anonymous callers of a procedure that needs a login', async () => {
    const { status, error } = await call('mine', 'query', undefined, context());
    expect(status).toBe(401);
    expect(error!.message).toBe('登录已失效，请重新登录');
    expect(error!.data.error).toEqual({ code: 'common.unauthorized', params: {} });
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
