// What `performance.loop` refuses (闭环看板); apart from loop.ts so errors.ts can gather the catalog.
import { defineErrors } from '@duda/contract-kit';

export const loopErrors = defineErrors('performance.loop', {
  readDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '闭环看板仅供督导和店面经理查看',
    en: 'The closed-loop board is for supervisors and hall managers.',
  },
});
