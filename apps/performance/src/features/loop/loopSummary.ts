// The board's headline: of the halls shown, how many have each stage done, and whether any was inspected at all.
import { LOOP_STAGES, type HallLoop, type LoopStage } from '@duda/contract-performance';

export interface LoopSummary {
  halls: number;
  done: Record<LoopStage, number>;
  /** No hall inspected yet this month: the board has nothing to follow until someone inspects. */
  nothingFound: boolean;
}

export function loopSummary(halls: readonly HallLoop[]): LoopSummary {
  const done = Object.fromEntries(LOOP_STAGES.map((stage) => [stage, 0])) as Record<LoopStage, number>;
  for (const hall of halls) for (const s of hall.stages) if (s.state === 'DONE') done[s.stage] += 1;
  return {
    halls: halls.length,
    done,
    nothingFound: halls.every((hall) => hall.stages[0]?.state === 'WAITING'),
  };
}

/** The design system's status for a stage's state (its tone), the label coming from the board's own texts. */
export const tagStatusOf = {
  DONE: 'pass',
  ACTIVE: 'in_progress',
  WAITING: 'pending',
  CLEAR: 'closed',
} as const;
