// Keeps a form's values in the browser on every change (see draftStorage.ts) and offers them back when the same
// person opens the same form again.
import type { FormData } from '@duda/contract-forms';
import { ref, watch, type Ref } from 'vue';
import { createFormDraftStorage, type LocalFormDraft } from './draftStorage.ts';

export function useLocalDraft(personId: string, target: Ref<string>, values: Ref<FormData | null>) {
  const storage = createFormDraftStorage(personId);
  /** False once the browser refused to store (full or disabled). */
  const kept = ref(true);
  const read = (): LocalFormDraft | null => storage.read(target.value);
  watch(
    values,
    (current) => {
      if (current === null) return;
      kept.value = storage.write({
        target: target.value,
        values: current,
        changedAt: new Date().toISOString(),
      });
    },
    { deep: true },
  );
  return {
    kept,
    read,
    /** Moves the kept values to another target (a new draft got its id from the server). */
    moveTo(next: string) {
      const draft = read();
      storage.remove(target.value);
      if (draft) storage.write({ ...draft, target: next });
    },
    clear: () => storage.remove(target.value),
  };
}
