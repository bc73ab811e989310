// Incidents started from inspection's second-level queue warning (二级排队预警): what the start page reads of the
// warning, and what starting from it refuses. The warning reaches operations only as an event (queue.warning.*).
import { commonErrors, defineErrors } from '@duda/contract-kit';
import { z } from 'zod';

export const queueWarningErrors = defineErrors('operations.queueWarning', {
  warningNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '排队预警不存在或您无权查看',
    en: 'No such queue warning, or not yours to see.',
  },
  warningOtherHall: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该排队预警不属于此预案的营业厅',
    en: "The queue warning is not of this plan's hall.",
  },
  warningNotCrowding: {
    kind: 'BAD_REQUEST',
    'zh-CN': '排队预警只能启动客流拥堵预案',
    en: 'A queue warning starts the crowding plan only.',
  },
  warningNotDrill: {
    kind: 'BAD_REQUEST',
    'zh-CN': '排队预警启动的是实战处置，不是演练',
    en: 'A queue warning starts an incident, not a drill.',
  },
  warningAcknowledged: {
    kind: 'CONFLICT',
    'zh-CN': '该排队预警已处理，无需再启动应急处置',
    en: 'The queue warning has been dealt with already.',
  },
  warningStarted: {
    kind: 'CONFLICT',
    'zh-CN': '该排队预警已启动过应急处置',
    en: 'An incident was started from this queue warning already.',
  },
  warningStale: {
    kind: 'CONFLICT',
    'zh-CN': '该排队预警已超过 {hours} 小时，请按当前排队情况重新判断',
    en: 'The queue warning is more than {hours} hours old; judge by the queue now.',
  },
});

export const queueWarningInputs = {
  /** One warning for the start page: its facts and the hall's crowding plan, if it has one. */
  get: z.object({ id: z.uuid({ error: commonErrors.invalidId.code }) }),
};
