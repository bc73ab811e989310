// The inspection being filled in, kept in the browser on every change so a reload, a crash or a dropped
// connection in the hall loses nothing. Keyed by person and inspection: a shared phone keeps each
// inspector's drafts apart.
import { browserDrafts } from '@duda/ui';
import type { Answers } from './inspectionForm.ts';

export interface LocalDraft {
  inspectionId: string;
  /** The server's draft revision these answers were based on. */
  baseRevision: number;
  answers: Answers;
  summary: string;
  /** Changed here since the server last confirmed a save. */
  unsynced: boolean;
  /** ISO time of the last local change. */
  changedAt: string;
}

const PREFIX = 'duda.inspection.draft';
const FORMAT = 1;
/** As kept in the browser: the draft with the format it was written in. */
type Kept = LocalDraft & { format: typeof FORMAT };

function isLocalDraft(value: unknown, inspectionId: string): value is Kept {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<LocalDraft> & { format?: unknown };
  return (
    draft.format === FORMAT &&
    draft.inspectionId === inspectionId &&
    typeof draft.baseRevision === 'number' &&
    typeof draft.answers === 'object' &&
    draft.answers !== null &&
    typeof draft.summary === 'string' &&
    typeof draft.unsynced === 'boolean'
  );
}

export interface DraftStorage {
  read(inspectionId: string): LocalDraft | null;
  /** False when the browser refused (storage full or disabled): the caller should say so. */
  write(draft: LocalDraft): boolean;
  remove(inspectionId: string): void;
}

export function createDraftStorage(personId: string, storage: Storage = window.localStorage): DraftStorage {
  const drafts = browserDrafts({ kind: PREFIX, personId, isValid: isLocalDraft, storage });
  return {
    read: (inspectionId) => drafts.read(inspectionId),
    write: (draft) => drafts.write(draft.inspectionId, { format: FORMAT, ...draft }),
    remove: (inspectionId) => drafts.remove(inspectionId),
  };
}

export type DraftSource = 'server' | 'local' | 'conflict';

/**
 * Which copy to continue from when the form opens. The local copy wins only while it holds changes the
 * server has not confirmed and the server has not moved on since; if both changed (the same inspection
 * was saved from another device meanwhile) the inspector must choose, nothing is dropped silently.
 */
export function chooseDraftSource(
  local: LocalDraft | null,
  server: { revision: number; sameAsLocal: boolean },
): DraftSource {
  if (!local || !local.unsynced) return 'server';
  if (local.baseRevision === server.revision) return 'local';
  // The last save reached the server but its answer did not come back (the connection dropped, the page
  // was reloaded): nothing differs, so there is nothing to choose.
  return server.sameAsLocal ? 'server' : 'conflict';
}
