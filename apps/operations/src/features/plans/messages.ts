// Texts of the contingency plan pages (应急预案), under `operations.plans`; kinds and roles come from the contract.
import { PLAN_KIND_LABELS, STEP_ROLE_LABELS } from '@duda/contract-operations';

const words = (labels: Record<string, { 'zh-CN': string; en: string }>, locale: 'zh-CN' | 'en') =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label[locale]]));

export const zhCN = {
  plans: {
    menu: '应急预案',
    title: '应急预案',
    description: '各营业厅依据市公司模板制定的应急预案：启动条件、处置步骤与责任岗位、联系人',
    filters: { kind: '类型', all: '全部' },
    columns: {
      orgName: '营业厅',
      kind: '类型',
      title: '预案名称',
      escalateAt: '上报区县级别',
      steps: '步骤数',
    },
    kind: words(PLAN_KIND_LABELS, 'zh-CN'),
    role: words(STEP_ROLE_LABELS, 'zh-CN'),
    detail: {
      activation: '启动条件',
      steps: '处置步骤',
      contacts: '联系人',
      template: '依据模板第 {revision} 版',
      newer: '市公司已发布模板第 {revision} 版，本厅预案未改动，可对照后更新为新版',
      level: '达到“{level}”时上报区县',
    },
    start: { incident: '启动应急处置', drill: '按演练模式启动', level: '事件级别', done: '已启动' },
    empty: {
      filtered: '没有符合条件的预案',
      filteredHint: '可以调整筛选条件后重新查询',
      none: '还没有应急预案',
      noneHint: '店面经理在上方“市公司模板”中点击“采用”，即可建立本厅预案',
    },
  },
};

export const en: typeof zhCN = {
  plans: {
    menu: 'Contingency plans',
    title: 'Contingency plans',
    description:
      "Each hall's plans adapted from the city's templates: when they start, the steps and who does each, whom to call",
    filters: { kind: 'Kind', all: 'All' },
    columns: {
      orgName: 'Hall',
      kind: 'Kind',
      title: 'Plan',
      escalateAt: 'District told from',
      steps: 'Steps',
    },
    kind: words(PLAN_KIND_LABELS, 'en'),
    role: words(STEP_ROLE_LABELS, 'en'),
    detail: {
      activation: 'Starts when',
      steps: 'Steps',
      contacts: 'Contacts',
      template: 'From template revision {revision}',
      newer:
        "The city published revision {revision} of the template; this hall's plan is unchanged — compare, then update it if you wish",
      level: 'The district is told from "{level}"',
    },
    start: { incident: 'Start an incident', drill: 'Start as a drill', level: 'Level', done: 'Started' },
    empty: {
      filtered: 'No plans match',
      filteredHint: 'Change the filters and search again',
      none: 'No contingency plans yet',
      noneHint: "The hall manager adopts one of the city's templates above to create the hall's plan",
    },
  },
};
