import { errorCodeOf, isClientError, toUserMessage } from '@duda/api-client';
import { onBeforeUnmount, reactive, ref, shallowRef, watch } from 'vue';
import type { InspectionDetail } from '../api.ts';
import { markRestPassed, saveDraft } from '../api.ts';
import { chooseDraftSource, createDraftStorage } from './draftStorage.ts';
import type { DraftSource } from './draftStorage.ts';
import { DraftSync } from './draftSync.ts';
import type { SaveFailure, SyncState } from './draftSync.ts';
import type { Answers, DraftResult } from './inspectionForm.ts';
import { answersFromResults, draftResults, sameAnswers, withPassedItems } from './inspectionForm.ts';

interface DraftPayload {
  results: DraftResult[];
  summary: string;
}

const classify = (error: unknown): SaveFailure =>
  errorCodeOf(error) === 'CONFLICT' ? 'conflict' : isClientError(error) ? 'fatal' : 'retry';

/**
 * The answers of one draft inspection: restored from this browser or the server, written to local
 * storage on every change and autosaved to the server shortly after.
 */
export function useInspectionDraft(inspection: InspectionDetail, personId: string) {
  const storage = createDraftStorage(personId);
  const local = storage.read(inspection.id);
  const serverAnswers = answersFromResults(inspection.results, inspection.photos);
  const serverSummary = inspection.summary ?? '';

  const source = ref<DraftSource>(
    chooseDraftSource(local, {
      revision: inspection.draftRevision,
      sameAsLocal:
        local !== null && sameAnswers(local.answers, serverAnswers) && local.summary.trim() === serverSummary,
    }),
  );
  const useLocalCopy = source.value === 'local';
  const answers = reactive<Answers>(useLocalCopy && local ? local.answers : serverAnswers);
  const summary = ref(useLocalCopy && local ? local.summary : serverSummary);
  const syncState = shallowRef<SyncState>({
    status: useLocalCopy ? 'pending' : 'idle',
    revision: inspection.draftRevision,
    savedAt: null,
    message: null,
  });
  const storedLocally = ref(true);
  let unsynced = useLocalCopy;
  // Set while the service's own 其余全部合格 marks are copied in: they are saved already.
  let applyingSaved = false;

  const sync = new DraftSync<DraftPayload>({
    revision: inspection.draftRevision,
    save: (payload, revision) =>
      saveDraft({ id: inspection.id, revision, results: payload.results, summary: payload.summary || null }),
    classify,
    describe: toUserMessage,
    onState: (state) => {
      syncState.value = state;
    },
    onSaved: (revision, upToDate) => {
      unsynced = !upToDate;
      remember(revision);
    },
  });

  const payload = (): DraftPayload => ({ results: draftResults(answers), summary: summary.value.trim() });

  function remember(baseRevision = sync.revision): void {
    storedLocally.value = storage.write({
      inspectionId: inspection.id,
      baseRevision,
      answers: JSON.parse(JSON.stringify(answers)) as Answers,
      summary: summary.value,
      unsynced,
      changedAt: new Date().toISOString(),
    });
  }

  /** The inspector resolved a conflict: continue from this browser's copy (it will overwrite the server's) or the server's. */
  function resolveConflict(choice: 'local' | 'server'): void {
    if (choice === 'local' && local) {
      Object.assign(answers, local.answers);
      for (const code of Object.keys(answers)) if (!(code in local.answers)) delete answers[code];
      summary.value = local.summary;
      source.value = 'local';
      unsynced = true;
      remember();
      sync.change(payload());
    } else {
      for (const code of Object.keys(answers)) delete answers[code];
      Object.assign(answers, serverAnswers);
      summary.value = serverSummary;
      source.value = 'server';
      unsynced = false;
      remember();
    }
  }

  watch(
    [answers, summary],
    () => {
      if (source.value === 'conflict') return;
      unsynced = !applyingSaved;
      remember();
      if (!applyingSaved) sync.change(payload());
    },
    { deep: true, flush: 'sync' },
  );

  // Local changes made before a reload go to the server as soon as the form is back; a local copy the
  // server already holds is marked as such.
  if (useLocalCopy) sync.change(payload());
  else if (source.value === 'server' && local) remember();

  const flushNow = () => void sync.flush();
  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  window.addEventListener('online', flushNow);
  document.addEventListener('visibilitychange', flushWhenHidden);
  onBeforeUnmount(() => {
    window.removeEventListener('online', flushNow);
    document.removeEventListener('visibilitychange', flushWhenHidden);
    void sync.flush().then(() => sync.stop());
  });

  /**
   * 其余全部合格: the service saves what this page holds with every unjudged item passed and records it; the
   * answers then take its marks. The number of items passed, or null when it did not go through (the save
   * status says why).
   */
  async function passTheRest(): Promise<number | null> {
    const saved = await sync.saveVia(payload(), (sent, revision) =>
      markRestPassed({ id: inspection.id, revision, results: sent.results, summary: sent.summary || null }),
    );
    if (!saved) return null;
    applyingSaved = syncState.value.status === 'saved';
    Object.assign(answers, withPassedItems(answers, saved.marked));
    applyingSaved = false;
    return saved.marked.length;
  }

  /** Before submitting: no autosave may land after (or race) the submission. */
  async function stopSaving(): Promise<void> {
    await sync.stop();
  }

  /** The submission did not go through: keep autosaving what the inspector changes next. */
  function resumeSaving(): void {
    sync.resume();
    sync.change(payload());
  }

  /** After a successful submission the local copy has served its purpose. */
  function forget(): void {
    storage.remove(inspection.id);
  }

  return {
    answers,
    summary,
    source,
    syncState,
    storedLocally,
    resolveConflict,
    passTheRest,
    stopSaving,
    resumeSaving,
    forget,
    retry: flushNow,
  };
}
