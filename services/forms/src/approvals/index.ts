// The approval engine's public face inside the forms service (and, through its events, to other areas): start
// an approval for a subject inside the subject's own transaction, ask who takes part in it, and the events it
// raises. The contract is written up in services/forms/README.md ("Approvals").
export { startApproval, type StartApprovalInput } from './start.ts';
export { takesPartInApproval } from './access.ts';
export { approvalCompleted, approvalCopied, approvalReminded } from './events.ts';
export { approvalJobs, processApprovalDeadlines } from './deadline-job.ts';
