// 重复题: when an imported question is one the bank (or the same file) already holds. Two questions are the same when
// they are of one type, on one knowledge point, and their stems read the same after the fill-in normalisation
// (normaliseBlank: Unicode NFKC — full-width letters, digits and punctuation as half-width — spaces trimmed and
// collapsed, case ignored), so a re-typed or re-exported sheet is caught however its spaces and widths differ.
import type { QuestionType } from '@duda/contract-training';
import { normaliseBlank } from './grading.ts';

export interface QuestionIdentityOf {
  type: QuestionType | string;
  knowledgePointId: string;
  stem: string;
}

export const questionIdentity = (q: QuestionIdentityOf): string =>
  `${q.type}\u0000${q.knowledgePointId}\u0000${normaliseBlank(q.stem, false)}`;

export type Duplicate = { of: 'bank' } | { of: 'file'; row: number };

/**
 * Each row that repeats a question: of the bank (by the identities it holds), or of an earlier row of the file
 * (named by its row number). Rows not listed are new.
 */
export function duplicateRows(
  bank: ReadonlySet<string>,
  rows: readonly { row: number; question: QuestionIdentityOf }[],
): Map<number, Duplicate> {
  const first = new Map<string, number>();
  const found = new Map<number, Duplicate>();
  for (const { row, question } of rows) {
    const identity = questionIdentity(question);
    const earlier = first.get(identity);
    if (bank.has(identity)) found.set(row, { of: 'bank' });
    else if (earlier !== undefined) found.set(row, { of: 'file', row: earlier });
    else first.set(identity, row);
  }
  return found;
}
