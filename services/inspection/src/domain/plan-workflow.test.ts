import { describe, expect, it } from 'vitest';
import type { InspectionPlan } from './plan.ts';
import { assertPlanEditable, planVisibleTo, replacePlanEntries, transitionPlan } from './plan-workflow.ts';
import type { PlanActor } from './plan-workflow.ts';

const now = new Date('2025-03-02T01:00:00Z');
const later = new Date('2025-03-05T01:00:00Z');

const author: PlanActor = { personId: 'author', supervisesScope: true, isLeader: false };
const colleague: PlanActor = { personId: 'colleague', supervisesScope: true, isLeader: false };
const outsider: PlanActor = { personId: 'outsider', supervisesScope: false, isLeader: false };
const leader: PlanActor = { personId: 'leader', supervisesScope: false, isLeader: true };

interface StoredPlan extends InspectionPlan {
  id: string;
}

const draft: StoredPlan = {
  id: 'plan-1',
  scope: { level: 'DISTRICT', orgId: 'd-1', orgName: '城东区' },
  month: '2025-03',
  title: '城东区2025年3月服务检查计划',
  authorId: 'author',
  status: 'DRAFT',
  entries: [
    {
      hallId: 'h-1',
      kind: 'MONTHLY_VISIT',
      templateId: 't-1',
      inspectorIds: ['author'],
      plannedDate: '2025-03-12',
    },
  ],
  firstSubmittedAt: null,
};

describe('transitionPlan', () => {
  it('runs the happy path and keeps extra fields of the stored plan', () => {
    const submitted = transitionPlan(draft, { type: 'SUBMIT' }, author, now);
    expect(submitted.plan).toMatchObject({ id: 'plan-1', status: 'SUBMITTED', firstSubmittedAt: now });
    expect(submitted.history).toEqual({
      at: now,
      actorId: 'author',
      action: 'SUBMIT',
      fromStatus: 'DRAFT',
      toStatus: 'SUBMITTED',
      comment: null,
    });
    const approved = transitionPlan(submitted.plan, { type: 'APPROVE', comment: ' 同意 ' }, leader, now);
    expect(approved.history.comment).toBe('同意');
    const published = transitionPlan(approved.plan, { type: 'PUBLISH' }, author, now);
    expect(published.plan.status).toBe('PUBLISHED');
  });

  it('loops through rejection and keeps the first submission time', () => {
    const submitted = transitionPlan(draft, { type: 'SUBMIT' }, author, now).plan;
    const rejected = transitionPlan(submitted, { type: 'REJECT', comment: '检查覆盖不全' }, leader, now);
    expect(rejected.plan.status).toBe('REJECTED');
    expect(rejected.history.comment).toBe('检查覆盖不全');
    const revised = transitionPlan(rejected.plan, { type: 'REVISE' }, colleague, later).plan;
    expect(revised.status).toBe('DRAFT');
    const resubmitted = transitionPlan(revised, { type: 'SUBMIT' }, author, later).plan;
    expect(resubmitted.firstSubmittedAt).toBe(now);
  });

  it('requires a rejection reason', () => {
    const submitted = transitionPlan(draft, { type: 'SUBMIT' }, author, now).plan;
    expect(() => transitionPlan(submitted, { type: 'REJECT', comment: '   ' }, leader, now)).toThrow(
      expect.objectContaining({ kind: 'BAD_REQUEST', field: 'comment' }),
    );
  });

  it('refuses transitions that do not start from the current status', () => {
    expect(() => transitionPlan(draft, { type: 'APPROVE' }, leader, now)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT', message: expect.stringContaining('草稿') }),
    );
    expect(() => transitionPlan(draft, { type: 'PUBLISH' }, author, now)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
    expect(() => transitionPlan(draft, { type: 'REVISE' }, author, now)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
  });

  it('keeps the author from approving their own plan, even as a leader', () => {
    const submitted = transitionPlan(draft, { type: 'SUBMIT' }, author, now).plan;
    const authorLeader: PlanActor = { ...author, isLeader: true };
    expect(() => transitionPlan(submitted, { type: 'APPROVE' }, authorLeader, now)).toThrow(
      expect.objectContaining({ kind: 'FORBIDDEN' }),
    );
    expect(() => transitionPlan(submitted, { type: 'APPROVE' }, colleague, now)).toThrow(
      expect.objectContaining({ kind: 'FORBIDDEN' }),
    );
  });

  it('lets only the owning side submit and publish', () => {
    expect(() => transitionPlan(draft, { type: 'SUBMIT' }, outsider, now)).toThrow(
      expect.objectContaining({ kind: 'FORBIDDEN' }),
    );
    expect(() => transitionPlan(draft, { type: 'SUBMIT' }, leader, now)).toThrow(
      expect.objectContaining({ kind: 'FORBIDDEN' }),
    );
  });

  it('validates entries on submission', () => {
    expect(() => transitionPlan({ ...draft, entries: [] }, { type: 'SUBMIT' }, author, now)).toThrow(
      expect.objectContaining({ field: 'entries' }),
    );
    const outOfMonth = [{ ...draft.entries[0]!, plannedDate: '2025-04-01' }];
    expect(() => transitionPlan({ ...draft, entries: outOfMonth }, { type: 'SUBMIT' }, author, now)).toThrow(
      expect.objectContaining({ field: 'entries.0.plannedDate' }),
    );
  });
});

describe('who sees a plan', () => {
  it('keeps a draft to its author and the supervisors of its scope; a leader sees it from submission on', () => {
    const author = { personId: 'author', supervisesScope: false, isLeader: false };
    expect([author, colleague, outsider, leader].map((actor) => planVisibleTo(draft, actor))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    for (const status of ['SUBMITTED', 'REJECTED', 'APPROVED', 'PUBLISHED'] as const) {
      expect(planVisibleTo({ ...draft, status }, leader), status).toBe(true);
    }
  });
});

describe('editing a plan', () => {
  it('is allowed in draft and rejected states only, by the owning side', () => {
    expect(() => assertPlanEditable({ ...draft, status: 'REJECTED' }, author)).not.toThrow();
    expect(() => assertPlanEditable({ ...draft, status: 'SUBMITTED' }, author)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
    expect(() => assertPlanEditable(draft, outsider)).toThrow(expect.objectContaining({ kind: 'FORBIDDEN' }));
  });

  it('replaces entries after validating them', () => {
    const entries = [{ ...draft.entries[0]!, hallId: 'h-2' }];
    expect(replacePlanEntries(draft, entries, colleague).entries).toBe(entries);
    expect(() => replacePlanEntries(draft, [...draft.entries, ...draft.entries], author)).toThrow(
      expect.objectContaining({ field: 'entries.1.hallId' }),
    );
  });
});
