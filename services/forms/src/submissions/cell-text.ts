// A form value as one spreadsheet cell reads it (导出): numbers stay numbers, a choice shows its label, a person
// or unit their name, a date range both ends, a file its name.
import type { UiLeaf } from '@duda/contract-forms';

type Cell = string | number;

const optionLabel = (leaf: UiLeaf, value: unknown) =>
  leaf.options?.find((option) => option.value === value)?.label['zh-CN'] ?? String(value);

const named = (value: unknown) =>
  typeof value === 'object' && value !== null && 'name' in value
    ? String((value as { name: unknown }).name)
    : '';

export function cellText(leaf: UiLeaf, value: unknown): Cell {
  if (value === undefined || value === null) return '';
  switch (leaf.kind) {
    case 'number':
    case 'money':
    case 'computed':
      return typeof value === 'number' ? value : '';
    case 'select':
      return optionLabel(leaf, value);
    case 'multiSelect':
      return Array.isArray(value) ? value.map((each) => optionLabel(leaf, each)).join('、') : '';
    case 'dateRange': {
      const { start, end } = value as { start?: string; end?: string };
      return `${start ?? ''} 至 ${end ?? ''}`;
    }
    case 'person':
    case 'orgNode':
    case 'signature':
      return named(value);
    case 'attachment':
      return Array.isArray(value) ? value.map(named).join('、') : '';
    case 'table':
      return Array.isArray(value) ? `${value.length} 行` : '';
    default:
      return String(value);
  }
}
