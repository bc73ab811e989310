// Filters on a form's own fields (按表单字段筛选) for one form's list: which fields can be filtered and how, and
// the filters kept in the URL as compact JSON (`?f=[…]`) so a filtered list can be bookmarked and shared.
import { fieldFilterSchema, type FieldFilter, type UiField, type UiSchema } from '@duda/contract-forms';

/** How a field is filtered: a choice among its options, a range, or a text search. */
export type FilterShape = 'choice' | 'range' | 'dateRange' | 'text';

const SHAPE_OF_KIND: Partial<Record<UiField['kind'], FilterShape>> = {
  select: 'choice',
  multiSelect: 'choice',
  number: 'range',
  money: 'range',
  computed: 'range',
  date: 'dateRange',
  dateRange: 'dateRange',
  text: 'text',
  longText: 'text',
  person: 'text',
  orgNode: 'text',
};

export interface FilterableField {
  field: UiField;
  shape: FilterShape;
}

/** The form's top-level fields a list can filter on, in form order. */
export function filterableFields(ui: UiSchema): FilterableField[] {
  return ui.fields.flatMap((field) => {
    const shape = SHAPE_OF_KIND[field.kind];
    return shape ? [{ field, shape }] : [];
  });
}

/** What the filter bar holds for one field: chosen options, or the two ends of a range, or a text. */
export type FilterInput = {
  options?: string[];
  from?: string | number | null;
  to?: string | number | null;
  text?: string;
};

/** The API's filters for what the bar holds (an empty input adds nothing). */
export function filtersOf(
  fields: readonly FilterableField[],
  inputs: Record<string, FilterInput>,
): FieldFilter[] {
  return fields.flatMap(({ field, shape }) => {
    const input = inputs[field.key];
    if (!input) return [];
    if (shape === 'choice') {
      return input.options?.length ? [{ field: field.key, op: 'in' as const, value: input.options }] : [];
    }
    if (shape === 'text') {
      const text = input.text?.trim();
      return text ? [{ field: field.key, op: 'contains' as const, value: text }] : [];
    }
    const ends: FieldFilter[] = [];
    if (input.from !== undefined && input.from !== null && input.from !== '') {
      ends.push({ field: field.key, op: 'gte', value: input.from });
    }
    if (input.to !== undefined && input.to !== null && input.to !== '') {
      ends.push({ field: field.key, op: 'lte', value: input.to });
    }
    return ends;
  });
}

/** The bar's inputs back from filters (the URL's), so a shared link shows what it filters on. */
export function inputsOf(filters: readonly FieldFilter[]): Record<string, FilterInput> {
  const inputs: Record<string, FilterInput> = {};
  for (const filter of filters) {
    const input = (inputs[filter.field] ??= {});
    if (filter.op === 'in' && Array.isArray(filter.value)) input.options = filter.value.map(String);
    else if (filter.op === 'contains') input.text = String(filter.value);
    else if (filter.op === 'gte' && !Array.isArray(filter.value))
      input.from = filter.value as string | number;
    else if (filter.op === 'lte' && !Array.isArray(filter.value)) input.to = filter.value as string | number;
  }
  return inputs;
}

export const encodeFilters = (filters: readonly FieldFilter[]): string | null =>
  filters.length > 0 ? JSON.stringify(filters) : null;

/** The URL's filters; anything that is not a list of valid filters reads as none. */
export function decodeFilters(raw: string | null | undefined): FieldFilter[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((each) => {
      const result = fieldFilterSchema.safeParse(each);
      return result.success ? [result.data] : [];
    });
  } catch {
    return [];
  }
}
