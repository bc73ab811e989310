// What the fuzzing suite counts, and each finding in words: a 5xx, a refusal no client can read, a refusal
// only PostgreSQL made (a bound missing from the schema), and a refused call that wrote something.
import type { Verdict } from './wire.ts';

export interface FuzzFigures {
  procedures: number;
  inputs: number;
  rejected: number;
  accepted: number;
  serverErrors: number;
  halfWrites: number;
}

export class Tally {
  readonly figures: FuzzFigures;
  readonly findings: string[] = [];

  constructor(procedures: number) {
    this.figures = { procedures, inputs: 0, rejected: 0, accepted: 0, serverErrors: 0, halfWrites: 0 };
  }

  /** One call: its verdict, the tables whose rows it changed, and the call in words for a finding. */
  record(verdict: Verdict, changedTables: readonly string[], call: string): void {
    const figures = this.figures;
    figures.inputs++;
    if (verdict.kind === 'accepted') {
      figures.accepted++;
      return;
    }
    figures.rejected++;
    if (verdict.kind === 'serverError') {
      figures.serverErrors++;
      this.findings.push(`5xx: ${call}`);
    }
    if (verdict.kind === 'unreadable') this.findings.push(`unreadable refusal: ${call}`);
    if (verdict.kind === 'refused' && verdict.code === 'common.invalidData')
      this.findings.push(`refused only by the database: ${call}`);
    if (changedTables.length) {
      figures.halfWrites++;
      this.findings.push(`refused but wrote ${changedTables.join(', ')}: ${call}`);
    }
  }
}
