import { describe, expect, it } from 'vitest';
import { dashboardInputFrom, queryFrom } from './dashboardQuery.ts';

const now = new Date('2026-11-20T02:00:00Z');

describe('dashboard ↔ URL', () => {
  it('opens on the current month and the user’s own scope', () => {
    expect(dashboardInputFrom({}, now)).toEqual({ month: '2026-11', scopeOrgId: null });
    expect(dashboardInputFrom({ month: 'last' }, now).month).toBe('2026-11');
  });

  it('keeps another month and scope in the URL, and only those', () => {
    const input = dashboardInputFrom({ month: '2026-09', scope: 'district-1' }, now);
    expect(input).toEqual({ month: '2026-09', scopeOrgId: 'district-1' });
    expect(queryFrom(input, now)).toEqual({ month: '2026-09', scope: 'district-1' });
    expect(queryFrom({ month: '2026-11', scopeOrgId: null }, now)).toEqual({});
  });
});
