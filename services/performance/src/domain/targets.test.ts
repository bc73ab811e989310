import { describe, expect, it } from 'vitest';
import { allocationsOf, targetFor } from './targets.ts';

describe('targetFor', () => {
  const allocations = allocationsOf([
    { subjectId: 'district', kpiId: 'satisfaction', target: 96 },
    { subjectId: 'hall', kpiId: 'satisfaction', target: 97 },
    { subjectId: 'person', kpiId: 'satisfaction', target: 98 },
    { subjectId: 'district', kpiId: 'volume', target: 300 },
  ]);
  const satisfaction = { id: 'satisfaction', target: 95 };
  const volume = { id: 'volume', target: 250 };

  it('takes the nearest allocation: the person’s, then the hall’s, then the district’s', () => {
    expect(targetFor(satisfaction, ['person', 'hall', 'district'], allocations)).toBe(98);
    expect(targetFor(satisfaction, ['someone else', 'hall', 'district'], allocations)).toBe(97);
    expect(targetFor(volume, ['person', 'hall', 'district'], allocations)).toBe(300);
  });

  it('falls back to the KPI’s own target when nothing was allocated on the way', () => {
    expect(targetFor(satisfaction, ['other', 'other hall', null], allocations)).toBe(95);
  });
});
