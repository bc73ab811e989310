// Which questions look dubious (Moodle's report highlights the same thresholds).
import type { QuestionFlag } from './types.ts';

/** Below it a question separates strong from weak examinees too little (Moodle: "weak discrimination"). */
export const LOW_DISCRIMINATION = 20;
/** Facility above it: nearly everyone gets it right; below the other: nearly nobody. */
export const TOO_EASY_FACILITY = 0.95;
export const TOO_HARD_FACILITY = 0.1;

export function questionFlags(facility: number | null, discriminationIndex: number | null): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  if (discriminationIndex !== null) {
    if (discriminationIndex < 0) flags.push('NEGATIVE_DISCRIMINATION');
    else if (discriminationIndex < LOW_DISCRIMINATION) flags.push('LOW_DISCRIMINATION');
  }
  if (facility !== null) {
    if (facility > TOO_EASY_FACILITY) flags.push('TOO_EASY');
    else if (facility < TOO_HARD_FACILITY) flags.push('TOO_HARD');
  }
  return flags;
}
