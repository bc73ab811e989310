// A steady, bounded load: a few callers, each sending its next request a moment after its last answer,
// recording every answer's status (0 when no answer came at all) and, for any other than 200, what it said —
// so a failure under a loaded machine names its cause (the database busy, a reset connection) in the test's output.

export interface Answer {
  caller: number;
  status: number;
  /** The error's code and message, or the exception, when the answer was not a 200. */
  detail?: string;
  /** When it was sent, in ms since the load began. */
  sentAt: number;
}

export interface RunningLoad {
  /** Answers so far. */
  answers(): Answer[];
  /** Lets each caller finish the request it is waiting on, then stops; all answers. */
  stop(): Promise<Answer[]>;
}

/** What a caller's request came back with: its HTTP status and, if it failed, the tRPC error. */
export interface Reply {
  status: number;
  error?: { message: string; data?: { code?: string; error?: { code?: string } | null } };
}

export function steadyLoad(callers: ((turn: number) => Promise<Reply>)[], pauseMs: number): RunningLoad {
  const begun = Date.now();
  const answers: Answer[] = [];
  let stopping = false;
  const loops = callers.map(async (call, caller) => {
    for (let turn = 0; !stopping; turn++) {
      const sentAt = Date.now() - begun;
      const answer = await call(turn).then(
        (reply): Answer => ({
          caller,
          status: reply.status,
          sentAt,
          ...(reply.status === 200
            ? {}
            : {
                detail: `${reply.error?.data?.error?.code ?? reply.error?.data?.code}: ${reply.error?.message}`,
              }),
        }),
        (error: unknown): Answer => ({ caller, status: 0, sentAt, detail: String(error) }),
      );
      answers.push(answer);
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
