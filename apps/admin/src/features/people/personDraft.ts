import type { Role } from '@duda/contract-org';
import type { NewPerson, PersonChanges, PersonDetail } from './api.ts';

/** What the person form edits: a new person's every field, or an existing person's editable ones. */
export interface PersonDraft {
  staffNo: string;
  name: string;
  phone: string;
  orgNodeId: string | null;
  position: string;
  hireDate: Date | null;
  /** A new person's first role, given at their own org unit. */
  role: Role | null;
  initialPassword: string;
}

export const emptyDraft = (): PersonDraft => ({
  staffNo: '',
  name: '',
  phone: '',
  orgNodeId: null,
  position: '',
  hireDate: null,
  role: null,
  initialPassword: '',
});

export const draftOf = (person: PersonDetail): PersonDraft => ({
  ...emptyDraft(),
  staffNo: person.staffNo,
  name: person.name,
  phone: person.phone ?? '',
  orgNodeId: person.orgNodeId,
  position: person.position,
  hireDate: person.hireDate,
});

/** The create call; the form has checked the required fields are there. */
export const newPersonOf = (draft: PersonDraft): NewPerson => ({
  staffNo: draft.staffNo,
  name: draft.name,
  phone: draft.phone.trim() || null,
  orgNodeId: draft.orgNodeId!,
  position: draft.position,
  hireDate: draft.hireDate!,
  roles: draft.role ? [{ role: draft.role, orgNodeId: draft.orgNodeId! }] : [],
  initialPassword: draft.initialPassword,
});

/**
 * Only what changed, so the audit log's before/after shows the edit itself; a new org unit is a transfer
 * (调动), e.g. to another hall.
 */
export function changesOf(person: PersonDetail, draft: PersonDraft): PersonChanges {
  const phone = draft.phone.trim() || null;
  return {
    id: person.id,
    ...(draft.name !== person.name ? { name: draft.name } : {}),
    ...(phone !== person.phone ? { phone } : {}),
    ...(draft.position !== person.position ? { position: draft.position } : {}),
    ...(draft.orgNodeId && draft.orgNodeId !== person.orgNodeId ? { orgNodeId: draft.orgNodeId } : {}),
  };
}
