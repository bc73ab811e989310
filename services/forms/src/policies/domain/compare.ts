// Two versions side by side (版本对比): the plain texts compared line by line (a line is a paragraph, heading or
// list item) with jsdiff; a removed run next to an added one is one changed row, the rest pair with blanks.
import { diffLines } from 'diff';

export type CompareRowKind = 'same' | 'changed' | 'removed' | 'added';
export interface CompareRow {
  kind: CompareRowKind;
  left: string | null;
  right: string | null;
}

const linesOf = (value: string) => value.replace(/\n$/, '').split('\n');

export function sideBySide(from: string, to: string): CompareRow[] {
  const rows: CompareRow[] = [];
  const parts = diffLines(from.endsWith('\n') ? from : `${from}\n`, to.endsWith('\n') ? to : `${to}\n`);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const left = linesOf(part.value);
      const right = linesOf(next.value);
      for (let j = 0; j < Math.max(left.length, right.length); j++)
        rows.push({
          kind: j < left.length && j < right.length ? 'changed' : j < left.length ? 'removed' : 'added',
          left: left[j] ?? null,
          right: right[j] ?? null,
        });
      i++;
    } else if (part.removed) rows.push(...linesOf(part.value).map((l) => row('removed', l, null)));
    else if (part.added) rows.push(...linesOf(part.value).map((l) => row('added', null, l)));
    else rows.push(...linesOf(part.value).map((l) => row('same', l, l)));
  }
  return rows;
}

const row = (kind: CompareRowKind, left: string | null, right: string | null): CompareRow => ({
  kind,
  left,
  right,
});
