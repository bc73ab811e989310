import { scopeOf, type Actor } from '@duda/authz';
import { operationsErrors, type entryInputs } from '@duda/contract-operations';
import { assertCan, skipTake, type CallerContext, type Page } from '@duda/service-kit';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';

type Ctx = CallerContext & { actor: Actor };

export interface EntryRow {
  id: string;
  orgNodeId: string;
  orgName: string;
  title: string;
  status: 'OPEN' | 'DONE';
  createdAt: Date;
}

/** Entries of the org nodes the caller may read, newest first. */
export async function listEntries(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof entryInputs.list>,
): Promise<Page<EntryRow>> {
  const scope = scopeOf(ctx.actor, 'operations.read');
  const where = {
    orgNodeId: { in: scope.orgNodeIds },
    ...(input.status ? { status: input.status } : {}),
  };
  const [items, total] = await Promise.all([
    deps.prisma.entry.findMany({ where, orderBy: { createdAt: 'desc' }, ...skipTake(input) }),
    deps.prisma.entry.count({ where }),
  ]);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** Adds an entry for an org node the caller manages; the node's name is copied from the org service. */
export async function createEntry(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof entryInputs.create>,
): Promise<EntryRow> {
  assertCan(
    ctx.actor,
    'operations.entry.manage',
    { orgNodeId: input.orgNodeId },
    operationsErrors.manageDenied,
  );
  const [node] = await deps.org.query<{ name: string }[]>(ctx, 'nodes', { ids: [input.orgNodeId] });
  if (!node) throw operationsErrors.manageDenied();
  return deps.prisma.entry.create({
    data: {
      orgNodeId: input.orgNodeId,
      orgName: node.name,
      title: input.title,
      createdById: ctx.actor.personId,
    },
  });
}
