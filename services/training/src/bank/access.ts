// Who keeps the bank: the trainer (培训管理员), for the city they belong to. Nobody else reads a question through
// the bank — examinees see questions only inside their attempts, without the key until review allows.
import type { Actor } from '@duda/authz';
import { bankErrors } from '@duda/contract-training';
import { assertCan, type CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { homeCityOf } from '../ports/org-directory.ts';

export type BankCtx = CallerContext & { actor: Actor };

/** The caller's city, once it is clear they keep its bank. */
export async function bankCityOf(deps: TrainingDeps, ctx: BankCtx): Promise<string> {
  const city = await homeCityOf(deps.org, ctx);
  if (!city) throw bankErrors.manageDenied();
  assertCan(ctx.actor, 'training.bank.manage', { orgNodeId: city.id }, bankErrors.manageDenied);
  return city.id;
}
