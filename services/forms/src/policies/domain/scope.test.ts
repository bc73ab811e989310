import { describe, expect, it } from 'vitest';
import { appliesTo, expandScope } from './scope.ts';

const city = { id: 'hz', district: null, city: null };
const sc = { id: 'sc', district: null, city: { id: 'hz' } };
const xh = { id: 'xh', district: null, city: { id: 'hz' } };
const hubin = { id: 'hubin', district: { id: 'sc' }, city: { id: 'hz' } };
const xihu = { id: 'xihu-hall', district: { id: 'xh' }, city: { id: 'hz' } };
const places = [city, sc, xh, hubin, xihu];

describe('a policy scope', () => {
  it.each([
    [['hz'], ['hz', 'sc', 'xh', 'hubin', 'xihu-hall']],
    [['sc'], ['sc', 'hubin']],
    [
      ['hubin', 'xh'],
      ['xh', 'hubin', 'xihu-hall'],
    ],
  ])('%j covers %j', (chosen, covered) => {
    expect(expandScope(chosen, places)).toEqual(covered);
  });

  const scOnly = { scopeSubtree: ['sc', 'hubin'], scopeRoles: [] };
  const clerksOnly = { scopeSubtree: ['sc', 'hubin'], scopeRoles: ['clerk'] };
  it.each([
    ['a clerk of a hall in scope', scOnly, [{ role: 'clerk', orgNodeId: 'hubin' }], true],
    ['a clerk of a hall out of scope', scOnly, [{ role: 'clerk', orgNodeId: 'xihu-hall' }], false],
    [
      'a hall manager when only clerks are in scope',
      clerksOnly,
      [{ role: 'hall_manager', orgNodeId: 'hubin' }],
      false,
    ],
    ['a clerk when only clerks are in scope', clerksOnly, [{ role: 'clerk', orgNodeId: 'hubin' }], true],
    [
      'a manager in scope who is a clerk elsewhere: the pair must match',
      clerksOnly,
      [
        { role: 'hall_manager', orgNodeId: 'hubin' },
        { role: 'clerk', orgNodeId: 'xihu-hall' },
      ],
      false,
    ],
  ])('%s: %s', (_, v, roles, expected) => {
    expect(appliesTo(v, roles)).toBe(expected);
  });
});
