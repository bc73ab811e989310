// The satisfaction rate (满意率) of one person in the monthly run, from the import in force (pure): their own row
// if the survey named them, else their hall's; the evidence names the file and the row. A month with an import
// takes its figures from it alone: someone it does not cover has no figure (the superior may adjust with a reason).
import type { Evidence } from '@duda/contract-performance';
import type { SourcedFigure } from '../domain/sources.ts';

export interface ImportedRate {
  importId: string;
  fileName: string;
  row: number;
  hallId: string;
  hallName: string;
  personId: string | null;
  personName: string | null;
  rate: number;
}

export type SatisfactionOf = (person: { id: string; hallId: string }) => SourcedFigure;

export function satisfactionLookup(rates: readonly ImportedRate[]): SatisfactionOf {
  const byPerson = new Map(rates.filter((r) => r.personId).map((r) => [r.personId!, r]));
  const byHall = new Map(rates.filter((r) => !r.personId).map((r) => [r.hallId, r]));
  return (person) => {
    const found = byPerson.get(person.id) ?? byHall.get(person.hallId);
    if (!found) return { value: null, evidence: [] };
    const evidence: Evidence = {
      kind: 'IMPORT',
      id: found.importId,
      title: `${found.fileName} 第 ${found.row} 行（${found.personName ?? found.hallName}）`,
      figure: found.rate,
      link: null,
    };
    return { value: found.rate, evidence: [evidence] };
  };
}
