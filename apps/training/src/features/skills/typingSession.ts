// What the typing page counts while someone types: only committed text (an IME's pinyin is not yet text), and the
// time from the first input. The rule is the contract's (packages/contract-training/src/skills.ts); the server
// scores the committed text again and is the only score kept.

export interface TypingSession {
  /** The text area's value as last committed: outside a composition, or when one ends. */
  committed: string;
  composing: boolean;
  /** When the first key or composition happened (ms), null before. */
  startedAt: number | null;
}

export const newSession = (): TypingSession => ({ committed: '', composing: false, startedAt: null });

const started = (session: TypingSession, at: number) => session.startedAt ?? at;

export const compositionStart = (session: TypingSession, at: number): TypingSession => ({
  ...session,
  composing: true,
  startedAt: started(session, at),
});

/** The composition's characters are chosen: what the text area holds now is committed. */
export const compositionEnd = (session: TypingSession, value: string, at: number): TypingSession => ({
  committed: value,
  composing: false,
  startedAt: started(session, at),
});

/**
 * An `input` event. During a composition the value holds uncommitted pinyin, so nothing changes; browsers that
 * fire the last `input` after `compositionend` commit again here, harmlessly.
 */
export function input(
  session: TypingSession,
  value: string,
  isComposing: boolean,
  at: number,
): TypingSession {
  if (isComposing || session.composing) return { ...session, startedAt: started(session, at) };
  return { ...session, committed: value, startedAt: started(session, at) };
}

/** Committed characters (code points) a minute so far; 0 before the clock starts. */
export function liveCpm(session: TypingSession, now: number): number {
  if (session.startedAt === null) return 0;
  const minutes = (now - session.startedAt) / 60_000;
  return minutes > 0 ? Math.round(Array.from(session.committed.trim()).length / minutes) : 0;
}

export const elapsedMs = (session: TypingSession, now: number) =>
  session.startedAt === null ? 0 : Math.max(1, Math.round(now - session.startedAt));
