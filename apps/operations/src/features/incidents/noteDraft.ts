// The note being written on an incident's checklist, kept in the browser on every keystroke (like inspection's
// drafts), so a reload or a dropped connection on the hall floor loses nothing; the checklist itself is on the
// server. Keyed by person and incident: a shared phone keeps each person's drafts apart.
const PREFIX = 'duda.operations.incident-note';

export interface NoteDrafts {
  read(incidentId: string): string;
  /** False when the browser refused (storage full or disabled). */
  write(incidentId: string, text: string): boolean;
  remove(incidentId: string): void;
}

export function noteDrafts(personId: string, storage: Storage = window.localStorage): NoteDrafts {
  const key = (incidentId: string) => `${PREFIX}.${personId}.${incidentId}`;
  return {
    read: (incidentId) => storage.getItem(key(incidentId)) ?? '',
    write(incidentId, text) {
      try {
        if (text) storage.setItem(key(incidentId), text);
        else storage.removeItem(key(incidentId));
        return true;
      } catch {
        return false;
      }
    },
    remove: (incidentId) => storage.removeItem(key(incidentId)),
  };
}
