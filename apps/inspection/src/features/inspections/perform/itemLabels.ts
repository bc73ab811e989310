import { computed, inject, provide } from 'vue';
import type { ComputedRef, InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';

/** The words every item of the form shows alike: its outcome buttons, tags, note field and gap hints. */
export interface ItemLabels {
  outcome: { label: string; PASS: string; FAIL: string; NA: string; points: string };
  item: {
    veto: string;
    photoRequired: string;
    photoOnProblem: string;
    note: string;
    notePlaceholder: string;
    notePlaceholderProblem: string;
    gapUnanswered: string;
    gapPhoto: string;
  };
}

const ITEM_LABELS: InjectionKey<ComputedRef<ItemLabels>> = Symbol('inspection.itemLabels');

function translated(t: (key: string) => string): ItemLabels {
  const outcome = (key: string) => t(`inspection.perform.outcome.${key}`);
  const item = (key: string) => t(`inspection.perform.item.${key}`);
  return {
    outcome: {
      label: outcome('label'),
      PASS: outcome('PASS'),
      FAIL: outcome('FAIL'),
      NA: outcome('NA'),
      points: outcome('points'),
    },
    item: {
      veto: item('veto'),
      photoRequired: item('photoRequired'),
      photoOnProblem: item('photoOnProblem'),
      note: item('note'),
      notePlaceholder: item('notePlaceholder'),
      notePlaceholderProblem: item('notePlaceholderProblem'),
      gapUnanswered: item('gapUnanswered'),
      gapPhoto: item('gapPhoto'),
    },
  };
}

/**
 * The form looks the words up once for all its items (and again when the language changes): each vue-i18n
 * lookup costs a measurable slice of a phone's first paint, and a section's items asked for the same words
 * ~10 times each (CPU profile of the visit form, phone profile: 364 ms of 1,395 ms of its render in vue-i18n).
 */
export function provideItemLabels(): ComputedRef<ItemLabels> {
  const { t } = useI18n();
  const labels = computed(() => translated(t));
  provide(ITEM_LABELS, labels);
  return labels;
}

/** The form's words, or, for an item or outcome input used on its own, its own lookup of them. */
export function useItemLabels(): ComputedRef<ItemLabels> {
  return (
    inject(ITEM_LABELS, null) ??
    (() => {
      const { t } = useI18n();
      return computed(() => translated(t));
    })()
  );
}
