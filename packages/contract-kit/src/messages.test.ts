import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { commonErrors } from './common-errors.ts';
import { commonTerms, monthTerm } from './common-errors.ts';
import { defineErrors, defineTerms, messageFor } from './errors.ts';

import { recordingReceivedType, zodIssueParams } from './zod-issues.ts';

const errors = defineErrors('sample', {
  monthFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '月份格式应为 YYYY-MM',
    en: 'The month must be written as YYYY-MM.',
  },
});
const catalogs = [commonErrors.catalog, errors.catalog];

/** The issues zod raises for `input`, as the server's formatter sends them: code and parameters. */
function wireIssues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, {
    error: recordingReceivedType(z.locales.zhCN().localeError),
  });
  if (result.success) throw new Error('the input was valid');
  return result.error.issues.map((issue) => ({
    message: issue.message,
    code: `zod.${issue.code}`,
    params: zodIssueParams(issue),
  }));
}

describe('messageFor: zod issues in both languages', () => {
  it('renders a too-short string as zod words it, in Chinese identical to the server', () => {
    const [issue] = wireIssues(z.object({ name: z.string().min(2) }), { name: 'a' });
    expect(issue!.params).toMatchObject({ origin: 'string', minimum: 2, inclusive: true });
    expect(messageFor(catalogs, issue!.code, issue!.params, 'zh-CN')).toBe(issue!.message);
    expect(messageFor(catalogs, issue!.code, issue!.params, 'en')).toBe(
      'Too small: expected string to have >=2 characters',
    );
  });

  it('says which type it received without sending the input itself', () => {
    const [issue] = wireIssues(z.object({ points: z.number() }), { points: 'secret' });
    expect(issue!.params).toEqual({ expected: 'number', received: 'string' });
    expect(JSON.stringify(issue!.params)).not.toContain('secret');
    expect(messageFor(catalogs, issue!.code, issue!.params, 'zh-CN')).toBe(issue!.message);
    expect(messageFor(catalogs, issue!.code, issue!.params, 'en')).toBe(
      'Invalid input: expected number, received string',
    );
  });

  it('lists the allowed values of an enum and names a format', () => {
    const [choice, id] = wireIssues(z.object({ outcome: z.enum(['pass', 'fail']), id: z.uuid() }), {
      outcome: 'maybe',
      id: 'x',
    });
    expect(messageFor(catalogs, choice!.code, choice!.params, 'en')).toBe(
      'Invalid option: expected one of "pass"|"fail"',
    );
    expect(messageFor(catalogs, id!.code, id!.params, 'en')).toBe('Invalid UUID');
    expect(messageFor(catalogs, id!.code, id!.params, 'zh-CN')).toBe('无效UUID');
  });

  it('renders a schema whose custom error is a catalog code from the catalog', () => {
    const [issue] = wireIssues(
      z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, { error: errors.monthFormat.code }) }),
      {
        month: '2026/11',
      },
    );
    expect(issue!.message).toBe('sample.monthFormat');
    expect(messageFor(catalogs, issue!.message, issue!.params, 'en')).toBe(
      'The month must be written as YYYY-MM.',
    );
    expect(messageFor(catalogs, issue!.message, issue!.params, 'zh-CN')).toBe('月份格式应为 YYYY-MM');
  });
});

describe('messageFor: codes with parameters', () => {
  it('renders an error parameter first, in the same language', () => {
    const params = { path: 'month', detail: { code: errors.monthFormat.code, params: {} } };
    expect(messageFor(catalogs, commonErrors.invalidField.code, params, 'zh-CN')).toBe(
      '输入有误：month 月份格式应为 YYYY-MM',
    );
    expect(messageFor(catalogs, commonErrors.invalidField.code, params, 'en')).toBe(
      'Invalid input: month: The month must be written as YYYY-MM.',
    );
  });

  it('is null for an unknown code, also when only a parameter is unknown, so the caller shows what was sent', () => {
    expect(messageFor(catalogs, 'sample.unknown', {}, 'en')).toBeNull();
    const params = { path: 'x', detail: { code: 'other.unknown', params: {} } };
    expect(messageFor(catalogs, commonErrors.invalidField.code, params, 'en')).toBeNull();
  });
});

describe('terms', () => {
  const roles = defineTerms('sample.role', {
    clerk: { 'zh-CN': '营业员', en: 'clerk' },
  });
  const roleErrors = defineErrors('sampleRoles', {
    wrongLevel: {
      kind: 'BAD_REQUEST',
      'zh-CN': '{role}只能分配在营业厅',
      en: 'A {role} can only be assigned to a hall',
    },
  });

  it('words a term parameter in the language of the message, Chinese on the server', () => {
    const error = roleErrors.wrongLevel({ role: roles.term('clerk') });
    expect(error.message).toBe('营业员只能分配在营业厅');
    expect(messageFor([roleErrors.catalog, roles.catalog], error.code, error.params, 'en')).toBe(
      'A clerk can only be assigned to a hall',
    );
  });
});

describe('months and lists as parameters', () => {
  const archive = defineErrors('sampleArchive', {
    archived: { kind: 'PRECONDITION_FAILED', 'zh-CN': '{month}已归档。', en: '{month} is archived.' },
    blocked: {
      kind: 'PRECONDITION_FAILED',
      'zh-CN': '暂不能归档：{reasons}',
      en: 'Cannot archive yet: {reasons}',
    },
  });
  const all = [archive.catalog, commonTerms.catalog];

  it('names a month as @duda/month does, in each language', () => {
    const error = archive.archived({ month: monthTerm('2026-03') });
    expect(error.message).toBe('2026年3月已归档。');
    expect(messageFor(all, error.code, error.params, 'en')).toBe('March 2026 is archived.');
  });

  it('joins a list of reasons as sentences of the language', () => {
    const reasons = [
      archive.archived({ month: monthTerm('2026-03') }),
      archive.archived({ month: monthTerm('2026-04') }),
    ];
    const error = archive.blocked({ reasons: reasons.map(({ code, params }) => ({ code, params })) });
    expect(error.message).toBe('暂不能归档：2026年3月已归档。2026年4月已归档。');
    expect(messageFor(all, error.code, error.params, 'en')).toBe(
      'Cannot archive yet: March 2026 is archived. April 2026 is archived.',
    );
  });
});
