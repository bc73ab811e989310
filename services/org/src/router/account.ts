// `org.account.*`: what the signed-in person does to their own account.
import { accountInputs as input } from '@duda/contract-org';
import { authedProcedure, router } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { changePassword } from '../identity/change-password.ts';

export const accountRouter = (deps: OrgDeps) =>
  router({
    // Open while a password change is pending: it is how the person gets out of that state.
    changePassword: authedProcedure
      .meta({ openDuringPasswordChange: true })
      .input(input.changePassword)
      .mutation(({ ctx, input }) => changePassword(deps, ctx.actor.personId, ctx.sessionId, input)),
  });
