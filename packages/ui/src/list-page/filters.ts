import { addCalendarDays, isCalendarDate, isMonthKey } from '@duda/month';
import type { OrgLevel } from '../components/DOrgTreeSelect/types.ts';

/** How a list-page filter is shown and how its value travels in the URL. Texts are i18n message keys. */
interface FilterBase<Value> {
  /** The filter's value when the URL does not name one; never written to the URL. */
  default: Value;
  /** Message key of the form item's label. */
  label?: string;
  /** Message key of the placeholder (e.g. "全部"). */
  placeholder?: string;
  /** Control width in px; the control's natural width otherwise. */
  width?: number;
  /**
   * Picks what is listed (a hall whose library is shown) rather than narrowing the list: kept on 重置, and not
   * counted as a filter when the empty state decides between "nothing yet" and "nothing matches".
   */
  scope?: boolean;
  /** The value a URL parameter stands for, or undefined when it is not a valid value (the default applies). */
  parse(raw: string): Value | undefined;
  /** The URL parameter for a value that is not the default. */
  write(value: Value): string;
}

export interface EnumFilter<Option extends string = string> extends FilterBase<Option | null> {
  kind: 'enum';
  options: readonly Option[];
  /** Message key of an option's label. */
  optionLabel(option: Option): string;
}

export interface MonthFilter extends FilterBase<string | null> {
  kind: 'month';
}

/** A week, Monday to Sunday (ISO 8601), as the `YYYY-MM-DD` of its Monday. */
export interface WeekFilter extends FilterBase<string | null> {
  kind: 'week';
  /** Message key of the picker's display format (dayjs tokens, e.g. `[Week of] YYYY-MM-DD`). */
  format?: string;
}

export interface TextFilter extends FilterBase<string | null> {
  kind: 'text';
}

/** An org unit's id (a hall, a district), picked in the tree of units the user may see. */
export interface OrgFilter extends FilterBase<string | null> {
  kind: 'org';
  levels: readonly OrgLevel[];
}

export interface BooleanFilter extends FilterBase<boolean> {
  kind: 'boolean';
  /** A checkbox carries its text beside it; a switch sits under the form item's label. */
  control: 'checkbox' | 'switch';
  /** Message key of the checkbox's text. */
  text?: string;
}

export type ListFilter = EnumFilter | MonthFilter | WeekFilter | TextFilter | OrgFilter | BooleanFilter;
export type FilterSchema = Record<string, ListFilter>;

/** The applied value of each filter, e.g. `{ month: string | null; status: PlanStatus | null }`. */
export type FilterValues<Schema extends FilterSchema> = {
  -readonly [Key in keyof Schema]: Schema[Key]['default'];
};

type Presentation = Pick<FilterBase<unknown>, 'label' | 'placeholder' | 'width' | 'scope'>;

/** One value of an `as const` list (statuses, kinds…); anything else in the URL means "all". */
export function enumFilter<const Option extends string>(
  options: readonly Option[],
  presentation: Presentation & { optionLabel(option: Option): string; default?: Option | null },
): EnumFilter<Option> {
  return {
    kind: 'enum',
    options,
    default: null,
    ...presentation,
    parse: (raw) =>
      raw === '' ? null : (options as readonly string[]).includes(raw) ? (raw as Option) : undefined,
    write: (value) => value ?? '',
  };
}

/** A month as `YYYY-MM`. */
export function monthFilter(presentation: Presentation & { default?: string | null } = {}): MonthFilter {
  return {
    kind: 'month',
    default: null,
    ...presentation,
    parse: (raw) => (raw === '' ? null : isMonthKey(raw) ? raw : undefined),
    write: (value) => value ?? '',
  };
}

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The Monday of a date's ISO week (a Sunday belongs to the week that began the Monday before). */
export const isoMondayOf = (date: string): string => addCalendarDays(date, -((weekdayOf(date) + 6) % 7));

/**
 * The ISO week a week picker chose, from the first day it returns: the locale's week start — Monday in Chinese,
 * Sunday in English, whose Sunday-to-Saturday row is mostly the ISO week starting the next day.
 */
export const pickedWeekOf = (firstDay: string): string =>
  weekdayOf(firstDay) === 0 ? addCalendarDays(firstDay, 1) : isoMondayOf(firstDay);

/** A week as the `YYYY-MM-DD` of its Monday; any day in the URL stands for its week. */
export function weekFilter(presentation: Presentation & { format?: string } = {}): WeekFilter {
  return {
    kind: 'week',
    default: null,
    ...presentation,
    parse: (raw) => (raw === '' ? null : isCalendarDate(raw) ? isoMondayOf(raw) : undefined),
    write: (value) => value ?? '',
  };
}

/** Free text, trimmed; blank means no filter. */
export function textFilter(presentation: Presentation = {}): TextFilter {
  return {
    kind: 'text',
    default: null,
    ...presentation,
    parse: (raw) => raw.trim() || null,
    write: (value) => value?.trim() ?? '',
  };
}

export function orgFilter(presentation: Presentation & { levels: readonly OrgLevel[] }): OrgFilter {
  return {
    kind: 'org',
    default: null,
    ...presentation,
    parse: (raw) => raw || null,
    write: (value) => value ?? '',
  };
}

/** A yes/no filter, `1`/`0` in the URL. */
export function booleanFilter(
  presentation: Presentation & { control?: 'checkbox' | 'switch'; text?: string; default?: boolean } = {},
): BooleanFilter {
  return {
    kind: 'boolean',
    control: 'checkbox',
    default: false,
    ...presentation,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    write: (value) => (value ? '1' : '0'),
  };
}

/** Keeps the literal types of a page's filters: `defineFilters({ status: enumFilter(PLAN_STATUSES, …) })`. */
export const defineFilters = <const Schema extends FilterSchema>(schema: Schema): Schema => schema;
