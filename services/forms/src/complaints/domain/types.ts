// A complaint case as the rules see it: no storage, no clock of its own.
import type {
  ComplaintAction,
  ComplaintCategory,
  ComplaintLevel,
  ComplaintSatisfaction,
  ComplaintStatus,
} from '@duda/contract-forms';

export interface PersonRef {
  personId: string;
  name: string;
}

/** Where the case sits: its hall and the units above it, whose supervisors it escalates to. */
export interface CaseLine {
  hallId: string;
  districtId: string | null;
  cityId: string | null;
}

export interface CaseState {
  status: ComplaintStatus;
  category: ComplaintCategory;
  line: CaseLine;
  intakeBy: PersonRef;
  assignee: PersonRef | null;
  level: ComplaintLevel;
  /** When the level answering for it must have closed it (办结时限). */
  dueAt: Date;
}

/** The caller as the rules see them: who they are and the roles they hold where. */
export interface CaseActor {
  personId: string;
  name: string;
  roles: readonly { role: string; orgNodeId: string }[];
}

/** What a handler does to a case; ESCALATE is the job's, never a person's. */
export type CaseCommand =
  | { action: 'CLASSIFY'; category: ComplaintCategory; assignee: PersonRef; note?: string }
  | { action: 'INVESTIGATE'; note: string }
  | {
      action: 'RESOLVE';
      responsibility: string;
      compensation?: string;
      measures: string;
      responsiblePerson?: PersonRef | null;
    }
  | { action: 'FEEDBACK'; note: string }
  | { action: 'FOLLOW_UP'; satisfaction: ComplaintSatisfaction; note: string }
  | { action: 'CLOSE'; note?: string };

export type CaseRefusal = 'notHandler' | 'notManager' | 'wrongStatus';

export interface HistoryEntry {
  action: ComplaintAction;
  actor: PersonRef | null;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  note: string | null;
  detail: Record<string, unknown>;
}
