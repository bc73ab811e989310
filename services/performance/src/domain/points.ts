// How one KPI's monthly figure becomes points: the rule lives in the contract, because the KPI editor's preview
// runs it too (ADR 0010); the service's domain modules and tests keep reading it from here.
export { pointsOf, round2, type ScoredKpi } from '@duda/contract-performance';
