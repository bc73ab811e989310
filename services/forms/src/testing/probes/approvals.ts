// The approvals' rows of the authorization matrix: 湖滨's duty manager asked for leave, the request waits for 湖滨's
// hall manager (a role slot), who has named 上城区's supervisor as deputy. None of the six probe callers takes part
// in it or reads 湖滨's approvals, so each may ask only for their own lists and delegations.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';
import { openApproval } from '../../approvals/start.ts';
import type { FormsService } from '../../module.ts';

interface Me {
  person: { id: string; name: string; orgNodeId: string; orgName: string };
}

export interface ApprovalsWorld {
  title: string;
  instanceId: string;
  taskId: string;
  delegationId: string;
  hallId: string;
}

const me = async (owners: Owners, username: string) =>
  (await (await owners(username)).query<Me>('org.me')).person;

export const approvalsProbes = defineAreaProbes<ApprovalsWorld, FormsService>({
  prefix: 'forms.approvals',
  async world(owners, service) {
    const [duty, deputy] = [await me(owners, 'hubin.duty'), await me(owners, 'sc.sup')];
    const hubin = { id: duty.orgNodeId, name: duty.orgName };
    const title = `矩阵-审批-${crypto.randomUUID().slice(0, 8)}`;
    const { instanceId } = await openApproval(
      service.prisma,
      { subjectType: 'probe', subjectId: crypto.randomUUID(), title, orgNodeId: hubin.id },
      {
        line: { hall: hubin },
        stages: [
          {
            steps: [
              {
                key: 'hall',
                name: '店面经理',
                mode: 'ANY',
                assignees: [
                  {
                    kind: 'role',
                    role: 'hall_manager',
                    level: 'hall',
                    orgNodeId: hubin.id,
                    orgName: hubin.name,
                  },
                ],
                escalateTo: null,
              },
            ],
          },
        ],
      },
      { personId: duty.id, name: duty.name },
      new Date(),
    );
    const task = await service.prisma.approvalTask.findFirstOrThrow({ where: { instanceId } });
    const delegation = await (
      await owners('hubin.mgr')
    ).mutation<{ id: string }>('forms.approvals.delegations.create', {
      deputy: { personId: deputy.id, name: deputy.name },
      from: new Date(Date.now() + 86_400_000),
      to: new Date(Date.now() + 3 * 86_400_000),
    });
    return { title, instanceId, taskId: task.id, delegationId: delegation.id, hallId: hubin.id };
  },
  secrets: (w) => [w.title, w.instanceId, w.taskId],
  probes: {
    'forms.approvals.pending': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    'forms.approvals.get': { allowed: [], input: (w) => ({ instanceId: w.instanceId }) },
    'forms.approvals.history': { allowed: [], input: (w) => ({ instanceId: w.instanceId }) },
    'forms.approvals.act': {
      allowed: [],
      input: (w) => ({ action: 'APPROVE', taskId: w.taskId }),
      reread: async (w, owners) =>
        (await owners('hubin.duty')).query('forms.approvals.history', { instanceId: w.instanceId }),
    },
    'forms.approvals.cc': {
      allowed: [],
      input: (w) => ({ instanceId: w.instanceId, people: [{ personId: crypto.randomUUID(), name: '冒名' }] }),
      reread: async (w, owners) =>
        (await owners('hubin.duty')).query('forms.approvals.get', { instanceId: w.instanceId }),
    },
    'forms.approvals.nameable': [
      { allowed: [], input: (w) => ({ instanceId: w.instanceId, purpose: 'CC' }) },
      { allowed: [], input: (w) => ({ instanceId: w.instanceId, purpose: 'TRANSFER', taskId: w.taskId }) },
    ],
    // Only a holder of operations' right over 湖滨 (its managers, its district's and city's supervisors) starts a
    // device's scrap approval there: none of the six (湖滨's clerk reads the ledger only; 南星 and 西湖 are elsewhere).
    'forms.approvals.start': {
      allowed: [],
      input: (w) => ({
        subjectType: 'operations.device-retirement',
        subjectId: crypto.randomUUID(),
        title: w.title,
        orgNodeId: w.hallId,
        flow: {
          stages: [
            {
              steps: [
                {
                  key: 'district',
                  name: '区县督导',
                  approvers: [{ kind: 'role', role: 'district_supervisor' }],
                  mode: 'ANY',
                },
              ],
            },
          ],
        },
      }),
      reread: async (_w, owners) =>
        (await owners('sc.sup')).query('forms.approvals.pending', { pageSize: 200 }),
    },
    'forms.approvals.remind': {
      allowed: [],
      input: (w) => ({ instanceId: w.instanceId }),
      reread: async (w, owners) =>
        (await owners('hubin.duty')).query('forms.approvals.history', { instanceId: w.instanceId }),
    },
    'forms.approvals.withdraw': {
      allowed: [],
      input: (w) => ({ instanceId: w.instanceId }),
      reread: async (w, owners) =>
        (await owners('hubin.duty')).query('forms.approvals.get', { instanceId: w.instanceId }),
    },
    'forms.approvals.resubmit': {
      allowed: [],
      input: (w) => ({ instanceId: w.instanceId }),
      reread: async (w, owners) =>
        (await owners('hubin.duty')).query('forms.approvals.get', { instanceId: w.instanceId }),
    },
    // Each caller keeps only their own delegations: 湖滨's manager's is seen and removed by nobody else.
    'forms.approvals.delegations.list': {
      allowed: SIGNED_IN,
      input: () => ({}),
      sees: [],
      secrets: (w) => [w.delegationId],
    },
    'forms.approvals.delegations.create': {
      allowed: SIGNED_IN,
      input: () => ({
        deputy: { personId: crypto.randomUUID(), name: '代理人' },
        from: new Date(Date.now() + 86_400_000),
        to: new Date(Date.now() + 2 * 86_400_000),
      }),
      sees: [],
      secrets: (w) => [w.delegationId],
    },
    'forms.approvals.delegations.remove': {
      allowed: [],
      input: (w) => ({ id: w.delegationId }),
      reread: async (_w, owners) => (await owners('hubin.mgr')).query('forms.approvals.delegations.list', {}),
    },
  },
});

/** `forms.pending.mine`: everyone asks for their own to-dos; the world's task waits for none of the six callers. */
export const formsPendingProbes = defineAreaProbes<ApprovalsWorld, FormsService>({
  prefix: 'forms.pending',
  world: (owners, service) => approvalsProbes.world(owners, service),
  secrets: (w) => [w.title, w.taskId],
  probes: { 'forms.pending.mine': { allowed: SIGNED_IN, input: () => ({ limit: 200 }), sees: [] } },
});
