import type { PolicyStatus } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import {
  consultRefusal,
  editRefusal,
  markRefusal,
  opinionUnit,
  statusAfterApproval,
  submitRefusal,
  type VersionState,
} from './revision.ts';

const SC = 'district-sc';
const XH = 'district-xh';
const deadline = new Date('2026-12-10T10:00:00Z');
const before = new Date('2026-12-09T10:00:00Z');
const after = new Date('2026-12-10T10:00:00Z');

const version = (status: PolicyStatus, extra: Partial<VersionState> = {}): VersionState => ({
  status,
  consultationNodeIds: status === 'DRAFT' ? [] : [SC, XH],
  consultationDeadline: status === 'DRAFT' ? null : deadline,
  approvalInstanceId: null,
  ...extra,
});
const sentBack = version('DRAFT', {
  consultationNodeIds: [SC, XH],
  consultationDeadline: deadline,
  approvalInstanceId: 'i',
});

describe('changing and consulting a version', () => {
  it.each([
    ['DRAFT', null, null],
    ['IN_CONSULTATION', 'notEditable', 'notEditable'],
    ['AWAITING_APPROVAL', 'notEditable', 'notEditable'],
    ['IN_FORCE', 'notEditable', 'notEditable'],
    ['SUPERSEDED', 'notEditable', 'notEditable'],
  ] as const)('a %s version: edit %s, consult %s', (status, edit, consult) => {
    expect(editRefusal(version(status))?.key ?? null).toBe(edit);
    expect(consultRefusal(version(status))?.key ?? null).toBe(consult);
  });

  it('a version sent back is edited, but not consulted again', () => {
    expect(editRefusal(sentBack)).toBeNull();
    expect(consultRefusal(sentBack)?.key).toBe('notEditable');
  });
});

describe('giving an opinion', () => {
  const scSupervisor = [{ role: 'district_supervisor', orgNodeId: SC }];
  it.each([
    ['a consulted district supervisor before the deadline', 'IN_CONSULTATION', scSupervisor, before, SC],
    [
      'a consulted district supervisor at the deadline',
      'IN_CONSULTATION',
      scSupervisor,
      after,
      'consultationClosed',
    ],
    [
      'a clerk of a consulted unit',
      'IN_CONSULTATION',
      [{ role: 'clerk', orgNodeId: SC }],
      before,
      'notConsulted',
    ],
    [
      'a supervisor of another district',
      'IN_CONSULTATION',
      [{ role: 'district_supervisor', orgNodeId: 'other' }],
      before,
      'notConsulted',
    ],
    ['anyone on a draft', 'DRAFT', scSupervisor, before, 'notInConsultation'],
    ['anyone once it went to the leader', 'AWAITING_APPROVAL', scSupervisor, before, 'notInConsultation'],
  ] as const)('%s: %s', (_, status, roles, now, expected) => {
    const result = opinionUnit(version(status), roles, now);
    expect(result.ok ? result.orgNodeId : result.refusal.key).toBe(expected);
  });

  it('names the deadline in the refusal after it', () => {
    const result = opinionUnit(version('IN_CONSULTATION'), scSupervisor, after);
    expect(!result.ok && result.refusal).toEqual({ key: 'consultationClosed', params: { deadline } });
  });
});

describe('marking opinions and submitting to the leader', () => {
  it.each([
    ['accepted, no reason', 'IN_CONSULTATION', true, undefined, null],
    ['not accepted with a reason', 'IN_CONSULTATION', false, '与集团规范冲突', null],
    ['not accepted without a reason', 'IN_CONSULTATION', false, undefined, 'reasonRequired'],
    ['on a plain draft', 'DRAFT', true, undefined, 'notInConsultation'],
    ['while the leader decides', 'AWAITING_APPROVAL', true, undefined, 'notInConsultation'],
  ] as const)('%s (%s)', (_, status, accepted, reason, expected) => {
    expect(markRefusal(version(status), accepted, reason)?.key ?? null).toBe(expected);
  });

  it('after a send-back the opinions are marked again', () => {
    expect(markRefusal(sentBack, false, '已另行规定')).toBeNull();
  });

  const marked = (orgNodeId: string) => ({ orgNodeId, accepted: true });
  it.each([
    [
      'both units answered and marked, before the deadline',
      version('IN_CONSULTATION'),
      [marked(SC), marked(XH)],
      before,
      null,
    ],
    [
      'one unit still to answer, before the deadline',
      version('IN_CONSULTATION'),
      [marked(SC)],
      before,
      'consultationOpen',
    ],
    ['one unit never answered, after the deadline', version('IN_CONSULTATION'), [marked(SC)], after, null],
    [
      'an opinion not marked',
      version('IN_CONSULTATION'),
      [marked(SC), { orgNodeId: XH, accepted: null }],
      after,
      'opinionsUnmarked',
    ],
    ['a draft never consulted', version('DRAFT'), [], after, 'notInConsultation'],
    ['sent back and marked', sentBack, [marked(SC)], before, null],
    ['already with the leader', version('AWAITING_APPROVAL'), [], after, 'notInConsultation'],
  ] as const)('%s: %s', (_, v, opinions, now, expected) => {
    expect(submitRefusal(v, opinions, now)?.key ?? null).toBe(expected);
  });

  it('counts the unmarked opinions', () => {
    const opinions = [
      { orgNodeId: SC, accepted: null },
      { orgNodeId: XH, accepted: null },
    ];
    expect(submitRefusal(version('IN_CONSULTATION'), opinions, after)).toEqual({
      key: 'opinionsUnmarked',
      params: { count: 2 },
    });
  });
});

describe('the approval moves the version', () => {
  it.each([
    ['APPROVED', 'IN_FORCE'],
    ['IN_PROGRESS', 'AWAITING_APPROVAL'],
    ['RETURNED', 'DRAFT'],
    ['REJECTED', 'DRAFT'],
    ['WITHDRAWN', 'DRAFT'],
  ] as const)('%s → %s', (approval, status) => {
    expect(statusAfterApproval(approval)).toBe(status);
  });
});
