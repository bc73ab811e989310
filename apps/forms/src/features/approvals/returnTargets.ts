// Where 退回 may send an approval: a step of an earlier stage (the engine reopens that stage; a later or current one
// it refuses), or back to the submitter. The previous stage comes first, as the usual choice.
export interface FlowStepView {
  key: string;
  name: string;
  stageIndex: number;
}

export interface ReturnTargets {
  /** Steps of earlier stages, the nearest stage first. */
  steps: FlowStepView[];
  /** The first step of the previous stage, or null (to the submitter) on the first stage. */
  preferred: string | null;
}

export function returnTargets(steps: readonly FlowStepView[], stageIndex: number): ReturnTargets {
  const earlier = steps
    .filter((step) => step.stageIndex < stageIndex)
    .sort((a, b) => b.stageIndex - a.stageIndex);
  return { steps: earlier, preferred: earlier[0]?.key ?? null };
}
