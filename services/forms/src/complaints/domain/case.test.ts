// Every step in every status, by the manager line, the assignee and outsiders; escalation up the line; the limits.
import { COMPLAINT_STATUSES, type ComplaintStatus } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import { actOnCase, CASE_STEPS, isHandler, nextSteps } from './case.ts';
import { escalate } from './escalation.ts';
import { dueFrom, isOverdue, limitHoursOf } from './limits.ts';
import type { CaseActor, CaseCommand, CaseState } from './types.ts';

const line = { hallId: 'hall', districtId: 'district', cityId: 'city' };
const person = (id: string) => ({ personId: id, name: id });
const actor = (id: string, roles: CaseActor['roles'] = []): CaseActor => ({ ...person(id), roles });

const manager = actor('mgr', [{ role: 'hall_manager', orgNodeId: 'hall' }]);
const clerk = actor('clerk', [{ role: 'clerk', orgNodeId: 'hall' }]);
const assignee = actor('duty', [{ role: 'duty_manager', orgNodeId: 'hall' }]);
const districtSup = actor('dsup', [{ role: 'district_supervisor', orgNodeId: 'district' }]);
const citySup = actor('csup', [{ role: 'city_supervisor', orgNodeId: 'city' }]);
const otherManager = actor('other', [{ role: 'hall_manager', orgNodeId: 'another-hall' }]);

const T0 = new Date('2026-11-02T02:00:00Z');
const caseIn = (status: ComplaintStatus, over: Partial<CaseState> = {}): CaseState => ({
  status,
  category: 'SERVICE',
  line,
  intakeBy: person('clerk'),
  assignee: status === 'RECEIVED' ? null : person('duty'),
  level: 'HALL',
  dueAt: dueFrom(T0, 'SERVICE'),
  ...over,
});

const commands: Record<(typeof CASE_STEPS)[number], CaseCommand> = {
  CLASSIFY: { action: 'CLASSIFY', category: 'BUSINESS', assignee: person('duty') },
  INVESTIGATE: { action: 'INVESTIGATE', note: '调取录像' },
  RESOLVE: { action: 'RESOLVE', responsibility: '营业员', measures: '培训', compensation: '话费 20 元' },
  FEEDBACK: { action: 'FEEDBACK', note: '已电话说明' },
  FOLLOW_UP: { action: 'FOLLOW_UP', satisfaction: 'SATISFIED', note: '客户满意' },
  CLOSE: { action: 'CLOSE' },
};

// The manager's table: for every step and status, the status it leads to, or '-' when refused (wrongStatus).
const table: Record<ComplaintStatus, Record<(typeof CASE_STEPS)[number], ComplaintStatus | '-'>> = {
  RECEIVED: {
    CLASSIFY: 'CLASSIFIED',
    INVESTIGATE: '-',
    RESOLVE: '-',
    FEEDBACK: '-',
    FOLLOW_UP: '-',
    CLOSE: '-',
  },
  CLASSIFIED: {
    CLASSIFY: 'CLASSIFIED',
    INVESTIGATE: 'INVESTIGATING',
    RESOLVE: '-',
    FEEDBACK: '-',
    FOLLOW_UP: '-',
    CLOSE: '-',
  },
  INVESTIGATING: {
    CLASSIFY: '-',
    INVESTIGATE: 'INVESTIGATING',
    RESOLVE: 'RESOLVED',
    FEEDBACK: '-',
    FOLLOW_UP: '-',
    CLOSE: '-',
  },
  RESOLVED: {
    CLASSIFY: '-',
    INVESTIGATE: '-',
    RESOLVE: '-',
    FEEDBACK: 'FEEDBACK_GIVEN',
    FOLLOW_UP: '-',
    CLOSE: '-',
  },
  FEEDBACK_GIVEN: {
    CLASSIFY: '-',
    INVESTIGATE: '-',
    RESOLVE: '-',
    FEEDBACK: '-',
    FOLLOW_UP: 'FOLLOWED_UP',
    CLOSE: '-',
  },
  FOLLOWED_UP: {
    CLASSIFY: '-',
    INVESTIGATE: '-',
    RESOLVE: '-',
    FEEDBACK: '-',
    FOLLOW_UP: '-',
    CLOSE: 'CLOSED',
  },
  CLOSED: { CLASSIFY: '-', INVESTIGATE: '-', RESOLVE: '-', FEEDBACK: '-', FOLLOW_UP: '-', CLOSE: '-' },
};

describe('the case state machine', () => {
  const cells = COMPLAINT_STATUSES.flatMap((status) =>
    CASE_STEPS.map((step) => [status, step, table[status][step]] as const),
  );

  it.each(cells)('the hall manager, in %s, %s → %s', (status, step, expected) => {
    const result = actOnCase(caseIn(status), commands[step], manager);
    if (expected === '-')
      expect(result).toMatchObject({ ok: false, refusal: 'wrongStatus', status, action: step });
    else {
      expect(result).toMatchObject({ ok: true, state: { status: expected } });
      if (result.ok)
        expect(result.entry).toMatchObject({ action: step, fromStatus: status, toStatus: expected });
    }
  });

  it.each(cells)(
    'the assignee, in %s, %s: allowed where the manager is, except assigning and closing',
    (status, step, expected) => {
      const result = actOnCase(caseIn(status, { assignee: person('duty') }), commands[step], assignee);
      if (step === 'CLASSIFY' || step === 'CLOSE')
        expect(result).toMatchObject({ ok: false, refusal: 'notManager' });
      else expect(result.ok).toBe(expected !== '-');
    },
  );

  it.each(cells)('an outsider (another hall’s manager), in %s, %s: not a handler', (status, step) => {
    expect(actOnCase(caseIn(status), commands[step], otherManager)).toMatchObject({
      ok: false,
      refusal: 'notHandler',
    });
  });

  it('the intake clerk handles the case (sees the contact) but takes no step', () => {
    expect(isHandler(caseIn('CLASSIFIED'), clerk)).toBe(true);
    expect(nextSteps(caseIn('CLASSIFIED'), clerk)).toEqual([]);
    expect(actOnCase(caseIn('RECEIVED'), commands.CLASSIFY, clerk)).toMatchObject({ refusal: 'notManager' });
    expect(actOnCase(caseIn('CLASSIFIED'), commands.INVESTIGATE, clerk)).toMatchObject({
      refusal: 'notHandler',
    });
  });

  it('a customer not satisfied at the follow-up sends the case back to investigation', () => {
    const result = actOnCase(
      caseIn('FEEDBACK_GIVEN'),
      { action: 'FOLLOW_UP', satisfaction: 'UNSATISFIED', note: '仍不满意' },
      assignee,
    );
    expect(result).toMatchObject({ ok: true, state: { status: 'INVESTIGATING' } });
  });

  it('classifying names the assignee and may change the category; the entry keeps the step’s facts', () => {
    const result = actOnCase(caseIn('RECEIVED'), commands.CLASSIFY, manager);
    expect(result).toMatchObject({
      ok: true,
      state: { category: 'BUSINESS', assignee: person('duty') },
      entry: { actor: person('mgr'), note: null, detail: { category: 'BUSINESS', assignee: person('duty') } },
    });
  });

  it('the district supervisor is a manager only once the case is escalated to the district; the city after that', () => {
    expect(isHandler(caseIn('CLASSIFIED'), districtSup)).toBe(false);
    expect(nextSteps(caseIn('CLASSIFIED'), districtSup)).toEqual([]);
    expect(nextSteps(caseIn('CLASSIFIED', { level: 'DISTRICT' }), districtSup)).toEqual([
      'CLASSIFY',
      'INVESTIGATE',
    ]);
    expect(isHandler(caseIn('CLASSIFIED', { level: 'DISTRICT' }), citySup)).toBe(false);
    expect(isHandler(caseIn('CLASSIFIED', { level: 'CITY' }), citySup)).toBe(true);
    expect(isHandler(caseIn('CLASSIFIED', { level: 'CITY' }), districtSup)).toBe(true);
  });
});

describe('time limits and escalation', () => {
  const HOUR = 3_600_000;
  const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

  it('limits by category (service 24 h, business 48 h, product 72 h), a city’s own hours first', () => {
    expect([limitHoursOf('SERVICE'), limitHoursOf('BUSINESS'), limitHoursOf('PRODUCT')]).toEqual([
      24, 48, 72,
    ]);
    expect(limitHoursOf('SERVICE', { SERVICE: 12 })).toBe(12);
    expect(dueFrom(T0, 'PRODUCT', { SERVICE: 12 })).toEqual(at(72));
  });

  it('an open case is overdue from its limit on; a closed one never', () => {
    expect(isOverdue(caseIn('INVESTIGATING'), at(23.9))).toBe(false);
    expect(isOverdue(caseIn('INVESTIGATING'), at(24))).toBe(true);
    expect(isOverdue(caseIn('CLOSED'), at(100))).toBe(false);
  });

  it('goes hall → district → city, each with the time again, and stops at the city', () => {
    expect(escalate(caseIn('CLASSIFIED'), at(23))).toBeNull();
    const first = escalate(caseIn('CLASSIFIED'), at(25))!;
    expect(first.state).toMatchObject({ level: 'DISTRICT', dueAt: at(49), status: 'CLASSIFIED' });
    expect(first.entry).toMatchObject({
      action: 'ESCALATE',
      actor: null,
      detail: { from: 'HALL', to: 'DISTRICT' },
    });
    expect(escalate(first.state, at(30))).toBeNull();
    const second = escalate(first.state, at(49))!;
    expect(second.state.level).toBe('CITY');
    expect(escalate(second.state, at(500))).toBeNull();
  });

  it('a closed case is not escalated; a hall without a district goes straight to the city', () => {
    expect(escalate(caseIn('CLOSED'), at(100))).toBeNull();
    const noDistrict = caseIn('RECEIVED', { line: { ...line, districtId: null } });
    expect(escalate(noDistrict, at(25))!.state.level).toBe('CITY');
  });
});
