import { messageFor } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { orgErrors, orgLevelTerms, roleTerms } from './errors.ts';

const catalogs = [orgErrors.catalog, roleTerms.catalog, orgLevelTerms.catalog];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('org error catalog', () => {
  it('has the same placeholders in Chinese and English for every code', () => {
    for (const [code, text] of Object.entries(orgErrors.catalog)) {
      expect(placeholders(text.en), code).toEqual(placeholders(text['zh-CN']));
    }
  });

  it('words the login refusals in English with their numbers', () => {
    const wrong = orgErrors.wrongPassword({ remaining: 4 });
    expect(wrong.message).toBe('用户名或密码错误，再输错 4 次账号将被锁定');
    expect(messageFor(catalogs, wrong.code, wrong.params, 'en')).toBe(
      'Wrong username or password. Wrong tries left before the account is locked: 4.',
    );
    const locked = orgErrors.lockedNow({ failures: 5, minutes: 15 });
    expect(locked.message).toBe('密码连续输错 5 次，账号已锁定 15 分钟');
    expect(messageFor(catalogs, locked.code, locked.params, 'en')).toBe(
      'The password was wrong 5 times in a row. The account is locked for 15 minutes.',
    );
  });

  it('names roles and org levels in the language of the message', () => {
    const error = orgErrors.roleAtWrongLevel({
      role: roleTerms.term('hall_manager'),
      level: orgLevelTerms.term('hall'),
    });
    expect(error.message).toBe('店面经理只能分配在营业厅');
    expect(messageFor(catalogs, error.code, error.params, 'en')).toBe(
      'The role of hall manager can only be assigned at a business hall.',
    );
  });
});
