// Labels of the input fields a user fills in, per procedure, so bad input names the field as the form does
// ("计划标题：最多 80 个字…") instead of by its wire name ("输入有误：title 数值过大：期望 string <=80 字符").
import { commonErrors } from './common-errors.ts';
import { defineTerms } from './errors.ts';
import type { LocalizedText, MessageCatalog } from './errors.ts';
import type { WireError } from './wire.ts';
import { ZOD_CODE_PREFIX } from './zod-issues.ts';

const LABEL_PREFIX = 'field.';

/**
 * `defineFieldLabels('inspection.plans.create', { title: { 'zh-CN': '计划标题', en: 'Plan title' } })`: the labels
 * of one procedure's input, by dotted field path; `*` stands for a list position (`results.*.note`). The
 * catalog goes with the area's other catalogs (registered by its remote).
 */
export function defineFieldLabels(
  procedure: string,
  labels: Readonly<Record<string, LocalizedText>>,
): MessageCatalog {
  return defineTerms(`${LABEL_PREFIX}${procedure}`, labels).catalog;
}

/** The label of a procedure's input field as a term, or null when the contract labels none. */
export function fieldLabelOf(
  catalogs: readonly MessageCatalog[],
  procedure: string,
  path: string,
): WireError | null {
  const listless = path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
  for (const candidate of new Set([path, listless])) {
    const code = `${LABEL_PREFIX}${procedure}.${candidate}`;
    if (catalogs.some((catalog) => code in catalog)) return { code, params: {} };
  }
  return null;
}

/**
 * A labelled field's issue as users read it: a text's length rule in plain words; any other issue (a catalog
 * code, a number out of range) as it is.
 */
export function labelledDetail(issue: WireError): WireError {
  const { code, params } = issue;
  if (params.origin !== 'string') return issue;
  if (code === `${ZOD_CODE_PREFIX}too_big` && typeof params.maximum === 'number') {
    return { code: commonErrors.textTooLong.code, params: { maximum: params.maximum } };
  }
  if (code === `${ZOD_CODE_PREFIX}too_small` && typeof params.minimum === 'number') {
    return params.minimum <= 1
      ? { code: commonErrors.textRequired.code, params: {} }
      : { code: commonErrors.textTooShort.code, params: { minimum: params.minimum } };
  }
  return issue;
}
