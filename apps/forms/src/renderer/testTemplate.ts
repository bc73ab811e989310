// A small template for the renderer's and designer's tests: part of 表1 (plan rows whose weights sum to 100) and
// 表10 (a leave range whose days are computed, a sick note shown only for sick leave).
import { dataSchemaOf, uiSchemaSchema } from '@duda/contract-forms';

const l = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const testUi = uiSchemaSchema.parse({
  format: 1,
  title: l('请假审批单', 'Leave request'),
  sections: [
    { key: 'leave', title: l('请假信息', 'Leave') },
    { key: 'plan', title: l('工作交接', 'Hand-over') },
  ],
  fields: [
    { key: 'reason', kind: 'text', label: l('请假事由', 'Reason'), required: true, maxLength: 20 },
    {
      key: 'kind',
      kind: 'select',
      label: l('请假类型', 'Kind'),
      required: true,
      options: [
        { value: 'sick', label: l('病假', 'Sick') },
        { value: 'annual', label: l('年假', 'Annual') },
      ],
    },
    { key: 'period', kind: 'dateRange', label: l('请假时间', 'Period'), required: true },
    {
      key: 'days',
      kind: 'computed',
      label: l('请假天数', 'Days'),
      compute: { days: 'period' },
      precision: 0,
    },
    {
      key: 'proof',
      kind: 'attachment',
      label: l('病假证明', 'Sick note'),
      visibleWhen: { field: 'kind', equals: 'sick' },
      requiredWhen: { field: 'kind', equals: 'sick' },
    },
    {
      key: 'handover',
      kind: 'table',
      section: 'plan',
      label: l('工作计划', 'Plan'),
      columns: [
        { key: 'topic', kind: 'text', label: l('工作主题', 'Topic'), required: true },
        { key: 'weight', kind: 'number', label: l('权重', 'Weight'), precision: 0, max: 100 },
      ],
    },
  ],
  checks: [{ kind: 'sumEquals', field: 'handover', column: 'weight', value: 100 }],
});

export const testDataSchema = dataSchemaOf(testUi);
