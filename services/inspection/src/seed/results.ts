import type { ChecklistItem, ChecklistTemplateContent, ItemResult } from '@duda/contract-inspection';
import type { Random } from './random.ts';

// What inspectors typically write down, by section, so demo problems read like real ones.
const PROBLEM_NOTES: Record<string, string[]> = {
  A: [
    '营业员未使用标准服务用语，未起身迎客',
    '接待客户时未做到"首问负责"，让客户自行询问他处',
    '工作时间闲聊、玩手机，客户等候无人招呼',
  ],
  B: ['业务台面摆放杂物，宣传资料散乱', '等候区地面有水渍未及时清理', '绿植枯萎未更换，卫生间无人定时巡检'],
  C: [
    '携号转网业务未按规定核验客户身份证原件',
    '资费办理后未向客户解释套餐变更生效时间',
    '业务单据客户未签字确认',
  ],
  D: [
    '高峰时段客户平均等候超过 20 分钟，未增开台席',
    '叫号机故障，现场无人引导分流',
    '未执行预受理，客户到台后才发现资料不全',
  ],
  E: ['自助缴费终端故障超过 24 小时未报修', '自助终端无引导人员，老年客户操作困难', '自助终端屏幕有污渍'],
  F: ['消防通道堆放纸箱', '监控探头角度偏移，未覆盖现金区', '交接班未登记保险柜钥匙'],
  G: ['活动海报已过期仍在张贴', '宣传单页价格与系统资费不一致', '新品终端未按规定摆放价签'],
  R: ['班前会未点检员工仪容', '营业前设备未开机自检', '交班本未记录遗留问题'],
  S: ['等候区座椅不足，客户站立等候', '台面物品未归位'],
  T: ['高峰时段未安排引导员', '营业结束后未关闭非必要电源'],
};

/** Items customers notice most (waiting, materials) go wrong more often, which makes the short staves. */
const HARD_SECTIONS = new Set(['D', 'G', 'S']);

export interface GeneratedResults {
  results: ItemResult[];
}

/**
 * Results of one inspection of a hall whose service quality is `quality` (0–1). Veto items fail very
 * rarely; photo-required items carry the hall's photos.
 */
export function generateResults(
  template: ChecklistTemplateContent,
  quality: number,
  photoIds: string[],
  random: Random,
): ItemResult[] {
  return template.sections.flatMap((section) =>
    section.items.map((item) => resultFor(item, section.code, quality, photoIds, random)),
  );
}

function resultFor(
  item: ChecklistItem,
  sectionCode: string,
  quality: number,
  photoIds: string[],
  random: Random,
): ItemResult {
  const photos = item.photoRequired ? photoIds.slice(0, 1) : [];
  if (item.allowNotApplicable && random.chance(0.08))
    return { itemCode: item.code, outcome: 'NA', photoIds: photos };
  const risk = (1 - quality) * (HARD_SECTIONS.has(sectionCode) ? 2.6 : 1) * (item.veto ? 0.05 : 1);
  const problem = random.chance(Math.min(0.9, risk));
  const note = problem ? random.pick(PROBLEM_NOTES[sectionCode] ?? PROBLEM_NOTES.B!) : null;
  if (item.scoringMode === 'PASS_FAIL')
    return { itemCode: item.code, outcome: problem ? 'FAIL' : 'PASS', note, photoIds: photos };
  const max = item.maxPoints ?? 1;
  return { itemCode: item.code, outcome: problem ? random.int(0, max - 1) : max, note, photoIds: photos };
}
