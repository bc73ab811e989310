// 打字测试的计分: a typing test scored from the passage, the committed text and the time taken — the rule stated in
// the contract (packages/contract-training/src/skills.ts). The server runs it on what the page sent; the page's own
// live figure is only a guide.
import { TYPING_SPEED_LIMITS, type PassageScript } from '@duda/contract-training';

export interface TypingScore {
  /** Committed characters a minute, one decimal. */
  cpm: number;
  /** Characters matching the passage in order ÷ passage characters, 0–1, four decimals. */
  accuracy: number;
  /** Wrong, extra and missing characters (edit distance). */
  errors: number;
  /** Characters typed and passage characters, as compared. */
  typedChars: number;
  passageChars: number;
}

/** The characters as compared: NFKC, line breaks and white-space runs as one space, trimmed; by code point. */
export function comparableChars(value: string): string[] {
  return Array.from(value.normalize('NFKC').replace(/\s+/gu, ' ').trim());
}

/** Longest common subsequence and edit distance in one pass of two rows (passages are a few hundred characters). */
function align(passage: readonly string[], typed: readonly string[]): { matched: number; distance: number } {
  let lcs = new Array<number>(typed.length + 1).fill(0);
  let edit = Array.from({ length: typed.length + 1 }, (_, j) => j);
  for (let i = 1; i <= passage.length; i++) {
    const lcsRow = [0];
    const editRow = [i];
    for (let j = 1; j <= typed.length; j++) {
      const same = passage[i - 1] === typed[j - 1];
      lcsRow[j] = same ? lcs[j - 1]! + 1 : Math.max(lcs[j]!, lcsRow[j - 1]!);
      editRow[j] = Math.min(edit[j]! + 1, editRow[j - 1]! + 1, edit[j - 1]! + (same ? 0 : 1));
    }
    lcs = lcsRow;
    edit = editRow;
  }
  return { matched: lcs[typed.length]!, distance: edit[typed.length]! };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function scoreTyping(passage: string, typed: string, elapsedMs: number): TypingScore {
  const expected = comparableChars(passage);
  const actual = comparableChars(typed);
  const { matched, distance } = align(expected, actual);
  return {
    cpm: elapsedMs > 0 ? round((actual.length * 60_000) / elapsedMs, 1) : 0,
    accuracy: expected.length ? round(matched / expected.length, 4) : 0,
    errors: distance,
    typedChars: actual.length,
    passageChars: expected.length,
  };
}

/** Why a submitted test cannot be a real one, or null: faster than anyone types, too quick, or far too long. */
export type ImplausibleTyping =
  { reason: 'tooFast'; cpm: number; limit: number } | { reason: 'tooShort' } | { reason: 'typedTooLong' };

/** Under this the clock did not really run: even one line takes longer. */
const MIN_ELAPSED_MS = 3000;

export function implausibleTyping(
  score: TypingScore,
  script: PassageScript,
  elapsedMs: number,
): ImplausibleTyping | null {
  if (elapsedMs < MIN_ELAPSED_MS) return { reason: 'tooShort' };
  if (score.typedChars > score.passageChars * 2 + 50) return { reason: 'typedTooLong' };
  const limit = TYPING_SPEED_LIMITS[script];
  return score.cpm > limit ? { reason: 'tooFast', cpm: score.cpm, limit } : null;
}
