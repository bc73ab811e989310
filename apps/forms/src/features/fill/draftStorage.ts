// A form being filled in, kept in the browser on every change (as the inspection page keeps an inspection), so a
// reload or a dropped connection at the counter loses nothing. Keyed by person and by what is being filled (a
// template version, or a returned submission being changed): a shared phone keeps each clerk's drafts apart.
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

const keyOf = (personId: string, target: string) => `${PREFIX}.${personId}.${target}`;

function isLocalFormDraft(value: unknown, target: string): value is LocalFormDraft {
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
  return {
    read(target) {
      const raw = storage.getItem(keyOf(personId, target));
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        return isLocalFormDraft(parsed, target) ? parsed : null;
      } catch {
        // A half-written or foreign value: starting empty is the better choice.
        return null;
      }
    },
    write(draft) {
      try {
        storage.setItem(keyOf(personId, draft.target), JSON.stringify({ format: FORMAT, ...draft }));
        return true;
      } catch {
        return false;
      }
    },
    remove(target) {
      storage.removeItem(keyOf(personId, target));
    },
  };
}
