// Reading the library (制度库): a page of policies the caller reads, one policy with the versions they read (its
// history), two versions side by side, and the version in force on a date.
import { can } from '@duda/authz';
import { policiesErrors, type policyInputs } from '@duda/contract-forms';
import type { z } from 'zod';
import type { Ctx } from '../approvals/acting-context.ts';
import type { FormsDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { consulted, mayReadVersion, readableVersions, readsAllOf } from './access.ts';
import { sideBySide } from './domain/compare.ts';
import { versionInForceOn } from './domain/in-force.ts';
import { opinionUnit } from './domain/revision.ts';
import { appliesTo } from './domain/scope.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now'>;
export interface NamedNode {
  id: string;
  name: string;
}
export interface FileRef extends NamedNode {
  contentType: string;
  size: number;
}
type Inputs = { [K in keyof typeof policyInputs]: z.infer<(typeof policyInputs)[K]> };

const SUMMARY = {
  id: true,
  number: true,
  status: true,
  publishedAt: true,
  supersededAt: true,
  updatedAt: true,
  authorName: true,
} as const;

/** 制度列表: the caller's policies newest first, each with its latest readable version and the one in force. */
export async function listPolicies(deps: Deps, ctx: Ctx, input: Inputs['list']) {
  const readable = readableVersions(ctx.actor);
  const where: Prisma.PolicyWhereInput = {
    versions: { some: { AND: [readable, ...(input.status ? [{ status: input.status }] : [])] } },
    ...(input.category ? { category: input.category } : {}),
    ...(input.q ? { title: { contains: input.q, mode: 'insensitive' as const } } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.policy.findMany({
      where,
      include: { versions: { where: readable, orderBy: { number: 'desc' }, select: SUMMARY } },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    deps.prisma.policy.count({ where }),
  ]);
  const items = rows.map(({ versions, ...policy }) => ({
    ...policy,
    latest: versions[0]!,
    inForce: versions.find((v) => v.status === 'IN_FORCE') ?? null,
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** One policy with the versions the caller reads, newest first (版本历史), and what they may do on each. */
export async function getPolicy(deps: Deps, ctx: Ctx, policyId: string) {
  const policy = await deps.prisma.policy.findUnique({
    where: { id: policyId },
    include: {
      versions: {
        orderBy: { number: 'desc' },
        include: {
          opinions: { orderBy: { givenAt: 'asc' } },
          reads: { where: { personId: ctx.actor.personId } },
        },
      },
    },
  });
  const versions = (policy?.versions ?? []).filter((v) => mayReadVersion(ctx.actor, policy!.ownerOrgId, v));
  if (!policy || !versions.length) throw policiesErrors.notFound();
  const keeps = readsAllOf(ctx.actor, policy.ownerOrgId);
  const now = deps.now();
  const approvals = await deps.prisma.approvalInstance.findMany({
    where: { id: { in: versions.flatMap((v) => (v.approvalInstanceId ? [v.approvalInstanceId] : [])) } },
    select: { id: true, status: true },
  });
  return {
    ...policy,
    mayManage: can(ctx.actor, 'forms.policy.manage', { orgNodeId: policy.ownerOrgId }),
    versions: versions.map(({ opinions, reads, scopeSubtree, ...v }) => ({
      ...v,
      attachments: v.attachments as unknown as FileRef[],
      scopeNodes: v.scopeNodes as unknown as NamedNode[],
      consultationNodes: v.consultationNodes as unknown as NamedNode[] | null,
      approvalStatus: approvals.find((a) => a.id === v.approvalInstanceId)?.status ?? null,
      // Opinions are between the author and the consulted units.
      opinions: keeps || consulted(ctx.actor, v) ? opinions : [],
      mine: {
        mayGiveOpinion: opinionUnit(v, ctx.actor.roles, now).ok,
        requiredReading: v.status === 'IN_FORCE' && appliesTo({ ...v, scopeSubtree }, ctx.actor.roles),
        readAt: reads[0]?.readAt ?? null,
      },
    })),
  };
}

async function readableVersion(deps: Deps, ctx: Ctx, versionId: string) {
  const version = await deps.prisma.policyVersion.findUnique({
    where: { id: versionId },
    include: { policy: { select: { ownerOrgId: true, id: true } } },
  });
  if (!version || !mayReadVersion(ctx.actor, version.policy.ownerOrgId, version))
    throw policiesErrors.notFound();
  return version;
}

/** 版本对比: two versions of one policy, line by line. */
export async function compareVersions(deps: Deps, ctx: Ctx, input: Inputs['compare']) {
  const [from, to] = await Promise.all([
    readableVersion(deps, ctx, input.fromVersionId),
    readableVersion(deps, ctx, input.toVersionId),
  ]);
  if (from.policyId !== to.policyId) throw policiesErrors.notFound();
  const side = (v: typeof from) => ({
    id: v.id,
    number: v.number,
    status: v.status,
    publishedAt: v.publishedAt,
  });
  return { from: side(from), to: side(to), rows: sideBySide(from.plainText, to.plainText) };
}

/** 某日现行版本: the version in force at the end of a day, China time, or null before the first publication. */
export async function versionInForceOnDate(deps: Deps, ctx: Ctx, input: Inputs['inForceOn']) {
  const versions = await deps.prisma.policyVersion.findMany({
    where: { policyId: input.policyId, publishedAt: { not: null } },
    include: { policy: { select: { ownerOrgId: true } } },
  });
  const readable = versions.filter((v) => mayReadVersion(ctx.actor, v.policy.ownerOrgId, v));
  if (!readable.length) throw policiesErrors.notFound();
  const version = versionInForceOn(readable, input.date);
  return {
    date: input.date,
    version: version && {
      id: version.id,
      number: version.number,
      status: version.status,
      publishedAt: version.publishedAt,
      supersededAt: version.supersededAt,
      body: version.body,
    },
  };
}
