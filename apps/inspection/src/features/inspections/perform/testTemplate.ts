// A small checklist for the perform tests: one of each scoring mode, a veto item and a photo item.
import { passFailItem as item } from '@duda/contract-inspection/testing';
import type { InspectionTemplate } from './liveScore.ts';

export const testTemplate: InspectionTemplate = {
  id: 'tpl-1',
  name: '营业厅服务规范检查标准',
  version: 2,
  passLine: 80,
  sections: [
    {
      code: 'A',
      name: '服务礼仪',
      items: [
        item('A01', { weight: 10 }),
        item('A02', { weight: 10, scoringMode: 'POINTS', maxPoints: 5 }),
        item('A03', { weight: 0, veto: true, severity: 'CRITICAL' }),
      ],
    },
    {
      code: 'B',
      name: '环境与5S',
      items: [
        item('B01', { weight: 20, photoRequired: true }),
        item('B02', { weight: 10, allowNotApplicable: true }),
      ],
    },
  ],
};
