// The note being written on an incident's checklist, kept in the browser on every keystroke (like inspection's
// drafts), so a reload or a dropped connection on the hall floor loses nothing; the checklist itself is on the
// server. Keyed by person and incident: a shared phone keeps each person's drafts apart.
import { browserDrafts } from '@duda/ui';

const PREFIX = 'duda.operations.incident-note';
const isText = (value: unknown): value is string => typeof value === 'string';

export interface NoteDrafts {
  read(incidentId: string): string;
  /** False when the browser refused (storage full or disabled). */
  write(incidentId: string, text: string): boolean;
  remove(incidentId: string): void;
}

export function noteDrafts(personId: string, storage: Storage = window.localStorage): NoteDrafts {
  const drafts = browserDrafts({ kind: PREFIX, personId, isValid: isText, storage });
  return {
    read: (incidentId) => drafts.read(incidentId) ?? '',
    write(incidentId, text) {
      if (text) return drafts.write(incidentId, text);
      drafts.remove(incidentId);
      return true;
    },
    remove: (incidentId) => drafts.remove(incidentId),
  };
}
