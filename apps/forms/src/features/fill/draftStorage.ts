// A form being filled in, kept in the browser on every change (as the inspection page keeps an inspection), so a
// reload or a dropped connection at the counter loses nothing. Keyed by person and by what is being filled (a
// template version, or a returned submission being changed): a shared phone keeps each clerk's drafts apart.
import { browserDrafts } from '@duda/ui';

export type FormValues = Record<string, unknown>;

export interface LocalFormDraft {
  /** `version:<id>` for a new submission, `submission:<id>` for one being changed. */
  target: string;
  values: FormValues;
  /** ISO time of the last change. */
  changedAt: string;
}

const PREFIX = 'duda.forms.draft';
const FORMAT = 1;
/** As kept in the browser: the draft with the format it was written in. */
type Kept = LocalFormDraft & { format: typeof FORMAT };

function isLocalFormDraft(value: unknown, target: string): value is Kept {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<LocalFormDraft> & { format?: unknown };
  return (
    draft.format === FORMAT &&
    draft.target === target &&
    typeof draft.values === 'object' &&
    draft.values !== null &&
    !Array.isArray(draft.values) &&
    typeof draft.changedAt === 'string'
  );
}

export interface FormDraftStorage {
  read(target: string): LocalFormDraft | null;
  /** False when the browser refused (storage full or disabled): the page says so. */
  write(draft: LocalFormDraft): boolean;
  remove(target: string): void;
}

export function createFormDraftStorage(
  personId: string,
  storage: Storage = window.localStorage,
): FormDraftStorage {
  const drafts = browserDrafts({ kind: PREFIX, personId, isValid: isLocalFormDraft, storage });
  return {
    read: (target) => drafts.read(target),
    write: (draft) => drafts.write(draft.target, { format: FORMAT, ...draft }),
    remove: (target) => drafts.remove(target),
  };
}
