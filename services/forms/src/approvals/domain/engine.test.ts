import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '@duda/contract-forms';
import { runDeadlines, type Command } from './engine.ts';
import { at, people, ref, session, T0 } from './test-support.ts';
import type { Delegation, EngineActor } from './types.ts';

const { clerk, mgr, dsup, leader, a, b, c, d } = people;

/** The instance in each state it can be in, and the holder of its latest task (who tries the task actions). */
const STATES = {
  fresh: () => ({ s: session(), holder: mgr }),
  decided: () => {
    const s = session();
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) });
    return { s, holder: dsup };
  },
  returned: () => {
    const s = session();
    s.do(mgr, { action: 'RETURN', taskId: s.taskOf(mgr), comment: '请补充病假证明' });
    return { s, holder: mgr };
  },
  rejected: () => {
    const s = session();
    s.do(mgr, { action: 'REJECT', taskId: s.taskOf(mgr), comment: '人手不足' });
    return { s, holder: mgr };
  },
  withdrawn: () => {
    const s = session();
    s.do(clerk, { action: 'WITHDRAW' });
    return { s, holder: mgr };
  },
  approved: () => {
    const s = session();
    for (const p of [mgr, dsup, leader]) s.do(p, { action: 'APPROVE', taskId: s.taskOf(p) });
    return { s, holder: leader };
  },
} as const;

type Action = Command['action'];
const command = (action: Action, taskId: string): { by: 'holder' | 'submitter'; command: Command } => {
  switch (action) {
    case 'APPROVE':
      return { by: 'holder', command: { action, taskId } };
    case 'REJECT':
    case 'RETURN':
      return { by: 'holder', command: { action, taskId, comment: '不同意' } };
    case 'TRANSFER':
      return { by: 'holder', command: { action, taskId, to: ref(a) } };
    case 'ADD_SIGNER':
      return { by: 'holder', command: { action, taskId, signers: [ref(a)], position: 'BEFORE' } };
    case 'CC':
      return { by: 'submitter', command: { action, people: [ref(b)] } };
    default:
      return { by: 'submitter', command: { action } };
  }
};

const P = 'taskNotPending';
const N = 'notInProgress';
// What each action gives in each state: the instance's status after it, or the refusal.
const MATRIX: Record<keyof typeof STATES, Record<Action, string>> = {
  // prettier-ignore
  fresh:     { APPROVE: 'IN_PROGRESS', REJECT: 'REJECTED', RETURN: 'RETURNED', TRANSFER: 'IN_PROGRESS', ADD_SIGNER: 'IN_PROGRESS', CC: 'IN_PROGRESS', REMIND: 'IN_PROGRESS', WITHDRAW: 'WITHDRAWN', RESUBMIT: 'resubmitNotAllowed' },
  // prettier-ignore
  decided:   { APPROVE: 'IN_PROGRESS', REJECT: 'REJECTED', RETURN: 'RETURNED', TRANSFER: 'IN_PROGRESS', ADD_SIGNER: 'IN_PROGRESS', CC: 'IN_PROGRESS', REMIND: 'IN_PROGRESS', WITHDRAW: 'withdrawAfterDecision', RESUBMIT: 'resubmitNotAllowed' },
  // prettier-ignore
  returned:  { APPROVE: P, REJECT: P, RETURN: P, TRANSFER: P, ADD_SIGNER: P, CC: 'RETURNED', REMIND: N, WITHDRAW: N, RESUBMIT: 'IN_PROGRESS' },
  // prettier-ignore
  rejected:  { APPROVE: P, REJECT: P, RETURN: P, TRANSFER: P, ADD_SIGNER: P, CC: 'REJECTED', REMIND: N, WITHDRAW: N, RESUBMIT: 'IN_PROGRESS' },
  // prettier-ignore
  withdrawn: { APPROVE: P, REJECT: P, RETURN: P, TRANSFER: P, ADD_SIGNER: P, CC: 'WITHDRAWN', REMIND: N, WITHDRAW: N, RESUBMIT: 'resubmitNotAllowed' },
  // prettier-ignore
  approved:  { APPROVE: P, REJECT: P, RETURN: P, TRANSFER: P, ADD_SIGNER: P, CC: 'APPROVED', REMIND: N, WITHDRAW: N, RESUBMIT: 'resubmitNotAllowed' },
};

describe('approval engine: every action in every state', () => {
  const cases = Object.entries(MATRIX).flatMap(([state, row]) =>
    Object.entries(row).map(([action, expected]) => [state, action, expected] as const),
  );
  it.each(cases)('%s + %s → %s', (stateName, action, expected) => {
    const { s, holder } = STATES[stateName as keyof typeof STATES]();
    const historyBefore = s.state.tasks.length;
    const { by, command: cmd } = command(action as Action, s.taskOf(holder));
    const result = s.try(by === 'holder' ? holder : clerk, cmd, at(2));
    if (result.ok) {
      expect(result.state.status).toBe(expected);
      expect(result.history.length).toBeGreaterThan(0);
      expect(result.history[0]).toMatchObject({
        action,
        actor: ref(by === 'holder' ? holder : clerk),
        at: at(2),
      });
    } else {
      expect(result.refusal).toBe(expected);
      expect(s.state.tasks.length).toBe(historyBefore);
    }
  });

  it('records who did what, when, with the comment', () => {
    const s = session();
    const { history, outcome } = s.do(
      mgr,
      { action: 'REJECT', taskId: s.taskOf(mgr), comment: '人手不足' },
      at(3),
    );
    expect(outcome).toBe('REJECTED');
    expect(history).toEqual([
      {
        at: at(3),
        action: 'REJECT',
        actor: ref(mgr),
        onBehalfOf: null,
        taskId: s.taskOf(mgr),
        stepKey: 'hall',
        comment: '人手不足',
        detail: {},
      },
    ]);
  });

  it('ends APPROVED after the last stage, each stage opening when the one before passes', () => {
    const s = session();
    expect(s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) }).state.stageIndex).toBe(1);
    expect(s.state.tasks.filter((t) => t.status === 'PENDING').map((t) => t.assignee)).toEqual([
      {
        kind: 'role',
        role: 'district_supervisor',
        level: 'district',
        orgNodeId: 'district-sc',
        orgName: '上城区分公司',
      },
    ]);
    s.do(dsup, { action: 'APPROVE', taskId: s.taskOf(dsup) });
    expect(s.do(leader, { action: 'APPROVE', taskId: s.taskOf(leader) }).outcome).toBe('APPROVED');
  });

  it('refuses someone the task does not wait for', () => {
    const s = session();
    expect(s.try(dsup, { action: 'APPROVE', taskId: s.taskOf(mgr) })).toEqual({
      ok: false,
      refusal: 'notYourTask',
    });
    expect(s.try(a, { action: 'WITHDRAW' })).toEqual({ ok: false, refusal: 'notSubmitter' });
    expect(s.try(a, { action: 'CC', people: [ref(b)] })).toEqual({ ok: false, refusal: 'ccDenied' });
  });
});

const oneStep = (
  mode: 'ALL' | 'ANY' | 'RATIO',
  approvers: EngineActor[],
  ratio?: number,
): FlowDefinition => ({
  stages: [
    {
      steps: [
        {
          key: 'sign',
          name: '签核',
          mode,
          ...(ratio ? { ratio } : {}),
          approvers: approvers.map((p) => ({ kind: 'person', personId: p.personId, name: p.name })),
        },
      ],
    },
    {
      steps: [
        {
          key: 'leader',
          name: '主管领导',
          approvers: [{ kind: 'role', role: 'leader', level: 'city' }],
          mode: 'ALL',
        },
      ],
    },
  ],
});

describe('countersign modes', () => {
  it('会签: all must approve; one rejection rejects the instance and closes the others', () => {
    const s = session(oneStep('ALL', [a, b, c]));
    s.do(a, { action: 'APPROVE', taskId: s.taskOf(a) });
    expect(s.state.stageIndex).toBe(0);
    const { outcome } = s.do(b, { action: 'REJECT', taskId: s.taskOf(b), comment: '数据不对' });
    expect(outcome).toBe('REJECTED');
    expect(s.state.tasks.find((t) => t.id === s.taskOf(c))!.status).toBe('CANCELLED');
    expect(s.try(c, { action: 'APPROVE', taskId: s.taskOf(c) })).toEqual({
      ok: false,
      refusal: 'taskNotPending',
    });
  });

  it('会签: passes when the last one approves', () => {
    const s = session(oneStep('ALL', [a, b]));
    s.do(b, { action: 'APPROVE', taskId: s.taskOf(b) });
    s.do(a, { action: 'APPROVE', taskId: s.taskOf(a) });
    expect(s.state.stageIndex).toBe(1);
  });

  it('或签: the first approval wins, the other approver finds the task handled', () => {
    const s = session(oneStep('ANY', [a, b]));
    s.do(b, { action: 'APPROVE', taskId: s.taskOf(b) });
    expect(s.state.stageIndex).toBe(1);
    expect(s.try(a, { action: 'APPROVE', taskId: s.taskOf(a) })).toEqual({
      ok: false,
      refusal: 'taskNotPending',
    });
    expect(s.try(a, { action: 'REJECT', taskId: s.taskOf(a), comment: '不同意' })).toEqual({
      ok: false,
      refusal: 'taskNotPending',
    });
  });

  it('或签: the first decision wins either way, a rejection too', () => {
    const s = session(oneStep('ANY', [a, b]));
    expect(s.do(a, { action: 'REJECT', taskId: s.taskOf(a), comment: '不同意' }).outcome).toBe('REJECTED');
  });

  it('a share: half of four pass it; one rejection does not end it, three do', () => {
    const passing = session(oneStep('RATIO', [a, b, c, d], 0.5));
    passing.do(a, { action: 'REJECT', taskId: passing.taskOf(a), comment: '不同意' });
    expect(passing.state.status).toBe('IN_PROGRESS');
    passing.do(b, { action: 'APPROVE', taskId: passing.taskOf(b) });
    expect(passing.state.stageIndex).toBe(0);
    passing.do(c, { action: 'APPROVE', taskId: passing.taskOf(c) });
    expect(passing.state.stageIndex).toBe(1);

    const failing = session(oneStep('RATIO', [a, b, c, d], 0.5));
    failing.do(a, { action: 'REJECT', taskId: failing.taskOf(a), comment: '否' });
    failing.do(b, { action: 'REJECT', taskId: failing.taskOf(b), comment: '否' });
    expect(failing.state.status).toBe('IN_PROGRESS');
    expect(failing.do(c, { action: 'REJECT', taskId: failing.taskOf(c), comment: '否' }).outcome).toBe(
      'REJECTED',
    );
  });

  it('parallel steps of a stage must all pass before the next stage opens', () => {
    const s = session({
      stages: [
        {
          steps: [
            { key: 'x', name: '甲审', approvers: [{ kind: 'person', ...ref(a) }], mode: 'ANY' },
            { key: 'y', name: '乙审', approvers: [{ kind: 'person', ...ref(b) }], mode: 'ANY' },
          ],
        },
        { steps: [{ key: 'z', name: '丙审', approvers: [{ kind: 'person', ...ref(c) }], mode: 'ANY' }] },
      ],
    });
    expect(s.state.tasks.filter((t) => t.status === 'PENDING')).toHaveLength(2);
    s.do(b, { action: 'APPROVE', taskId: s.taskOf(b) });
    expect(s.state.stageIndex).toBe(0);
    s.do(a, { action: 'APPROVE', taskId: s.taskOf(a) });
    expect(s.state.stageIndex).toBe(1);
  });
});

describe('return, withdraw, resubmit', () => {
  it('returns to a chosen earlier step: it opens again and its decisions count afresh', () => {
    const s = session();
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) });
    s.do(dsup, { action: 'APPROVE', taskId: s.taskOf(dsup) });
    const { history } = s.do(leader, {
      action: 'RETURN',
      taskId: s.taskOf(leader),
      comment: '请店长复核',
      toStepKey: 'hall',
    });
    expect(history[0]).toMatchObject({ action: 'RETURN', detail: { toStepKey: 'hall' } });
    expect(s.state).toMatchObject({ status: 'IN_PROGRESS', stageIndex: 0, round: 1 });
    expect(s.state.tasks.filter((t) => t.status === 'PENDING').map((t) => t.stepKey)).toEqual(['hall']);
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) });
    expect(s.state.stageIndex).toBe(1);
  });

  it('refuses a return to the current or a later step, or to an unknown one', () => {
    const s = session();
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) });
    for (const toStepKey of ['district', 'leader', 'nowhere'])
      expect(s.try(dsup, { action: 'RETURN', taskId: s.taskOf(dsup), comment: '退', toStepKey })).toEqual({
        ok: false,
        refusal: 'returnTargetInvalid',
      });
  });

  it('withdraws before the first decision only; after a resubmission, again until someone decides', () => {
    const s = session();
    s.do(mgr, { action: 'RETURN', taskId: s.taskOf(mgr), comment: '补材料' });
    s.do(clerk, { action: 'RESUBMIT', comment: '已补' });
    expect(s.state).toMatchObject({ status: 'IN_PROGRESS', stageIndex: 0, round: 1, submissionRound: 1 });
    expect(s.do(clerk, { action: 'WITHDRAW' }).outcome).toBe('WITHDRAWN');
  });

  it('resubmits a rejected instance from the first stage', () => {
    const s = session();
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) });
    s.do(dsup, { action: 'REJECT', taskId: s.taskOf(dsup), comment: '天数有误' });
    s.do(clerk, { action: 'RESUBMIT' });
    expect(s.state.tasks.filter((t) => t.status === 'PENDING').map((t) => t.stepKey)).toEqual(['hall']);
    expect(s.try(clerk, { action: 'WITHDRAW' }).ok).toBe(true);
  });
});

describe('transfer, add a signer, cc, remind', () => {
  it('转交: the task moves to the person named; the one who had it can no longer act', () => {
    const s = session();
    const first = s.taskOf(mgr);
    s.do(mgr, { action: 'TRANSFER', taskId: first, to: ref(a), comment: '我休假' });
    expect(s.try(mgr, { action: 'APPROVE', taskId: first })).toEqual({
      ok: false,
      refusal: 'taskNotPending',
    });
    s.do(a, { action: 'APPROVE', taskId: s.taskOf(a) });
    expect(s.state.stageIndex).toBe(1);
    expect(s.try(dsup, { action: 'TRANSFER', taskId: s.taskOf(dsup), to: ref(dsup) })).toEqual({
      ok: false,
      refusal: 'alreadyAssigned',
    });
  });

  it('加签 before: the added signer signs first, then the task is the original approver’s again', () => {
    const s = session();
    const own = s.taskOf(mgr);
    s.do(mgr, { action: 'ADD_SIGNER', taskId: own, signers: [ref(a)], position: 'BEFORE' });
    expect(s.try(mgr, { action: 'APPROVE', taskId: own })).toEqual({ ok: false, refusal: 'taskNotPending' });
    s.do(a, { action: 'APPROVE', taskId: s.taskOf(a) });
    expect(s.state.stageIndex).toBe(0);
    s.do(mgr, { action: 'APPROVE', taskId: own });
    expect(s.state.stageIndex).toBe(1);
  });

  it('加签 after: the step waits for the added signer after the approver approves', () => {
    const s = session();
    s.do(mgr, { action: 'ADD_SIGNER', taskId: s.taskOf(mgr), signers: [ref(a)], position: 'AFTER' });
    expect(s.try(a, { action: 'APPROVE', taskId: s.taskOf(a) })).toEqual({
      ok: false,
      refusal: 'taskNotPending',
    });
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) });
    expect(s.state.stageIndex).toBe(0);
    s.do(a, { action: 'APPROVE', taskId: s.taskOf(a) });
    expect(s.state.stageIndex).toBe(1);
    expect(
      s.try(dsup, { action: 'ADD_SIGNER', taskId: s.taskOf(dsup), signers: [ref(dsup)], position: 'AFTER' }),
    ).toEqual({
      ok: false,
      refusal: 'alreadyAssigned',
    });
  });

  it('加签 of several at once: one history entry each; one already signing refuses them all', () => {
    const s = session();
    const own = s.taskOf(mgr);
    const added = s.do(mgr, {
      action: 'ADD_SIGNER',
      taskId: own,
      signers: [ref(a), ref(b)],
      position: 'BEFORE',
    });
    expect(added.history.map((h) => [h.action, (h.detail.signer as { personId: string }).personId])).toEqual([
      ['ADD_SIGNER', a.personId],
      ['ADD_SIGNER', b.personId],
    ]);
    s.do(a, { action: 'APPROVE', taskId: s.taskOf(a) });
    expect(s.try(mgr, { action: 'APPROVE', taskId: own })).toEqual({ ok: false, refusal: 'taskNotPending' });
    s.do(b, { action: 'APPROVE', taskId: s.taskOf(b) });
    s.do(mgr, { action: 'APPROVE', taskId: own });
    expect(s.state.stageIndex).toBe(1);
    const before = structuredClone(s.state);
    expect(
      s.try(dsup, {
        action: 'ADD_SIGNER',
        taskId: s.taskOf(dsup),
        signers: [ref(c), ref(dsup)],
        position: 'AFTER',
      }),
    ).toEqual({ ok: false, refusal: 'alreadyAssigned' });
    expect(
      s.try(dsup, {
        action: 'ADD_SIGNER',
        taskId: s.taskOf(dsup),
        signers: [ref(c), ref(c)],
        position: 'AFTER',
      }),
    ).toEqual({ ok: false, refusal: 'signerRepeated' });
    expect(s.state).toEqual(before);
  });

  it('an added signer’s rejection rejects the instance', () => {
    const s = session();
    s.do(mgr, { action: 'ADD_SIGNER', taskId: s.taskOf(mgr), signers: [ref(a)], position: 'BEFORE' });
    expect(s.do(a, { action: 'REJECT', taskId: s.taskOf(a), comment: '不合规' }).outcome).toBe('REJECTED');
  });

  it('抄送 adds each person once', () => {
    const s = session();
    s.do(clerk, { action: 'CC', people: [ref(b)] });
    s.do(mgr, { action: 'CC', people: [ref(b), ref(c)] });
    expect(s.state.cc).toEqual([ref(b), ref(c)]);
  });

  it('催办 reaches the pending approvers, at most once an hour', () => {
    const s = session();
    expect(s.do(clerk, { action: 'REMIND' }, at(1)).reminded).toEqual([
      { kind: 'role', role: 'hall_manager', level: 'hall', orgNodeId: 'hall-hubin', orgName: '湖滨营业厅' },
    ]);
    expect(s.try(clerk, { action: 'REMIND' }, at(1.5))).toEqual({ ok: false, refusal: 'remindTooSoon' });
    expect(s.try(clerk, { action: 'REMIND' }, at(2)).ok).toBe(true);
    expect(s.try(mgr, { action: 'REMIND' }, at(4))).toEqual({ ok: false, refusal: 'notSubmitter' });
  });
});

describe('delegation (代理)', () => {
  const away: Delegation = {
    principal: ref(mgr),
    principalRoles: mgr.roles,
    deputyId: a.personId,
    from: at(1),
    to: at(5),
  };

  it('the deputy acts for the principal inside the window, recorded as acting for them', () => {
    const s = session();
    const { history } = s.do(a, { action: 'APPROVE', taskId: s.taskOf(mgr) }, at(3), [away]);
    expect(history[0]).toMatchObject({ actor: ref(a), onBehalfOf: ref(mgr) });
    expect(s.state.tasks.find((t) => t.stepKey === 'hall')).toMatchObject({
      actedBy: ref(a),
      actedFor: ref(mgr),
    });
  });

  it('the deputy may not act before the window opens, once it has closed, or on someone else’s task', () => {
    const s = session();
    for (const when of [at(0.5), at(5), at(9)])
      expect(s.try(a, { action: 'APPROVE', taskId: s.taskOf(mgr) }, when, [away])).toEqual({
        ok: false,
        refusal: 'notYourTask',
      });
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) });
    expect(s.try(a, { action: 'APPROVE', taskId: s.taskOf(dsup) }, at(3), [away])).toEqual({
      ok: false,
      refusal: 'notYourTask',
    });
  });
});

describe('deadlines', () => {
  it('reminds three quarters through, then hands the task to the superior past the deadline, once each', () => {
    const s = session();
    expect(runDeadlines(s.state, at(5), s.newId).history).toEqual([]);
    const reminded = runDeadlines(s.state, at(6), s.newId);
    expect(reminded.history).toMatchObject([{ action: 'REMIND', actor: null, stepKey: 'hall' }]);
    s.set(reminded.state);
    expect(runDeadlines(s.state, at(7), s.newId).history).toEqual([]);

    const escalated = runDeadlines(s.state, at(8), s.newId);
    expect(escalated.history).toMatchObject([
      { action: 'ESCALATE', detail: { to: { role: 'district_supervisor' } } },
    ]);
    s.set(escalated.state);
    const pending = s.state.tasks.filter((t) => t.status === 'PENDING');
    expect(pending).toMatchObject([
      { stepKey: 'hall', dueAt: at(16), assignee: { role: 'district_supervisor' } },
    ]);
    expect(runDeadlines(s.state, at(9), s.newId).history).toEqual([]);
    expect(s.try(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) }, at(9))).toEqual({
      ok: false,
      refusal: 'taskNotPending',
    });

    s.set(runDeadlines(s.state, at(16), s.newId).state);
    expect(s.state.tasks.filter((t) => t.status === 'PENDING')).toMatchObject([
      { assignee: { role: 'city_supervisor' } },
    ]);
    s.do(people.csup, { action: 'APPROVE', taskId: s.taskOf(people.csup) }, at(17));
    expect(s.state.stageIndex).toBe(1);
  });

  it('reminds once, and escalates nothing, when an overdue task has nobody above it', () => {
    const s = session({
      stages: [
        {
          steps: [
            {
              key: 'x',
              name: '甲审',
              approvers: [{ kind: 'person', ...ref(a) }],
              mode: 'ANY',
              deadlineHours: 4,
            },
          ],
        },
      ],
    });
    const late = runDeadlines(s.state, at(10), s.newId);
    expect(late.history).toMatchObject([{ action: 'REMIND', detail: { to: [{ personId: a.personId }] } }]);
    expect(runDeadlines(late.state, at(11), s.newId).history).toEqual([]);
  });

  it('does nothing to an instance that has ended', () => {
    const s = session();
    s.do(clerk, { action: 'WITHDRAW' });
    expect(runDeadlines(s.state, at(100), s.newId).history).toEqual([]);
  });

  it('starts no clock for a step without a deadline', () => {
    const s = session();
    s.do(mgr, { action: 'APPROVE', taskId: s.taskOf(mgr) }, T0);
    expect(s.state.tasks.find((t) => t.stepKey === 'district')).toMatchObject({
      dueAt: null,
      remindAt: null,
    });
  });
});
