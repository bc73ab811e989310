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
    const paused = orgErrors.loginPaused({ minutes: 15 });
    expect(paused.message).toMatch(/^登录失败次数过多，此账号在新设备上的登录已暂停，请 15 分钟后再试/);
    expect(messageFor(catalogs, paused.code, paused.params, 'en')).toMatch(
      /^Too many failed logins\. Signing in to this account from new devices is paused; try again in 15 minutes\./,
    );
    const device = orgErrors.devicePaused({ minutes: 3 });
    expect(messageFor(catalogs, device.code, device.params, 'en')).toBe(
      'Too many failed logins on this device. Try again in 3 minutes.',
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
