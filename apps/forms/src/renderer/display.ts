// How a stored value reads on a detail page, in a list cell or on paper: one line of text per value (a table,
// a file and a signature are drawn by their components instead).
import type { UiLeaf } from '@duda/contract-forms';
import type { Locale } from './fieldModel.ts';

const MONEY = { 'zh-CN': 'zh-CN', en: 'en-US' } as const;

const isPicked = (value: unknown): value is { name: string } =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';

/** The value as text in the language; '' when there is nothing to show. */
export function displayText(leaf: UiLeaf, value: unknown, locale: Locale): string {
  if (value === undefined || value === null || value === '') return '';
  const optionLabel = (key: unknown) =>
    leaf.options?.find((option) => option.value === key)?.label[locale] ?? String(key);
  switch (leaf.kind) {
    case 'money':
      return typeof value === 'number'
        ? new Intl.NumberFormat(MONEY[locale], { style: 'currency', currency: 'CNY' }).format(value)
        : '';
    case 'dateRange': {
      const { start, end } = value as { start?: string; end?: string };
      return start && end ? `${start} ${locale === 'en' ? 'to' : '至'} ${end}` : '';
    }
    case 'select':
      return optionLabel(value);
    case 'multiSelect':
      return Array.isArray(value) ? value.map(optionLabel).join(locale === 'en' ? ', ' : '、') : '';
    case 'person':
    case 'orgNode':
    case 'signature':
      return isPicked(value) ? value.name : '';
    case 'attachment':
      return Array.isArray(value)
        ? value
            .filter(isPicked)
            .map((file) => file.name)
            .join(', ')
        : '';
    case 'table':
      return '';
    default:
      return typeof value === 'object' ? '' : String(value);
  }
}

/** A file's size as people read it (KB below a megabyte). */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
