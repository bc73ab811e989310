// Who is told what (通知对象): from a fact another area announced to the notifications it raises. Pure; the
// subscriber looks up the role holders this names in the org service and stores what `notificationsFor` drafts.
import type { NotificationKind, NotificationParams } from '@duda/contract-portal';

/** A fact from another area's domain event, in the words the portal needs. */
export type RaisingFact =
  | {
      kind: 'RECTIFICATION_OVERDUE';
      orderId: string;
      hallId: string;
      hallName: string;
      districtId: string;
      deadline: string;
    }
  | {
      kind: 'PLAN_REJECTED';
      planId: string;
      title: string;
      authorId: string;
      reviewerId: string;
      reviewerName: string;
      comment: string | null;
    }
  | {
      kind: 'EXAM_PUBLISHED';
      examId: string;
      title: string;
      opensAt: string;
      closesAt: string;
      candidatePersonIds: readonly string[];
    }
  | {
      kind: 'RESULT_RELEASED';
      attemptId: string;
      examTitle: string;
      personId: string;
      score: number;
      maxScore: number;
    }
  | {
      /** 催办: people, and role slots (whoever holds the role at the node) an approval waits for. */
      kind: 'APPROVAL_REMINDED';
      instanceId: string;
      subjectType: string;
      subjectId: string;
      title: string;
      to: readonly ({ personId: string } | RoleAtNode)[];
      escalated: boolean;
    }
  | {
      kind: 'APPROVAL_COMPLETED';
      instanceId: string;
      subjectType: string;
      subjectId: string;
      title: string;
      outcome: 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
      submitterId: string;
    }
  | {
      /** 抄送: people newly copied in on an approval by `byName`. */
      kind: 'APPROVAL_COPIED';
      instanceId: string;
      subjectType: string;
      subjectId: string;
      title: string;
      people: readonly { personId: string; name: string }[];
      byId: string;
      byName: string;
    }
  | {
      /** 投诉超时升级: a complaint case passed its time limit and now answers to the holders of `to`. */
      kind: 'COMPLAINT_ESCALATED';
      complaintId: string;
      number: number;
      hallName: string;
      to: RoleAtNode;
      dueAt: string;
    }
  | {
      /** 排队预警: a hall's queue reading reached level 1 or 2 at `at`. */
      kind: 'QUEUE_WARNING';
      warningId: string;
      hallId: string;
      hallName: string;
      level: 1 | 2;
      waitingCustomers: number;
      openCounters: number;
      at: string;
    };

/** How long after its reading a queue warning is still worth telling: the crowd of an older one has gone. */
export const QUEUE_WARNING_NEWS_MINUTES = 60;

/**
 * Whether the fact is still worth telling when it arrives: an exam that had already closed when its
 * publication was announced (a month's history loaded at once) would only clutter the bell.
 */
export function isNews(fact: RaisingFact, at: Date): boolean {
  if (fact.kind === 'EXAM_PUBLISHED') return new Date(fact.closesAt) > at;
  if (fact.kind === 'QUEUE_WARNING')
    return at.getTime() - new Date(fact.at).getTime() <= QUEUE_WARNING_NEWS_MINUTES * 60_000;
  return true;
}

/** The holders of a role at one org node (the hall's managers, the district's supervisors, an approval's slot). */
export interface RoleAtNode {
  role:
    | 'hall_manager'
    | 'duty_manager'
    | 'manager_assistant'
    | 'district_supervisor'
    | 'city_supervisor'
    | 'trainer'
    | 'hr'
    | 'leader';
  orgNodeId: string;
}

/** Whom a fact concerns: named people, and role holders the org service knows. */
export interface Audience {
  personIds: readonly string[];
  holders: readonly RoleAtNode[];
}

export function audienceOf(fact: RaisingFact): Audience {
  switch (fact.kind) {
    // The hall answers the order (店面经理, 值班经理); its district supervisor follows it up.
    case 'RECTIFICATION_OVERDUE':
      return {
        personIds: [],
        holders: [
          { role: 'hall_manager', orgNodeId: fact.hallId },
          { role: 'duty_manager', orgNodeId: fact.hallId },
          { role: 'district_supervisor', orgNodeId: fact.districtId },
        ],
      };
    case 'PLAN_REJECTED':
      return { personIds: fact.authorId === fact.reviewerId ? [] : [fact.authorId], holders: [] };
    case 'EXAM_PUBLISHED':
      return { personIds: fact.candidatePersonIds, holders: [] };
    case 'RESULT_RELEASED':
      return { personIds: [fact.personId], holders: [] };
    case 'APPROVAL_REMINDED':
      return {
        personIds: fact.to.flatMap((to) => ('personId' in to ? [to.personId] : [])),
        holders: fact.to.flatMap((to) => ('role' in to ? [to] : [])),
      };
    // The submitter learns the outcome; a withdrawal is their own doing.
    case 'APPROVAL_COMPLETED':
      return { personIds: fact.outcome === 'WITHDRAWN' ? [] : [fact.submitterId], holders: [] };
    case 'APPROVAL_COPIED':
      return { personIds: fact.people.map((p) => p.personId), holders: [] };
    case 'COMPLAINT_ESCALATED':
      return { personIds: [], holders: [fact.to] };
    // The hall's managers on and off duty open counters and guide the queue; the district reads it on its page.
    case 'QUEUE_WARNING':
      return {
        personIds: [],
        holders: [
          { role: 'hall_manager', orgNodeId: fact.hallId },
          { role: 'duty_manager', orgNodeId: fact.hallId },
        ],
      };
  }
}

/** An approval opens on its subject's page when it is a form submission, else on the approval's own. */
const approvalLink = (fact: { instanceId: string; subjectType: string; subjectId: string }) =>
  fact.subjectType === 'submission'
    ? `/forms/submissions/${fact.subjectId}`
    : `/forms/approvals/${fact.instanceId}`;

export interface NotificationDraft {
  personId: string;
  kind: NotificationKind;
  title: string;
  params: NotificationParams;
  /** The remote whose page it opens, and the page's path in the shell. */
  area: 'inspection' | 'training' | 'forms' | 'duties';
  link: string;
}

function content(fact: RaisingFact): Omit<NotificationDraft, 'personId'> {
  switch (fact.kind) {
    case 'RECTIFICATION_OVERDUE':
      return {
        kind: fact.kind,
        title: fact.hallName,
        params: { hallName: fact.hallName, deadline: fact.deadline },
        area: 'inspection',
        link: '/inspection/rectifications',
      };
    case 'PLAN_REJECTED':
      return {
        kind: fact.kind,
        title: fact.title,
        params: { reviewerName: fact.reviewerName, ...(fact.comment ? { comment: fact.comment } : {}) },
        area: 'inspection',
        link: `/inspection/plans/${fact.planId}`,
      };
    case 'EXAM_PUBLISHED':
      return {
        kind: fact.kind,
        title: fact.title,
        params: { opensAt: fact.opensAt, closesAt: fact.closesAt },
        area: 'training',
        link: '/training/mine',
      };
    case 'RESULT_RELEASED':
      return {
        kind: fact.kind,
        title: fact.examTitle,
        params: { score: fact.score, maxScore: fact.maxScore },
        area: 'training',
        link: `/training/results/${fact.attemptId}`,
      };
    case 'APPROVAL_REMINDED':
      return {
        kind: fact.kind,
        title: fact.title,
        params: { escalated: fact.escalated },
        area: 'forms',
        link: approvalLink(fact),
      };
    case 'APPROVAL_COMPLETED':
      return {
        kind: fact.kind,
        title: fact.title,
        params: { outcome: fact.outcome },
        area: 'forms',
        link: approvalLink(fact),
      };
    case 'APPROVAL_COPIED':
      return {
        kind: fact.kind,
        title: fact.title,
        params: { senderName: fact.byName },
        area: 'forms',
        link: approvalLink(fact),
      };
    case 'COMPLAINT_ESCALATED':
      return {
        kind: fact.kind,
        title: `#${fact.number} ${fact.hallName}`,
        params: { hallName: fact.hallName, deadline: fact.dueAt },
        area: 'forms',
        link: `/forms/complaints/${fact.complaintId}`,
      };
    case 'QUEUE_WARNING':
      return {
        kind: fact.kind,
        title: fact.hallName,
        params: {
          hallName: fact.hallName,
          level: fact.level,
          waitingCustomers: fact.waitingCustomers,
          openCounters: fact.openCounters,
          at: fact.at,
        },
        area: 'inspection',
        link: '/inspection/queue',
      };
  }
}

/** One notification per person the fact concerns, however many ways they are named (a manager on duty too). */
export function notificationsFor(fact: RaisingFact, people: Iterable<string>): NotificationDraft[] {
  const body = content(fact);
  return [...new Set(people)].map((personId) => ({ personId, ...body }));
}
