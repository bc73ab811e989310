// Which form a unit fills when its own line keeps a copy (表单模板的本地化副本): a city that copies a province
// template and adapts it replaces the original for its halls, so they see the city's version only; units of a city
// without a copy keep the original. A copy replaces only once published (a draft cannot be filled in), and a copy of
// a copy (district of city) replaces the one it was copied from in turn.

export interface KeptCopy {
  /** The unit that keeps the copy. */
  orgNodeId: string;
  /** The template the copy was made from (the copied version's template). */
  copiedFromTemplateId: string;
  /** Whether the copy has a version in use. */
  published: boolean;
}

/**
 * The templates a caller no longer fills, as their units' published copies replace them. `line` is the caller's
 * units and those above them (hall, district, city); copies kept anywhere else replace nothing for this caller.
 */
export function replacedTemplates(copies: readonly KeptCopy[], line: readonly string[]): string[] {
  const ours = new Set(line);
  const replaced = new Set<string>();
  for (const copy of copies)
    if (copy.published && ours.has(copy.orgNodeId)) replaced.add(copy.copiedFromTemplateId);
  return [...replaced];
}
