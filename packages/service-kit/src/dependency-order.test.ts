import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './dependency-order.ts';

const names = (steps: { name: string }[]) => steps.map((s) => s.name);

describe('dependency order', () => {
  it('runs each step after the ones it needs', () => {
    const steps = [
      { name: 'forms', after: ['performance', 'org'] },
      { name: 'inspection', after: ['org'] },
      { name: 'performance', after: ['inspection', 'training'] },
      { name: 'training', after: ['org'] },
      { name: 'org', after: [] },
    ];
    expect(names(dependencyOrder(steps))).toEqual(['org', 'inspection', 'training', 'performance', 'forms']);
  });

  it('keeps the given order where nothing is needed', () => {
    const steps = ['b', 'a', 'c'].map((name) => ({ name, after: [] }));
    expect(names(dependencyOrder(steps))).toEqual(['b', 'a', 'c']);
  });

  it('names a step that needs a service nobody provides', () => {
    expect(() => dependencyOrder([{ name: 'inspection', after: ['org'] }])).toThrow(
      'seed step "inspection" needs "org", which no service module provides',
    );
  });

  it('names the circle when steps need each other', () => {
    expect(() =>
      dependencyOrder([
        { name: 'org', after: [] },
        { name: 'training', after: ['performance'] },
        { name: 'performance', after: ['training'] },
      ]),
    ).toThrow('seed steps depend on each other in a circle: training → performance → training');
  });

  it('says what the nodes are in its errors', () => {
    expect(() => dependencyOrder([{ name: 'inspection', after: ['org'] }], 'service')).toThrow(
      'service "inspection" needs "org", which no service module provides',
    );
  });
});
