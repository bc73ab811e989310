// The plan being edited, kept in the browser on every change (as the incident note and inspection's drafts are),
// so a reload or a dropped connection loses no unsaved edits. Keyed by person and what is edited (`template:new`,
// `template:<id>`, `plan:<id>`): a shared phone keeps each person's drafts apart. `base` is the revision or save
// time the edits started from, so the page can say when the saved plan has changed since.
import { browserDrafts, type BrowserDrafts } from '@duda/ui';
import type { PlanForm } from './planForm.ts';

const PREFIX = 'duda.operations.plan-draft';

export interface PlanDraft {
  base: string;
  form: PlanForm;
  changedAt: string;
}

export type PlanDrafts = BrowserDrafts<PlanDraft>;

const isDraft = (value: unknown): value is PlanDraft => {
  const draft = value as Partial<PlanDraft> | null;
  return (
    typeof draft?.base === 'string' &&
    typeof draft.changedAt === 'string' &&
    Array.isArray(draft.form?.steps) &&
    Array.isArray(draft.form?.contacts)
  );
};

export function planDrafts(personId: string, storage: Storage = window.localStorage): PlanDrafts {
  return browserDrafts({ kind: PREFIX, personId, isValid: isDraft, storage });
}
