// Editing a draft version of a checklist standard (检查标准草稿): the editable copy, new sections and
// items with codes that follow the standard's convention, and the same validation the service applies
// before it accepts the draft, so problems show while editing rather than after saving.
import { toUserMessage } from '@duda/api-client';
import { validateTemplateContent } from '@duda/contract-inspection';
import type { ChecklistItem, ChecklistKind, ScoringMode } from '@duda/contract-inspection';

export interface EditableItem extends ChecklistItem {
  /** Stable identity while the code is being edited, for the list's keys. */
  key: string;
}

export interface EditableSection {
  key: string;
  code: string;
  name: string;
  items: EditableItem[];
}

export interface EditableContent {
  name: string;
  kind: ChecklistKind;
  passLine: number;
  sections: EditableSection[];
}

export const DEFAULT_MAX_POINTS = 5;

let keySequence = 0;
const nextKey = () => `k${++keySequence}`;

/** The draft's content as an editable copy; the original stays untouched for comparison. */
export function editableContent(template: {
  name: string;
  kind: ChecklistKind;
  passLine: number;
  sections: readonly { code: string; name: string; items: readonly ChecklistItem[] }[];
}): EditableContent {
  return {
    name: template.name,
    kind: template.kind,
    passLine: template.passLine,
    sections: template.sections.map((section) => ({
      key: nextKey(),
      code: section.code,
      name: section.name,
      items: section.items.map((item) => ({ ...item, key: nextKey() })),
    })),
  };
}

/** What the service stores: the editing keys removed, text trimmed. */
export function contentToSave(content: EditableContent) {
  return {
    name: content.name.trim(),
    kind: content.kind,
    passLine: content.passLine,
    sections: content.sections.map((section) => ({
      code: section.code.trim(),
      name: section.name.trim(),
      items: section.items.map(({ key: _key, ...item }) => ({
        ...item,
        code: item.code.trim(),
        title: item.title.trim(),
        guidance: item.guidance.trim(),
      })),
    })),
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The next free section letter (A, B, … then AA). */
export function nextSectionCode(content: EditableContent): string {
  const used = new Set(content.sections.map((section) => section.code));
  const candidates = [...LETTERS, ...[...LETTERS].map((letter) => `A${letter}`)];
  return candidates.find((code) => !used.has(code)) ?? `S${content.sections.length + 1}`;
}

/** The next item code of a section: its letters and the next two-digit number not used anywhere (A07). */
export function nextItemCode(content: EditableContent, section: EditableSection): string {
  const prefix = section.code.replace(/[^A-Z]/g, '').slice(0, 3) || 'X';
  const used = new Set(content.sections.flatMap((candidate) => candidate.items.map((item) => item.code)));
  for (let n = 1; n < 1000; n++) {
    const code = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
  return `${prefix}${section.items.length + 1}`;
}

export function newItem(code: string): EditableItem {
  return {
    key: nextKey(),
    code,
    title: '',
    guidance: '',
    weight: 2,
    scoringMode: 'PASS_FAIL',
    maxPoints: null,
    allowNotApplicable: false,
    veto: false,
    photoRequired: false,
    // A new item asks for a photo of a problem only: a passing item costs the inspector no photo.
    photoWhen: 'ON_PROBLEM',
    severity: 'MINOR',
  };
}

export function newSection(content: EditableContent): EditableSection {
  const section: EditableSection = { key: nextKey(), code: nextSectionCode(content), name: '', items: [] };
  section.items.push(newItem(nextItemCode(content, section)));
  return section;
}

/** Switching the scoring mode also sets the fields that go with it (满分 for points, none for pass/fail). */
export function withScoringMode(item: EditableItem, scoringMode: ScoringMode): EditableItem {
  return {
    ...item,
    scoringMode,
    maxPoints: scoringMode === 'POINTS' ? (item.maxPoints ?? DEFAULT_MAX_POINTS) : null,
  };
}

/** A one-vote-veto item is judged pass/fail only (the service refuses anything else). */
export function withVeto(item: EditableItem, veto: boolean): EditableItem {
  return veto ? { ...withScoringMode(item, 'PASS_FAIL'), veto } : { ...item, veto };
}

/** The list with one entry moved up (-1) or down (+1); unchanged at the ends. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}

export interface ContentProblem {
  message: string;
  /** Dotted path, e.g. `sections.1.items.3.weight`. */
  field: string | null;
}

/** The first problem the service would report, or null when the draft can be saved. */
export function contentProblem(content: EditableContent): ContentProblem | null {
  try {
    validateTemplateContent(contentToSave(content));
    return null;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const field = (error as Error & { field?: unknown }).field;
    return { message: toUserMessage(error), field: typeof field === 'string' ? field : null };
  }
}

/** Which section and item a field path points at, to highlight them. */
export function locate(field: string | null): { section: number | null; item: number | null } {
  const match = field?.match(/^sections\.(\d+)(?:\.items\.(\d+))?/);
  return {
    section: match?.[1] === undefined ? null : Number(match[1]),
    item: match?.[2] === undefined ? null : Number(match[2]),
  };
}

/** Sum of the weights (分值合计); the service normalises to 100, so this is information, not a rule. */
export const totalWeight = (content: EditableContent) =>
  content.sections.reduce(
    (sum, section) => sum + section.items.reduce((part, item) => part + item.weight, 0),
    0,
  );
