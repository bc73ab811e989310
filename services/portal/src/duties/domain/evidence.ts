// Which duty evidence another area's event is, and whose: the person who did the work, when, and the page that
// shows it. Events of work nobody's duty counts (an inspection kind no duty asks for) give none.
import type { DutyEvidenceKind } from '@duda/contract-portal';
import { EXAM_EVIDENCE, FORM_EVIDENCE, MEETING_EVIDENCE, MEETING_FORM } from './catalogue.ts';

export interface EvidenceFact {
  personId: string;
  /** The unit the work was for, when it counts for every duty holder there too (a district's exam held). */
  orgNodeId?: string;
  evidence: DutyEvidenceKind;
  occurredAt: Date;
  /** A day of the period the work is for, when not the day it was done (a month's report handed in after it). */
  periodDay?: string;
  /** The remote and the path in it that shows the evidence. */
  area: string;
  link: string;
}

const INSPECTION_EVIDENCE: Record<string, DutyEvidenceKind> = {
  DAILY: 'DAILY_CHECK',
  SELF_CHECK: 'SELF_CHECK',
  MONTHLY_VISIT: 'SUPERVISION_VISIT',
  CROSS: 'SUPERVISION_VISIT',
  MYSTERY: 'SUPERVISION_VISIT',
};

/** inspection.submitted: the inspector's check (日检, 自查) or supervision visit (明查, 交叉检查, 暗访). */
export function inspectionEvidence(p: {
  inspectionId: string;
  inspectorId: string;
  kind: string;
  submittedAt: string;
}): EvidenceFact | null {
  const evidence = INSPECTION_EVIDENCE[p.kind];
  if (!evidence) return null;
  return {
    personId: p.inspectorId,
    evidence,
    occurredAt: new Date(p.submittedAt),
    area: 'inspection',
    link: `inspections/${p.inspectionId}`,
  };
}

/** rectification.closed: the verifier accepted the hall's fix (验证通过). */
export const rectificationEvidence = (p: {
  orderId: string;
  closedById: string;
  closedAt: string;
}): EvidenceFact => ({
  personId: p.closedById,
  evidence: 'RECTIFICATION_CLOSED',
  occurredAt: new Date(p.closedAt),
  area: 'inspection',
  link: `rectifications?order=${p.orderId}`,
});

/** The person saved their work log of the day (工作日志, the portal's own record): counted when first saved. */
export const workLogEvidence = (p: {
  logId: string;
  personId: string;
  day: string;
  submittedAt: Date;
}): EvidenceFact => ({
  personId: p.personId,
  evidence: 'WORK_LOG',
  occurredAt: p.submittedAt,
  area: 'worklog',
  link: `?day=${p.day}`,
});

/** The hall manager submitted the month's hall report (表2): evidence for that month, even when handed in later. */
export const monthlyReportEvidence = (p: {
  personId: string;
  month: string;
  submittedAt: Date;
}): EvidenceFact => ({
  personId: p.personId,
  evidence: 'MONTHLY_REPORT',
  occurredAt: p.submittedAt,
  periodDay: `${p.month}-01`,
  area: 'reports',
  link: `?month=${p.month}`,
});

/**
 * forms.submission.submitted: the submitter's form, when a duty asks for that form (catalogue FORM_EVIDENCE); a
 * meeting record (表4) of a meeting a duty asks for (MEETING_EVIDENCE), which is the hall's: it counts for the
 * duty holders of the unit it was filed for too, as the meeting is the hall's whoever recorded it.
 */
export function formEvidence(p: {
  submissionId: string;
  templateCode: string;
  orgNodeId: string;
  submitterId: string;
  submittedAt: string;
  meetingType?: string | undefined;
}): EvidenceFact | null {
  const meeting = p.templateCode === MEETING_FORM;
  const evidence = meeting
    ? p.meetingType !== undefined && Object.hasOwn(MEETING_EVIDENCE, p.meetingType)
      ? MEETING_EVIDENCE[p.meetingType]
      : undefined
    : FORM_EVIDENCE[p.templateCode];
  if (!evidence) return null;
  return {
    personId: p.submitterId,
    ...(meeting ? { orgNodeId: p.orgNodeId } : {}),
    evidence,
    occurredAt: new Date(p.submittedAt),
    area: 'forms',
    link: `submissions/${p.submissionId}`,
  };
}

/**
 * training.exam.held: the month's exam of the unit it was held for took place — evidence for the duty holders
 * at that node (the district supervisors: 组织月度笔试) and for its organiser, for the exam's month.
 */
export function examEvidence(p: {
  examId: string;
  orgNodeId: string;
  organiserId: string;
  kind: string;
  month: string;
  heldAt: string;
}): EvidenceFact | null {
  const evidence = EXAM_EVIDENCE[p.kind];
  if (!evidence) return null;
  return {
    personId: p.organiserId,
    orgNodeId: p.orgNodeId,
    evidence,
    occurredAt: new Date(p.heldAt),
    periodDay: `${p.month}-01`,
    area: 'training',
    link: `exams/${p.examId}`,
  };
}
