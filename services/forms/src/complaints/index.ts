// Complaints as cases (客户投诉, 表8): what the rest of the service uses.
export { complaintJobs, processComplaintEscalations } from './escalation-job.ts';
export { myPendingComplaints } from './pending.ts';
export { mayReadEvidence } from './evidence.ts';
export { complaintClosed, complaintEscalated } from './events.ts';
