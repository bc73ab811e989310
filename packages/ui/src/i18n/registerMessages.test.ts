import { afterEach, describe, expect, it } from 'vitest';
import { i18n, registerMessages } from './i18n.ts';

describe('registerMessages', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it("adds a remote's messages in both languages to the shared instance", () => {
    registerMessages({
      'zh-CN': { inspection: { title: '服务检查' } },
      en: { inspection: { title: 'Service inspection' } },
    });
    expect(i18n.global.t('inspection.title')).toBe('服务检查');
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('inspection.title')).toBe('Service inspection');
  });

  it('deep-merges, keeping the design-system messages and earlier registrations', () => {
    registerMessages({ 'zh-CN': { inspection: { plan: '检查计划' } } });
    registerMessages({ 'zh-CN': { duda: { status: { escalated: '已升级' } } } });
    expect(i18n.global.t('inspection.plan')).toBe('检查计划');
    expect(i18n.global.t('duda.status.escalated')).toBe('已升级');
    expect(i18n.global.t('duda.status.overdue')).toBe('已超期');
  });
});
