// Filters on a form's own fields (按表单字段筛选) as SQL over the JSONB data. Equality is containment
// (`data @> {...}`), which the GIN jsonb_path_ops index on the data serves; ranges and text search are jsonpath and
// text predicates that narrow what the index and the template/unit indexes found.
import { formsSubmissionErrors, type FieldFilter, type UiField } from '@duda/contract-forms';
import { Prisma } from '../generated/prisma/client.ts';

type Scalar = string | number | boolean;

/** The containment document that says "this field has this value", by the field's kind. */
function contains(field: UiField, value: Scalar): Record<string, unknown> {
  switch (field.kind) {
    case 'person':
    case 'orgNode':
      return { [field.key]: { id: value } };
    case 'multiSelect':
      return { [field.key]: [value] };
    default:
      return { [field.key]: value };
  }
}

const containment = (doc: Record<string, unknown>) => Prisma.sql`"data" @> ${JSON.stringify(doc)}::jsonb`;

/** The value a range compares: a date range by its start. */
const rangePath = (field: UiField) => `$."${field.key}"${field.kind === 'dateRange' ? '."start"' : ''}`;

/** The text a search looks in: a person or unit by name. */
const textOf = (field: UiField) =>
  field.kind === 'person' || field.kind === 'orgNode'
    ? Prisma.sql`"data" -> ${field.key} ->> 'name'`
    : Prisma.sql`"data" ->> ${field.key}`;

function predicate(field: UiField, filter: FieldFilter): Prisma.Sql {
  const values = Array.isArray(filter.value) ? filter.value : [filter.value];
  switch (filter.op) {
    case 'eq':
      return containment(contains(field, values[0]!));
    case 'in':
      return values.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`(${Prisma.join(
            values.map((value) => containment(contains(field, value))),
            ' OR ',
          )})`;
    case 'gte':
    case 'lte': {
      // The key is a checked field key (letters, digits, underscores), so it may stand in the path literally.
      const path = `${rangePath(field)} ? (@ ${filter.op === 'gte' ? '>=' : '<='} $v)`;
      return Prisma.sql`jsonb_path_exists("data", ${path}::jsonpath, ${JSON.stringify({ v: values[0] })}::jsonb)`;
    }
    case 'contains':
      return Prisma.sql`strpos(lower(${textOf(field)}), lower(${String(values[0])})) > 0`;
  }
}

/** The SQL of the filters, each on a field the form has (refused, with its position, otherwise). */
export function fieldFilterSql(
  fields: ReadonlyMap<string, UiField>,
  filters: readonly FieldFilter[],
): Prisma.Sql[] {
  return filters.map((filter, index) => {
    const field = fields.get(filter.field);
    if (!field || field.kind === 'table') {
      throw formsSubmissionErrors.unknownFilterField({ field: filter.field }, `filters.${index}.field`);
    }
    return predicate(field, filter);
  });
}
