// The policy library (制度库) inside the forms service: its procedures' functions, its to-dos, and who may open an
// attachment. Written up in services/forms/README.md ("Policies").
export * from './policy-service.ts';
export * from './policy-read.ts';
export { policyForDecision } from './decision.ts';
export { myPendingPolicies } from './pending.ts';
export { mayReadPolicyAttachment } from './attachments.ts';
