import { describe, expect, it } from 'vitest';
import { outcomeText } from './outcomeText.ts';

const translate = (key: string, values: Record<string, unknown> = {}) => `${key}${JSON.stringify(values)}`;

describe('outcomeText', () => {
  it('names each kind of outcome', () => {
    expect(outcomeText({ maxPoints: null }, 'PASS', translate)).toBe('inspection.perform.outcome.PASS{}');
    expect(outcomeText({ maxPoints: null }, 'NA', translate)).toBe('inspection.perform.outcome.NA{}');
    expect(outcomeText({ maxPoints: 5 }, 3, translate)).toBe(
      'inspection.perform.outcome.pointsOf{"points":3,"max":5}',
    );
    expect(outcomeText({ maxPoints: null }, null, translate)).toBe('inspection.perform.outcome.none{}');
  });
});
