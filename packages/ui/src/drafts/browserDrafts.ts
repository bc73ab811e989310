// A person's unsent work (an inspection being filled, a form, a plan being edited, a note) kept in the browser on
// every change, so a reload, a crash or a dropped connection on the hall floor loses nothing. One way for every
// remote: keyed by the kind of work, the person and what is being edited, so a shared phone keeps each person's
// drafts apart; a value that is unreadable or of another shape (half-written, an older format) is ignored rather
// than trusted; a refused write (storage full or disabled) is reported, never thrown, so the page can say so.

export interface BrowserDrafts<T> {
  read(target: string): T | null;
  /** False when the browser refused (storage full or disabled): the caller should say so. */
  write(target: string, value: T): boolean;
  remove(target: string): void;
}

export interface BrowserDraftsOptions<T> {
  /** The kind of work, e.g. `duda.inspection.draft`; the key is `<kind>.<personId>.<target>`. */
  kind: string;
  /** Who is working; drafts of other people on the same device are never read. */
  personId: string;
  /** Whether a kept value is one this page can continue from (shape, format, target). */
  isValid: (value: unknown, target: string) => value is T;
  storage?: Storage;
}

export function browserDrafts<T>({
  kind,
  personId,
  isValid,
  storage = window.localStorage,
}: BrowserDraftsOptions<T>): BrowserDrafts<T> {
  const keyOf = (target: string) => `${kind}.${personId}.${target}`;
  return {
    read(target) {
      try {
        const raw = storage.getItem(keyOf(target));
        if (raw === null) return null;
        const kept: unknown = JSON.parse(raw);
        return isValid(kept, target) ? kept : null;
      } catch {
        return null;
      }
    },
    write(target, value) {
      try {
        storage.setItem(keyOf(target), JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(target) {
      try {
        storage.removeItem(keyOf(target));
      } catch {
        // Storage disabled: there is nothing kept to remove.
      }
    },
  };
}
