// Texts of the quarter and year roll-ups (季度/年度汇总), under `performance.rollups`.
import { yearsShown } from './periods.ts';

const years = (word: (year: string) => string) =>
  Object.fromEntries(yearsShown().map((year) => [year, word(year)]));

export const zhCN = {
  rollups: {
    menu: '季度/年度汇总',
    title: '季度与年度绩效汇总',
    description:
      '按规则汇总已签发月份的考核结果：季度或年度得分为该期间已签发且本人有考核表的各月最终得分的平均值，未参加考核的月份不计入（不按 0 分计），按本市等级分数线定级。',
    filters: { year: '年度', period: '期间', unit: '单位', all: '全部', search: '姓名或工号' },
    years: years((year) => `${year}年`),
    period: { Q1: '第一季度', Q2: '第二季度', Q3: '第三季度', Q4: '第四季度', YEAR: '全年' },
    columns: {
      staffNo: '工号',
      personName: '姓名',
      role: '岗位',
      districtName: '区县',
      hallName: '营业厅',
      months: '计入月数',
      score: '汇总得分',
      grade: '等级',
    },
    counted: '已签发月份：{months}',
    noneCounted: '本期间还没有已签发的月份',
    drawer: {
      title: '{name} · {year}年{period}',
      score: '汇总得分',
      grade: '等级',
      months: '计入的月份',
      month: '月份',
      final: '最终得分',
      monthGrade: '当月等级',
      rule: '汇总规则',
      ruleText:
        '{count} 个已签发月份的最终得分平均值（保留两位小数）；本人没有考核表的月份不计入，也不按 0 分计。',
      bands: '等级分数线：优秀 ≥ {excellent}，良好 ≥ {good}，合格 ≥ {pass}，其余为不合格。',
      openMonth: '查看该月考核表',
    },
    empty: {
      none: '本期间还没有可汇总的考核结果',
      noneHint:
        '月度考核由市公司签发后才计入季度和年度汇总。请先在“月度绩效”中完成评价、校准锁定并签发，或选择更早的季度。',
      filtered: '没有符合条件的人员',
      filteredHint: '换一个单位或清空姓名/工号后再查询。',
    },
  },
};

export const en: typeof zhCN = {
  rollups: {
    menu: 'Quarter / year',
    title: 'Quarterly and annual roll-ups',
    description:
      'Signed-off months rolled up by the stated rule: a quarter or a year scores the mean of the final scores of its signed-off months in which the person had a scorecard (a month without one is left out, not counted as 0), graded by the city’s bands.',
    filters: { year: 'Year', period: 'Period', unit: 'Unit', all: 'All', search: 'Name or staff ID' },
    years: years((year) => year),
    period: { Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', Q4: 'Q4', YEAR: 'Whole year' },
    columns: {
      staffNo: 'Staff ID',
      personName: 'Name',
      role: 'Role',
      districtName: 'District',
      hallName: 'Hall',
      months: 'Months counted',
      score: 'Score',
      grade: 'Grade',
    },
    counted: 'Signed-off months: {months}',
    noneCounted: 'No month of this period is signed off yet',
    drawer: {
      title: '{name} · {period} {year}',
      score: 'Score',
      grade: 'Grade',
      months: 'Months counted',
      month: 'Month',
      final: 'Final score',
      monthGrade: 'Grade that month',
      rule: 'Rule',
      ruleText:
        'The mean of the final scores of {count} signed-off months (two decimals); a month without a scorecard is left out, not counted as 0.',
      bands: 'Bands: excellent ≥ {excellent}, good ≥ {good}, pass ≥ {pass}, fail below.',
      openMonth: 'Open that month’s scorecard',
    },
    empty: {
      none: 'Nothing to roll up in this period yet',
      noneHint:
        'A month counts once the city signs it off. Finish the assessments, lock calibration and sign the month off under Monthly performance, or pick an earlier quarter.',
      filtered: 'Nobody matches',
      filteredHint: 'Pick another unit or clear the name / staff ID, then search again.',
    },
  },
};
