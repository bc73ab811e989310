// What the policy procedures change (制度修订): drafts, consultation, opinions and their answers, the submission to
// the leader on the approval engine, and reading a version in force. The rules are domain/revision.ts; publication
// happens when the approval ends (approval-reaction.ts).
import { can } from '@duda/authz';
import {
  POLICY_SUBJECT_TYPE,
  policiesErrors,
  type FlowDefinition,
  type policyInputs,
} from '@duda/contract-forms';
import type { z } from 'zod';
import type { Ctx } from '../approvals/acting-context.ts';
import { startApproval } from '../approvals/index.ts';
import type { FormsDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { assertManages, mayReadVersion } from './access.ts';
import { checkPolicyDocument } from './domain/document.ts';
import {
  consultRefusal,
  editRefusal,
  markRefusal,
  opinionUnit,
  submitRefusal,
  type Refusal,
} from './domain/revision.ts';
import { appliesTo, expandScope } from './domain/scope.ts';
import { unitsUnder } from './places.ts';
import { refusalError } from './refuse.ts';

type Inputs = { [K in keyof typeof policyInputs]: z.infer<(typeof policyInputs)[K]> };
type Content = Omit<Inputs['create'], 'ownerOrgId'>;

/** 领导审批: any leader of the owning unit's city (或签). */
export const LEADER_FLOW: FlowDefinition = {
  stages: [
    {
      steps: [
        {
          key: 'leader',
          name: '领导审批',
          approvers: [{ kind: 'role', role: 'leader', level: 'city' }],
          mode: 'ANY',
        },
      ],
    },
  ],
};

const fail = (refusal: Refusal | null) => {
  if (refusal) throw refusalError(refusal);
};

/** The version's content as stored: the text sanitised, the scope resolved, the attachments the owner's files. */
async function contentOf(deps: FormsDeps, ctx: Ctx, ownerOrgId: string, input: Content) {
  const doc = checkPolicyDocument(input.body);
  if (!doc.ok) throw policiesErrors.contentInvalid({}, 'body');
  const units = await unitsUnder(deps, ctx, ownerOrgId);
  const chosen = [...new Set(input.scope.orgNodeIds)];
  if (!chosen.every((id) => units.some((u) => u.id === id)))
    throw policiesErrors.scopeDenied({}, 'scope.orgNodeIds');
  const fileIds = [...new Set(input.attachmentIds)];
  const files = await deps.prisma.formFile.findMany({
    where: { id: { in: fileIds }, orgNodeId: ownerOrgId },
    select: { id: true, name: true, contentType: true, size: true },
  });
  if (files.length !== fileIds.length) throw policiesErrors.attachmentUnknown({}, 'attachmentIds');
  return {
    body: doc.body as Prisma.InputJsonValue,
    plainText: doc.plainText,
    attachments: fileIds.map((id) => files.find((f) => f.id === id)!),
    scopeNodes: chosen.map((id) => ({ id, name: units.find((u) => u.id === id)!.name })),
    scopeSubtree: expandScope(chosen, units),
    scopeRoles: [...new Set(input.scope.roles)],
    changeNote: input.changeNote ?? null,
  };
}

async function versionOrFail(deps: Pick<FormsDeps, 'prisma'>, ctx: Ctx, versionId: string) {
  const version = await deps.prisma.policyVersion.findUnique({
    where: { id: versionId },
    include: { policy: true },
  });
  if (!version || !mayReadVersion(ctx.actor, version.policy.ownerOrgId, version))
    throw policiesErrors.notFound();
  return version;
}

/** Moves a version on only from the status it was read in: two writers at once get one success. */
async function moved(
  tx: Prisma.TransactionClient,
  id: string,
  from: string,
  data: Prisma.PolicyVersionUpdateInput,
) {
  const { count } = await tx.policyVersion.updateMany({
    where: { id, status: from as never },
    data: data as Prisma.PolicyVersionUpdateManyMutationInput,
  });
  if (!count) throw policiesErrors.notEditable();
}

export async function createPolicy(deps: FormsDeps, ctx: Ctx, input: Inputs['create']) {
  assertManages(ctx.actor, input.ownerOrgId, 'ownerOrgId');
  const [owner] = await deps.org.query<{ id: string; name: string }[]>(ctx, 'nodes', {
    ids: [input.ownerOrgId],
  });
  if (!owner) throw policiesErrors.manageDenied({}, 'ownerOrgId');
  const content = await contentOf(deps, ctx, owner.id, input);
  return deps.prisma.$transaction(async (tx) => {
    const policy = await tx.policy.create({
      data: {
        title: input.title,
        category: input.category,
        ownerOrgId: owner.id,
        ownerOrgName: owner.name,
        createdById: ctx.actor.personId,
      },
    });
    const version = await tx.policyVersion.create({
      data: { policyId: policy.id, number: 1, status: 'DRAFT', ...author(ctx), ...content },
    });
    return { policyId: policy.id, versionId: version.id };
  });
}

const author = (ctx: Ctx) => ({ authorId: ctx.actor.personId, authorName: ctx.actor.name });

export async function saveDraft(deps: FormsDeps, ctx: Ctx, input: Inputs['saveDraft']) {
  const version = await versionOrFail(deps, ctx, input.versionId);
  assertManages(ctx.actor, version.policy.ownerOrgId);
  fail(editRefusal(version));
  const content = await contentOf(deps, ctx, version.policy.ownerOrgId, input);
  await deps.prisma.$transaction(async (tx) => {
    await moved(tx, version.id, 'DRAFT', content);
    await tx.policy.update({
      where: { id: version.policyId },
      data: { title: input.title, category: input.category },
    });
  });
  return { versionId: version.id };
}

/** 修订: a new draft from the version in force, while no other revision is under way. */
export async function revisePolicy(deps: FormsDeps, ctx: Ctx, input: Inputs['revise']) {
  const policy = await deps.prisma.policy.findUnique({
    where: { id: input.policyId },
    include: { versions: { orderBy: { number: 'desc' } } },
  });
  if (!policy || !can(ctx.actor, 'forms.policy.read', { orgNodeId: policy.ownerOrgId }))
    throw policiesErrors.notFound();
  assertManages(ctx.actor, policy.ownerOrgId);
  const latest = policy.versions[0]!;
  if (['DRAFT', 'IN_CONSULTATION', 'AWAITING_APPROVAL'].includes(latest.status))
    throw policiesErrors.draftExists();
  const inForce = policy.versions.find((v) => v.status === 'IN_FORCE') ?? latest;
  const version = await deps.prisma.policyVersion.create({
    data: {
      policyId: policy.id,
      number: latest.number + 1,
      status: 'DRAFT',
      ...author(ctx),
      body: inForce.body as Prisma.InputJsonValue,
      plainText: inForce.plainText,
      attachments: inForce.attachments as Prisma.InputJsonValue,
      scopeNodes: inForce.scopeNodes as Prisma.InputJsonValue,
      scopeSubtree: inForce.scopeSubtree,
      scopeRoles: inForce.scopeRoles,
    },
  });
  return { policyId: policy.id, versionId: version.id };
}

/** 征求意见: the draft goes to the chosen units below the owner until the deadline. */
export async function startConsultation(deps: FormsDeps, ctx: Ctx, input: Inputs['startConsultation']) {
  const version = await versionOrFail(deps, ctx, input.versionId);
  assertManages(ctx.actor, version.policy.ownerOrgId);
  fail(consultRefusal(version));
  if (input.deadline <= deps.now()) throw policiesErrors.deadlinePast({}, 'deadline');
  const units = await unitsUnder(deps, ctx, version.policy.ownerOrgId);
  const chosen = [...new Set(input.orgNodeIds)];
  const nodes = chosen.map((id) => units.find((u) => u.id === id));
  if (nodes.some((n) => !n)) throw policiesErrors.scopeDenied({}, 'orgNodeIds');
  await deps.prisma.$transaction((tx) =>
    moved(tx, version.id, 'DRAFT', {
      status: 'IN_CONSULTATION',
      consultationNodes: nodes.map((n) => ({ id: n!.id, name: n!.name })),
      consultationNodeIds: chosen,
      consultationDeadline: input.deadline,
    }),
  );
  return { versionId: version.id };
}

/** A consulted unit's supervisor gives (or, before the deadline, replaces) their opinion. */
export async function giveOpinion(deps: FormsDeps, ctx: Ctx, input: Inputs['giveOpinion']) {
  const version = await versionOrFail(deps, ctx, input.versionId);
  const unit = opinionUnit(version, ctx.actor.roles, deps.now());
  if (!unit.ok) throw refusalError(unit.refusal);
  const orgName = ctx.actor.roles.find((r) => r.orgNodeId === unit.orgNodeId)!.orgNodeName;
  const fields = {
    orgNodeId: unit.orgNodeId,
    orgName,
    text: input.text,
    givenAt: deps.now(),
    accepted: null,
    reason: null,
    markedAt: null,
  };
  const opinion = await deps.prisma.policyOpinion.upsert({
    where: { versionId_authorId: { versionId: version.id, authorId: ctx.actor.personId } },
    create: { versionId: version.id, ...author(ctx), ...fields },
    update: fields,
  });
  return { opinionId: opinion.id };
}

/** The author marks one opinion accepted (采纳) or not, with the reason. */
export async function markOpinion(deps: FormsDeps, ctx: Ctx, input: Inputs['markOpinion']) {
  const opinion = await deps.prisma.policyOpinion.findUnique({
    where: { id: input.opinionId },
    include: { version: { include: { policy: true } } },
  });
  if (!opinion || !mayReadVersion(ctx.actor, opinion.version.policy.ownerOrgId, opinion.version))
    throw policiesErrors.notFound();
  assertManages(ctx.actor, opinion.version.policy.ownerOrgId);
  fail(markRefusal(opinion.version, input.accepted, input.reason));
  await deps.prisma.policyOpinion.update({
    where: { id: opinion.id },
    data: { accepted: input.accepted, reason: input.reason ?? null, markedAt: deps.now() },
  });
  return { opinionId: opinion.id };
}

/** To the leader (送审): the approval starts, or after a send-back starts again, in the same transaction. */
export async function submitPolicy(deps: FormsDeps, ctx: Ctx, input: Inputs['submit']) {
  const version = await versionOrFail(deps, ctx, input.versionId);
  assertManages(ctx.actor, version.policy.ownerOrgId);
  const opinions = await deps.prisma.policyOpinion.findMany({ where: { versionId: version.id } });
  fail(submitRefusal(version, opinions, deps.now()));
  return deps.prisma.$transaction(async (tx) => {
    const { instanceId } = await startApproval(tx, deps, ctx, {
      subjectType: POLICY_SUBJECT_TYPE,
      subjectId: version.id,
      title: `${version.policy.title}（第 ${version.number} 版）`,
      orgNodeId: version.policy.ownerOrgId,
      flow: LEADER_FLOW,
    });
    await moved(tx, version.id, version.status, {
      status: 'AWAITING_APPROVAL',
      approvalInstanceId: instanceId,
    });
    return { versionId: version.id, approvalInstanceId: instanceId };
  });
}

/** 已读: someone the version in force applies to read it (what their required reading waits for). */
export async function markRead(deps: FormsDeps, ctx: Ctx, input: Inputs['markRead']) {
  const version = await versionOrFail(deps, ctx, input.versionId);
  if (version.status !== 'IN_FORCE' || !appliesTo(version, ctx.actor.roles))
    throw policiesErrors.notInForce();
  await deps.prisma.policyRead.upsert({
    where: { versionId_personId: { versionId: version.id, personId: ctx.actor.personId } },
    create: { versionId: version.id, personId: ctx.actor.personId, readAt: deps.now() },
    update: {},
  });
  return { versionId: version.id };
}
