import { isAppError } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { checkGradeBands, checkGuideline, checkManualPoints, checkRule, checkWeights } from './validation.ts';

const codeOf = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code;
  }
};

describe('checkRule', () => {
  it.each([
    ['HIGHER', 90, { kind: 'LINEAR', floor: 95 }, 'performance.scoring.floorAboveTarget'],
    ['HIGHER', 90, { kind: 'LINEAR', floor: 90 }, 'performance.scoring.floorAboveTarget'],
    ['LOWER', 0, { kind: 'LINEAR', floor: 0 }, 'performance.scoring.floorBelowTarget'],
    ['HIGHER', 90, { kind: 'STEPS', steps: [] }, 'performance.scoring.stepsEmpty'],
    [
      'HIGHER',
      90,
      { kind: 'STEPS', steps: [{ threshold: 80, share: 120 }] },
      'performance.scoring.stepShare',
    ],
    [
      'HIGHER',
      90,
      {
        kind: 'STEPS',
        steps: [
          { threshold: 80, share: 50 },
          { threshold: 80, share: 60 },
        ],
      },
      'performance.scoring.stepsRepeated',
    ],
    ['LOWER', 0, { kind: 'DEDUCTION', perUnit: 0, cap: 5 }, 'performance.scoring.deductionPerUnit'],
    ['LOWER', 0, { kind: 'DEDUCTION', perUnit: 2, cap: 0 }, 'performance.scoring.deductionCap'],
    ['HIGHER', 90, { kind: 'LINEAR', floor: 60 }, null],
    ['LOWER', 0, { kind: 'LINEAR', floor: 4 }, null],
    ['HIGHER', 10, { kind: 'MANUAL' }, null],
  ] as const)('%s target %d %j → %s', (direction, target, rule, code) => {
    expect(codeOf(() => checkRule(direction, target, rule as never))).toBe(code);
  });

  it('words the refusal in both languages with the figures', () => {
    try {
      checkRule('HIGHER', 90, { kind: 'LINEAR', floor: 95 });
    } catch (error) {
      expect((error as Error).message).toBe('越高越好的指标，下限（95）须低于目标值（90）');
    }
    expect.assertions(1);
  });
});

describe('checkWeights', () => {
  it('accepts weights adding up to 100', () => {
    expect(
      codeOf(() =>
        checkWeights([
          { kpiId: 'a', weight: 60 },
          { kpiId: 'b', weight: 40 },
        ]),
      ),
    ).toBeNull();
  });
  it.each([
    [
      [
        { kpiId: 'a', weight: 60 },
        { kpiId: 'b', weight: 30 },
      ],
      'performance.scoring.weightsNot100',
    ],
    [
      [
        { kpiId: 'a', weight: 60 },
        { kpiId: 'b', weight: 50 },
      ],
      'performance.scoring.weightsNot100',
    ],
    [
      [
        { kpiId: 'a', weight: 50 },
        { kpiId: 'a', weight: 50 },
      ],
      'performance.scoring.duplicateKpi',
    ],
  ])('%j → %s', (lines, code) => {
    expect(codeOf(() => checkWeights(lines))).toBe(code);
  });
});

describe('grade settings', () => {
  it.each([
    [{ excellent: 90, good: 80, pass: 60 }, null],
    [{ excellent: 80, good: 80, pass: 60 }, 'performance.scoring.gradeBands'],
    [{ excellent: 101, good: 80, pass: 60 }, 'performance.scoring.gradeBands'],
    [{ excellent: 90, good: 80, pass: -1 }, 'performance.scoring.gradeBands'],
  ])('bands %j → %s', (bands, code) => {
    expect(codeOf(() => checkGradeBands(bands))).toBe(code);
  });
  it.each([
    [{ excellentMax: 20, failMin: 5 }, null],
    [{ excellentMax: 120, failMin: 5 }, 'performance.scoring.distributionShares'],
    [{ excellentMax: 60, failMin: 50 }, 'performance.scoring.distributionShares'],
  ])('guideline %j → %s', (guideline, code) => {
    expect(codeOf(() => checkGuideline(guideline))).toBe(code);
  });
  it('keeps manual points within the weight', () => {
    expect(codeOf(() => checkManualPoints(10, 10))).toBeNull();
    expect(codeOf(() => checkManualPoints(10, 10.5))).toBe('performance.scoring.manualOutOfRange');
  });
});
