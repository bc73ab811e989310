// The demo library's KPIs of the sources read from training, forms and the portal (docs/domain.md's 业务能力 and
// 服务质量: skill tests, required reading, complaints; the supervision duties): in 指标库 for the city supervisor
// to put in next month's scheme. The demo's schemes leave them out, so the months the browser stories walk keep
// their scores.
import type { PerformanceDeps } from '../deps.ts';
import { createKpi } from '../library/kpis.ts';
import type { Ctx } from '../ports/org-directory.ts';

const SOURCE_KPIS = [
  {
    name: '技能测试准确率',
    definition: '当月业务办理技能测试中无差错完成的比例',
    unit: '%',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 60 },
    source: 'SKILL_TEST',
  },
  {
    name: '必读未读',
    definition: '当月到期未读完的必读条数，每条扣 2 分',
    unit: '条',
    direction: 'LOWER',
    target: 0,
    rule: { kind: 'DEDUCTION', perUnit: 2, cap: 10 },
    source: 'UNREAD_READING',
  },
  {
    name: '有效投诉',
    definition: '营业员：当月认定本人负有责任的投诉件数；店面经理：本厅当月受理的投诉件数。每件扣 5 分',
    unit: '件',
    direction: 'LOWER',
    target: 0,
    rule: { kind: 'DEDUCTION', perUnit: 5, cap: 20 },
    source: 'COMPLAINTS',
  },
  {
    name: '必做完成率',
    definition: '当月到期的每日、每周、每月必做中按时完成的比例',
    unit: '%',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 70 },
    source: 'DUTY_COMPLETION_RATE',
  },
] as const;

export async function seedSourceKpis(deps: PerformanceDeps, ctx: Ctx) {
  for (const kpi of SOURCE_KPIS) await createKpi(deps, ctx, structuredClone(kpi) as never);
}
