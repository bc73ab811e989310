// Loads a plan editor's form from what is saved, or from the unsaved edits kept in the browser (planDraft.ts), and
// keeps every further edit there until it is saved; an edit back to the saved plan leaves no draft behind.
import { useCurrentUser } from '@duda/federation';
import { ref, watch, type Ref } from 'vue';
import { planDrafts } from './planDraft.ts';
import { sameForm, type PlanForm } from './planForm.ts';

export interface SavedPlan {
  form: PlanForm;
  /** The revision or save time the form was read at. */
  base: string;
}

export function usePlanDraft(target: Ref<string>, saved: Ref<SavedPlan | null>, form: Ref<PlanForm | null>) {
  const drafts = planDrafts(useCurrentUser().person.value?.id ?? 'anonymous');
  /** Whether the form came back from the browser, and whether the saved plan changed since (`stale`). */
  const restored = ref<'fresh' | 'stale' | null>(null);
  /** False once the browser refused to keep the edits. */
  const kept = ref(true);

  const load = (current: SavedPlan) => {
    const draft = drafts.read(target.value);
    if (draft && !sameForm(draft.form, current.form)) {
      form.value = draft.form;
      restored.value = draft.base === current.base ? 'fresh' : 'stale';
    } else {
      form.value = structuredClone(current.form);
      restored.value = null;
    }
  };
  watch(
    [target, saved],
    ([, current]) => {
      if (current) load(current);
    },
    { immediate: true },
  );
  watch(
    form,
    (current) => {
      const base = saved.value;
      if (!current || !base) return;
      if (sameForm(current, base.form)) drafts.remove(target.value);
      else
        kept.value = drafts.write(target.value, {
          base: base.base,
          form: current,
          changedAt: new Date().toISOString(),
        });
    },
    { deep: true },
  );

  return {
    restored,
    kept,
    /** Back to what is saved. */
    discard() {
      drafts.remove(target.value);
      if (saved.value) load(saved.value);
    },
    /** After a save: the edits are on the server now. */
    clear() {
      drafts.remove(target.value);
      restored.value = null;
    },
  };
}
