// What the Hall operations service refuses, as codes with parameters; the portal words them in zh-CN or English.
import { defineErrors } from '@duda/contract-kit';

export const operationsErrors = defineErrors('operations', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位登记',
    en: 'You may not add entries for this org unit.',
  },
  titleRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写标题', en: 'Enter a title.' },
});

/** What a page registers so this area's refusals read in the portal language. */
export const operationsCatalogs = [operationsErrors.catalog];
