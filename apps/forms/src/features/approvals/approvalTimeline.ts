// An approval's history (审批记录) as the design system's timeline: who did what when, with the comment; a deputy's
// action names whom it was for, the deadline job's as the system's.
import type { ApprovalAction } from '@duda/contract-forms';
import type { TimelineEntry } from '@duda/ui';

export interface HistoryRow {
  at: string | Date;
  action: ApprovalAction;
  actorName: string | null;
  onBehalfOfName: string | null;
  comment: string | null;
}

export interface TimelineWords {
  action(action: ApprovalAction): string;
  /** 张三（代 李四） */
  onBehalf(actor: string, principal: string): string;
  system: string;
}

const STATUS_OF: Partial<Record<ApprovalAction, string>> = {
  APPROVE: 'approved',
  REJECT: 'rejected',
  RETURN: 'rejected',
  SUBMIT: 'submitted',
  RESUBMIT: 'submitted',
  WITHDRAW: 'cancelled',
  ESCALATE: 'overdue',
};

export function timelineOf(rows: readonly HistoryRow[], words: TimelineWords): TimelineEntry[] {
  return rows.map((row) => {
    const actor = row.actorName ?? words.system;
    const status = STATUS_OF[row.action];
    return {
      at: row.at,
      actor: row.onBehalfOfName ? words.onBehalf(actor, row.onBehalfOfName) : actor,
      action: words.action(row.action),
      ...(row.comment ? { comment: row.comment } : {}),
      ...(status ? { status } : {}),
    };
  });
}
