// Versions of a question (题目版本): what an attempt showed must stay as it was, so an edit of a version some
// attempt has used makes a new version; an edit of a version nobody has used yet changes it in place.

/** What a version holds; the rest of a question (knowledge point, difficulty, tags…) is not versioned. */
export interface VersionContent {
  stem: string;
  body: unknown;
  key: unknown;
  points: number;
}

export interface CurrentVersion extends VersionContent {
  version: number;
  /** Set when a draw first used this version. */
  usedAt: Date | null;
}

export type VersionEdit =
  { kind: 'UNCHANGED' } | { kind: 'IN_PLACE'; version: number } | { kind: 'NEW_VERSION'; version: number };

/** JSON with object keys sorted, so two contents compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export const sameContent = (a: VersionContent, b: VersionContent): boolean =>
  a.stem === b.stem &&
  a.points === b.points &&
  canonical(a.body) === canonical(b.body) &&
  canonical(a.key) === canonical(b.key);

/**
 * How an edit lands: nothing to version when the content is the same; in place while no attempt has used the
 * current version (`usedByAttempt` also covers a draw that recorded the version without setting `usedAt`); otherwise
 * a new version, numbered after the current one, becomes current.
 */
export function planQuestionEdit(
  current: CurrentVersion,
  next: VersionContent,
  usedByAttempt: boolean,
): VersionEdit {
  if (sameContent(current, next)) return { kind: 'UNCHANGED' };
  if (current.usedAt === null && !usedByAttempt) return { kind: 'IN_PLACE', version: current.version };
  return { kind: 'NEW_VERSION', version: current.version + 1 };
}
