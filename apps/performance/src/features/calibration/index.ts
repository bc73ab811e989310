import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 等级校准: a district's grades against the guideline, moves with a reason, the lock; the city's grading rules. */
export const calibrationFeature: Feature = {
  routes: [
    {
      path: 'calibration',
      name: 'performance.calibration',
      component: () => import('./CalibrationPage.vue'),
      meta: { permission: 'performance.calibrate', title: 'performance.calibration.title' },
    },
  ],
  menu: [
    {
      title: 'performance.calibration.menu',
      path: 'calibration',
      icon: 'DataAnalysis',
      permission: 'performance.calibrate',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
