// Everything wrong with a form's data right now, one message per value path: the contract's form rules (worded by
// the area's catalog, with the field's label) and the template's JSON Schema (worded here by keyword). The
// service runs the same two checks and stays the authority.
import {
  formRuleIssues,
  type FormRuleIssue,
  type JsonSchema,
  type UiLeaf,
  type UiSchema,
} from '@duda/contract-forms';
import { leafAt, preparedValues, type Locale } from './fieldModel.ts';
import { schemaProblems, type FieldProblem } from './schemaProblems.ts';

export interface ProblemWords {
  /** A form-rule refusal in the current language (the contract's catalog). */
  rule(issue: FormRuleIssue): string;
  /** A JSON Schema problem of a field, in the current language. */
  schema(problem: FieldProblem, label: string): string;
}

/** Path → message, the first problem of each path; the form rules first, since they name the field. */
export function formProblems(
  ui: UiSchema,
  dataSchema: JsonSchema,
  values: Record<string, unknown>,
  locale: Locale,
  words: ProblemWords,
): Record<string, string> {
  const prepared = preparedValues(ui, values);
  const messages: Record<string, string> = {};
  for (const issue of formRuleIssues(ui, prepared)) messages[issue.path] ??= words.rule(issue);
  for (const problem of schemaProblems(dataSchema, prepared)) {
    const leaf: UiLeaf | null = leafAt(ui, problem.path);
    messages[problem.path] ??= words.schema(problem, leaf ? leaf.label[locale] : problem.path);
  }
  return messages;
}

/** The messages to show: of the fields the user has been in, or all of them once they tried to submit. */
export function shownProblems(
  problems: Record<string, string>,
  touched: ReadonlySet<string>,
  all: boolean,
): Record<string, string> {
  if (all) return problems;
  return Object.fromEntries(Object.entries(problems).filter(([path]) => touched.has(path.split('.')[0]!)));
}
