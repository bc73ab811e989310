import { BUSINESS_LINES, QUESTION_TYPES } from '@duda/contract-training';
import { booleanFilter, defineFilters, enumFilter, textFilter } from '@duda/ui';

const text = (key: string) => `training.bank.${key}`;
const DIFFICULTY_OPTIONS = ['1', '2', '3', '4', '5'] as const;

/** The bank list's filters, kept in the URL; the knowledge point is picked in the tree beside the list. */
export const bankFilters = defineFilters({
  search: textFilter({ label: text('filters.search'), width: 200 }),
  type: enumFilter(QUESTION_TYPES, {
    label: text('filters.type'),
    placeholder: text('filters.any'),
    width: 130,
    optionLabel: (type) => text(`questionType.${type}`),
  }),
  difficulty: enumFilter(DIFFICULTY_OPTIONS, {
    label: text('filters.difficulty'),
    placeholder: text('filters.any'),
    width: 110,
    optionLabel: (level) => text(`difficulty.${level}`),
  }),
  businessLine: enumFilter(BUSINESS_LINES, {
    label: text('filters.businessLine'),
    placeholder: text('filters.any'),
    width: 130,
    optionLabel: (line) => text(`businessLine.${line}`),
  }),
  tag: textFilter({ label: text('filters.tag'), width: 120 }),
  knowledgePointId: textFilter({ scope: true }),
  retired: booleanFilter({ text: text('filters.retired') }),
});

type Applied = { [K in keyof typeof bankFilters]: (typeof bankFilters)[K]['default'] };

/** The list's filters as the service takes them (the difficulty travels as a number). */
export const bankFilterInput = (filters: Applied) => ({
  ...filters,
  difficulty: filters.difficulty ? Number(filters.difficulty) : null,
});
