import { describe, expect, it } from 'vitest';
import { evidenceGrant, evidenceGrantValid } from './evidence-grant.ts';

describe('an evidence grant', () => {
  const grant = evidenceGrant('secret', 'inspection.rectification:o1', 'p1');

  it('lets that person read that record', () => {
    expect(evidenceGrantValid('secret', 'inspection.rectification:o1', 'p1', grant)).toBe(true);
  });

  it('is nothing for another person, another record, another secret or none', () => {
    expect(evidenceGrantValid('secret', 'inspection.rectification:o1', 'p2', grant)).toBe(false);
    expect(evidenceGrantValid('secret', 'inspection.rectification:o2', 'p1', grant)).toBe(false);
    expect(evidenceGrantValid('secret', 'inspection.inspection:o1', 'p1', grant)).toBe(false);
    expect(evidenceGrantValid('other', 'inspection.rectification:o1', 'p1', grant)).toBe(false);
    expect(evidenceGrantValid('secret', 'inspection.rectification:o1', 'p1', null)).toBe(false);
    expect(evidenceGrantValid('secret', 'inspection.rectification:o1', 'p1', 'short')).toBe(false);
  });
});
