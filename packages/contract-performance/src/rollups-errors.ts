// What `performance.rollups` refuses (季度/年度汇总); apart from rollups.ts so errors.ts can gather the catalog.
import { defineErrors } from '@duda/contract-kit';

export const rollupsErrors = defineErrors('performance.rollups', {
  notFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '该期间没有可查看的已签发考核结果',
    en: 'No signed-off results of this period that you may read.',
  },
});
