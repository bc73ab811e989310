// A steady, bounded load: a few callers, each sending its next request a moment after its last answer,
// recording every answer's status (0 when no answer came at all).

export interface Answer {
  caller: number;
  status: number;
  /** When it was sent, in ms since the load began. */
  sentAt: number;
}

export interface RunningLoad {
  /** Answers so far. */
  answers(): Answer[];
  /** Lets each caller finish the request it is waiting on, then stops; all answers. */
  stop(): Promise<Answer[]>;
}

export function steadyLoad(callers: ((turn: number) => Promise<number>)[], pauseMs: number): RunningLoad {
  const begun = Date.now();
  const answers: Answer[] = [];
  let stopping = false;
  const loops = callers.map(async (call, caller) => {
    for (let turn = 0; !stopping; turn++) {
      const sentAt = Date.now() - begun;
      const status = await call(turn).catch(() => 0);
      answers.push({ caller, status, sentAt });
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  });
  return {
    answers: () => answers,
    stop: async () => {
      stopping = true;
      await Promise.all(loops);
      return answers;
    },
  };
}
