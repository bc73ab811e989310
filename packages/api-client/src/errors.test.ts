import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orgErrors } from '@duda/contract-org';
import { createApiClient } from './client.ts';
import { registerErrorCatalogs } from './error-catalogs.ts';
import { errorCodeOf, fieldErrorsOf, httpStatusOf, isClientError, toUserMessage } from './errors.ts';
import {
  browseTo,
  hallManagerAccount,
  startTestGateway,
  testApiClient,
  testGatewayCatalogs,
} from './testing/index.ts';
import type { TestGateway } from './testing/index.ts';

// Every failure here is a real answer from a server whose procedures use @duda/service-kit, so the shapes
// are those the gateway sends: superjson envelopes, zod issues as fieldErrors, error codes, the rate limiter.
// The portal registered the org catalog (the shell does) and that of the stand-in's own failures.
registerErrorCatalogs(...testGatewayCatalogs);
let gateway: TestGateway;
const api = () => testApiClient();
const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => expect.unreachable('the call succeeded'),
    (error: unknown) => error,
  );

async function loggedIn() {
  const client = api();
  await client.auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' });
  return client;
}

beforeEach(async () => {
  gateway = await startTestGateway({ accounts: [hallManagerAccount()] });
  browseTo(`${gateway.origin}/`);
  document.documentElement.lang = 'zh-CN';
});

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'onLine');
  await gateway.close();
});

describe('toUserMessage: answers the gateway put into words itself', () => {
  it('shows a wrong password as the org service says it', async () => {
    const error = await failureOf(api().auth.login.mutate({ username: 'hubin.mgr', password: 'nope' }));
    expect(toUserMessage(error)).toBe('用户名或密码错误');
    expect(errorCodeOf(error)).toBe('UNAUTHORIZED');
    expect(httpStatusOf(error)).toBe(401);
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe('Wrong username or password.');
  });

  it('shows the pause after five wrong passwords', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await failureOf(api().auth.login.mutate({ username: 'hubin.mgr', password: 'nope' }));
    }
    const error = await failureOf(api().auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' }));
    expect(toUserMessage(error)).toMatch(/^登录失败次数过多，此账号在新设备上的登录已暂停，请 15 分钟后再试/);
    expect(errorCodeOf(error)).toBe('TOO_MANY_REQUESTS');
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe(
      'Too many failed logins. Signing in to this account from new devices is paused; try again in 15 minutes. Devices that have signed in to it before can still sign in.',
    );
  });

  it('turns zod input errors into a sentence plus one message per field path', async () => {
    const client = await loggedIn();
    const error = await failureOf(
      client.failures.validate.mutate({
        hallId: 'not-a-uuid',
        results: { A07: { outcome: 'maybe' as 'pass' } },
      }),
    );
    expect(toUserMessage(error)).toBe('输入有误：hallId 营业厅编号格式不正确');
    expect(fieldErrorsOf(error)).toEqual({
      hallId: '营业厅编号格式不正确',
      'results.A07.outcome': expect.any(String),
    });
    expect(fieldErrorsOf(error)['results.A07.outcome']).toMatch(/[\u4e00-\u9fff]/);
    expect(errorCodeOf(error)).toBe('BAD_REQUEST');
  });

  it('words zod input errors in English, by the catalog for a custom code and by zod for the rest', async () => {
    const client = await loggedIn();
    const error = await failureOf(
      client.failures.validate.mutate({
        hallId: 'not-a-uuid',
        results: { A07: { outcome: 'maybe' as 'pass' } },
      }),
    );
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe('Invalid input: hallId: The hall ID is not valid.');
    expect(fieldErrorsOf(error)).toEqual({
      hallId: 'The hall ID is not valid.',
      'results.A07.outcome': 'Invalid option: expected one of "pass"|"fail"',
    });
  });

  it('words a missing password in English from the org catalog', async () => {
    const error = await failureOf(api().auth.login.mutate({ username: 'hubin.mgr', password: '' }));
    expect(fieldErrorsOf(error)).toEqual({ password: '请输入密码' });
    document.documentElement.lang = 'en';
    expect(fieldErrorsOf(error)).toEqual({ password: 'Enter your password.' });
  });

  it('puts a domain error about one field on that field', async () => {
    const client = await loggedIn();
    const error = await failureOf(
      client.org.account.changePassword.mutate({ currentPassword: 'wrong', newPassword: 'Better2027' }),
    );
    expect(toUserMessage(error)).toBe('当前密码不正确');
    expect(fieldErrorsOf(error)).toEqual({ currentPassword: '当前密码不正确' });
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe('The current password is not correct.');
    expect(fieldErrorsOf(error)).toEqual({ currentPassword: 'The current password is not correct.' });
  });

  it('uses the domain messages of NOT_FOUND and CONFLICT', async () => {
    const client = await loggedIn();
    const missing = await failureOf(client.failures.notFound.query());
    const taken = await failureOf(client.failures.conflict.mutate());
    expect([toUserMessage(missing), httpStatusOf(missing)]).toEqual(['要找的记录不存在或已被删除', 404]);
    expect([toUserMessage(taken), httpStatusOf(taken)]).toEqual(['该检查已提交，不能再修改', 409]);
    expect(fieldErrorsOf(taken)).toEqual({});
    document.documentElement.lang = 'en';
    expect(toUserMessage(missing)).toBe('The record does not exist or has been deleted.');
    expect(toUserMessage(taken)).toBe('This inspection has been submitted and can no longer be changed.');
  });

  it('shows the Chinese message sent when the portal does not know the code', async () => {
    const client = await loggedIn();
    const error = await failureOf(client.failures.unregistered.mutate());
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe('新规则不允许这样做');
  });

  it('hides a crash behind a generic message with the request id for support', async () => {
    const client = await loggedIn();
    const error = await failureOf(client.failures.crash.query());
    expect(toUserMessage(error)).toBe('服务器开小差了，请稍后再试（请求编号 test-request）');
    expect(toUserMessage(error)).not.toContain('database');
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe(
      'Something went wrong on the server. Please try again later (request ID test-request).',
    );
  });
});

describe('toUserMessage: failures the client words itself', () => {
  it('says how long to wait when the login rate limiter answers 429, in the portal language', async () => {
    gateway.limitLogins(0, 37);
    const error = await failureOf(api().auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' }));
    expect(toUserMessage(error)).toBe('操作过于频繁，请 37 秒后再试');
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe('Too many requests. Please try again in 37 seconds.');
    expect(httpStatusOf(error)).toBe(429);
    expect(errorCodeOf(error)).toBeNull();
  });

  it('says the server is unavailable when a proxy answers with an HTML error page', async () => {
    const behindProxy = createApiClient({ url: '/behind-proxy/trpc' });
    const error = await failureOf(behindProxy.org.me.query());
    expect(toUserMessage(error)).toBe('服务暂时不可用，请稍后再试');
    expect(isClientError(error)).toBe(false);
  });

  it('says the server cannot be reached when nothing answers', async () => {
    await gateway.close();
    const error = await failureOf(api().org.me.query());
    expect(toUserMessage(error)).toBe('无法连接服务器，请检查网络后重试');
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe('Cannot reach the server. Check your network and try again.');
  });

  it('says the device is offline before anything else', async () => {
    const error = await failureOf(api().org.me.query());
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    expect(toUserMessage(error)).toBe('网络已断开，请连接网络后重试');
  });

  it('words an error a contract rule raised in the page itself, as the server would', () => {
    const error = orgErrors.passwordTooShort({ minimum: 8 }, 'newPassword');
    expect(toUserMessage(error)).toBe('密码至少需要 8 位');
    document.documentElement.lang = 'en';
    expect(toUserMessage(error)).toBe('The password needs at least 8 characters.');
  });

  it('gives a general sentence for errors that are not from a call at all', () => {
    expect(toUserMessage(new Error('undefined is not a function'))).toBe('操作未能完成，请稍后再试');
    expect(toUserMessage('boom')).toBe('操作未能完成，请稍后再试');
    expect([errorCodeOf('boom'), httpStatusOf('boom'), isClientError('boom')]).toEqual([null, null, false]);
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});

describe('isClientError', () => {
  it('is true for answers asking again will not change (4xx), false for server failures', async () => {
    const client = await loggedIn();
    expect(isClientError(await failureOf(client.failures.notFound.query()))).toBe(true);
    expect(isClientError(await failureOf(client.failures.crash.query()))).toBe(false);
  });
});
