// What the scorecard page derives from a line: the points it lost (the deduction a person follows to its
// evidence), whether its figure is the superior's to enter, and what the assessment form starts from.
import { PULLED_SOURCES, round2, type KpiRule, type KpiSource } from '@duda/contract-performance';

interface LineView {
  kpiId: string;
  evidence?: readonly { kind: string }[];
  source: string;
  rule: KpiRule;
  weight: number;
  value: number | null;
  points: number | null;
  /** The superior's comment on an entered figure. */
  comment?: string | null;
}

/** The points a line lost against its weight; null while the points are hidden or nothing was lost. */
export function lostPoints(line: Pick<LineView, 'weight' | 'points'>): number | null {
  if (line.points === null || line.points >= line.weight) return null;
  return round2(line.weight - line.points);
}

/**
 * A figure performance keeps itself: the superior enters it (a manual rule gives the points directly) — unless
 * it came from an import (满意率), which the service keeps.
 */
export const isEnteredLine = (
  line: Pick<LineView, 'source' | 'rule'> & { evidence?: readonly { kind: string }[] },
): boolean =>
  (line.rule.kind === 'MANUAL' ||
    !(PULLED_SOURCES as readonly string[]).includes(line.source as KpiSource)) &&
  !(line.evidence ?? []).some((evidence) => evidence.kind === 'IMPORT');

/** The superior's form: each entered line with the figure and comment it has so far (null / empty when none yet). */
export const assessmentDraft = (lines: readonly LineView[]) =>
  lines
    .filter(isEnteredLine)
    .map((line) => ({ kpiId: line.kpiId, value: line.value, comment: line.comment ?? '' }));

/** Only the lines given a figure are sent (an empty one stays without a figure), each with its comment if any. */
export const assessmentValues = (
  draft: readonly { kpiId: string; value: number | null; comment: string }[],
) =>
  draft
    .filter((entry) => entry.value !== null)
    .map((entry) => ({
      kpiId: entry.kpiId,
      value: entry.value!,
      ...(entry.comment.trim() ? { comment: entry.comment.trim() } : {}),
    }));

/**
 * Where an evidence record opens: its link, with the grant one's own scorecard carries for a record one's role may
 * not read (`?grant=…` first, so the link still ends as the area wrote it: `…?grant=…&order=<id>`).
 */
export function evidenceHref(record: { link: string | null; grant?: string }): string | null {
  if (!record.link || !record.grant) return record.link;
  const [path, query] = record.link.split('?');
  const grant = `grant=${encodeURIComponent(record.grant)}`;
  return `${path}?${query ? `${grant}&${query}` : grant}`;
}
