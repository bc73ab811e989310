// The approval of a replacement or scrap, run by the forms area's engine through its contract: the flow asked for
// (the district supervisor of the device's hall, any one of them: 或签), the title the approver reads, and what the
// outcome (forms.approval.completed, as this area reads it) does to the request — approved: the device is replaced
// or scrapped, unless a fault reported since is still open (then the request is turned down, flagged so the page
// says why in the reader's language, and the history records RETIREMENT_BLOCKED); rejected or
// withdrawn: the request is closed as not approved. A request already decided (a redelivered event, a resubmitted
// approval ending again) and another area's subjects are left alone.
import type { FlowDefinition } from '@duda/contract-forms';
import { DEVICE_TYPE_LABELS, RETIREMENT_KIND_LABELS, type RetirementKind } from '@duda/contract-operations';
import { defineEvent, subscribe, type Subscription } from '@duda/events';
import { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { Device } from '../generated/prisma/client.ts';
import { openFaultCount } from '../faults/fault-service.ts';

/** The subject type forms knows this area's requests by (its EXTERNAL_APPROVAL_SUBJECTS). */
export const RETIREMENT_SUBJECT = 'operations.device-retirement';

/** The district decides (更换报废审批), as `operations.retirement.approve` says: any of its supervisors. */
export const RETIREMENT_FLOW: FlowDefinition = {
  stages: [
    {
      steps: [
        {
          key: 'district',
          name: '区县督导审批',
          approvers: [{ kind: 'role', role: 'district_supervisor' }],
          mode: 'ANY',
        },
      ],
    },
  ],
};

export const retirementTitle = (
  kind: RetirementKind,
  device: Pick<Device, 'type' | 'model' | 'assetNo' | 'orgName'>,
) =>
  `设备${RETIREMENT_KIND_LABELS[kind]['zh-CN']}：${DEVICE_TYPE_LABELS[device.type]['zh-CN']} ${device.model}（${device.assetNo}，${device.orgName}）`;

/** services/forms: an approval ended — only the fields this area reads (ADR 0019: the subscriber's own view). */
export const approvalCompleted = defineEvent(
  'forms.approval.completed',
  z.object({
    subjectType: z.string(),
    subjectId: z.uuid(),
    outcome: z.enum(['APPROVED', 'REJECTED', 'WITHDRAWN']),
    submitterId: z.uuid(),
    decidedBy: z.object({ personId: z.uuid(), name: z.string() }).nullable(),
    completedAt: z.iso.datetime(),
  }),
);
type Completed = z.infer<typeof approvalCompleted.schema>;

export async function applyRetirementOutcome(deps: Pick<OperationsDeps, 'prisma'>, p: Completed) {
  if (p.subjectType !== RETIREMENT_SUBJECT) return;
  const retirement = await deps.prisma.retirement.findUnique({ where: { id: p.subjectId } });
  if (!retirement || retirement.status !== 'PENDING') return;
  const blocked = p.outcome === 'APPROVED' && (await openFaultCount(deps, retirement.deviceId)) > 0;
  const approved = p.outcome === 'APPROVED' && !blocked;
  const at = new Date(p.completedAt);
  const decider = p.decidedBy ?? { personId: p.submitterId, name: retirement.requestedByName };
  await deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.retirement.updateMany({
      where: { id: retirement.id, status: 'PENDING' },
      data: {
        status: approved ? 'APPROVED' : 'REJECTED',
        blockedByFault: blocked,
        decidedById: decider.personId,
        decidedByName: decider.name,
        decidedAt: at,
      },
    });
    // Another delivery of the same event got there first.
    if (count === 0) return;
    await tx.device.update({
      where: { id: retirement.deviceId },
      data: {
        ...(approved ? { status: retirement.kind === 'SCRAP' ? 'SCRAPPED' : 'REPLACED' } : {}),
        events: {
          create: {
            kind: approved ? 'RETIREMENT_APPROVED' : blocked ? 'RETIREMENT_BLOCKED' : 'RETIREMENT_REJECTED',
            byId: decider.personId,
            byName: decider.name,
            at,
          },
        },
      },
    });
  });
}

export const retirementApprovalSubscriptions = (deps: Pick<OperationsDeps, 'prisma'>): Subscription[] => [
  subscribe(approvalCompleted, 'apply-retirement-approval', (e) => applyRetirementOutcome(deps, e.payload)),
];
