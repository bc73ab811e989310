// The areas' answers a hall monthly report (表2) is prefilled from, each asked as the manager through the area's
// public API (in process or over signed HTTP), never its tables. One that fails, is absent, or takes longer than
// a few seconds is null: the report marks it unavailable and fills from the rest.
import type { ServiceClient } from '@duda/service-kit';
import type { Answers } from './domain/prefill.ts';
import type { ReportsDeps, SignedIn } from './reports-deps.ts';

const PATIENCE_MS = 5_000;

async function ask<T>(client: ServiceClient | undefined, ctx: SignedIn, path: string, input: unknown) {
  if (!client) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PATIENCE_MS)));
  try {
    return await Promise.race([client.query<T>(ctx, path, input).catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function answersFor(
  deps: Pick<ReportsDeps, 'areas'>,
  ctx: SignedIn,
  hallId: string,
  month: string,
): Promise<Answers> {
  const unit = { orgNodeId: hallId, month };
  const { inspection, training, forms, operations } = deps.areas;
  const [figures, shortStaves, exams, complaints, queue, equipment] = await Promise.all([
    ask<Answers['inspection']>(inspection, ctx, 'figures.month', unit),
    ask<Answers['shortStaves']>(inspection, ctx, 'shortStaves', unit),
    ask<Answers['training']>(training, ctx, 'figures.month', { month }),
    ask<Answers['complaints']>(forms, ctx, 'complaints.counts', unit),
    ask<Answers['queue']>(inspection, ctx, 'queue.month', { hallId, month }),
    ask<Answers['equipment']>(operations, ctx, 'figures.month', unit),
  ]);
  return { inspection: figures, shortStaves, training: exams, complaints, queue, equipment };
}
