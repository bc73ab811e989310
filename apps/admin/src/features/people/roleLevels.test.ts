import { describe, expect, it } from 'vitest';
import { levelsForRole } from './roleLevels.ts';

describe('where a role may be given', () => {
  it('offers only halls for a duty manager and only districts for a district supervisor', () => {
    expect(levelsForRole('duty_manager')).toEqual(['hall']);
    expect(levelsForRole('district_supervisor')).toEqual(['district']);
  });

  it('offers every level for a role bound to none, and before a role is picked', () => {
    expect(levelsForRole('admin')).toEqual(['province', 'city', 'district', 'hall']);
    expect(levelsForRole(null)).toEqual(['province', 'city', 'district', 'hall']);
  });
});
