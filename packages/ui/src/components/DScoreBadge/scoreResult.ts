export type ScoreResult = 'pass' | 'fail' | 'vetoed' | 'notScored';

/** A one-vote-veto item (一票否决) fails the whole inspection whatever the points add up to. */
export function scoreResult(score: number | null, passLine: number, vetoed: boolean): ScoreResult {
  if (vetoed) return 'vetoed';
  if (score === null) return 'notScored';
  return score >= passLine ? 'pass' : 'fail';
}
