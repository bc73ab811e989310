// A short way to write the seeded templates' fields: `f.text('topic', '工作主题', 'Topic', { required: true })`.
import type { UiSchemaInput } from '@duda/contract-forms';

type FieldInput = UiSchemaInput['fields'][number];
type Extra = Partial<Omit<FieldInput, 'key' | 'kind' | 'label'>>;

export const l = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const field =
  <const K extends FieldInput['kind']>(kind: K) =>
  (key: string, zh: string, en: string, extra: Extra = {}) => ({ key, kind, label: l(zh, en), ...extra });

/** Options as `[value, 中文, English]`. */
export const options = (...list: [string, string, string][]) =>
  list.map(([value, zh, en]) => ({ value, label: l(zh, en) }));

export const f = {
  text: field('text'),
  longText: field('longText'),
  number: field('number'),
  money: field('money'),
  date: field('date'),
  time: field('time'),
  dateRange: field('dateRange'),
  select: field('select'),
  multiSelect: field('multiSelect'),
  person: field('person'),
  orgNode: field('orgNode'),
  table: field('table'),
  attachment: field('attachment'),
  signature: field('signature'),
  computed: field('computed'),
};

export const required = { required: true } as const;
export const half = { width: 'half' } as const;
