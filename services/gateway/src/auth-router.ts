import { orgErrors } from '@duda/contract-org';
import type { IdentityPort } from '@duda/service-org';
import { authedProcedure, comparedText, publicProcedure, router, text, z } from '@duda/service-kit';

/**
 * `auth.*`: the only procedures open to anonymous callers. The gateway owns the session cookie; the
 * org service checks the password and keeps the session.
 */
export function createAuthRouter(identity: IdentityPort) {
  return router({
    login: publicProcedure
      .input(
        z.object({
          username: comparedText().trim().min(1, { error: orgErrors.usernameRequired.code }).max(50),
          password: text().min(1, { error: orgErrors.passwordRequired.code }).max(128),
        }),
      )
      .mutation(async ({ ctx, input }) => {
        const deviceToken = ctx.sessionCookie?.device ?? null;
        const result = await identity.login(
          { ...input, deviceToken },
          { ip: ctx.ip, userAgent: ctx.userAgent },
        );
        // The cookie is about to name the new session; the one it named before must not outlive it unseen.
        if (ctx.sessionId) await identity.logout(ctx.sessionId);
        ctx.sessionCookie?.set(result.token, result.expiresAt);
        const device = result.deviceToken ?? deviceToken;
        if (device) ctx.sessionCookie?.setDevice(device, result.deviceExpiresAt);
        return { mustChangePassword: result.mustChangePassword, expiresAt: result.expiresAt };
      }),
    logout: authedProcedure.meta({ openDuringPasswordChange: true }).mutation(async ({ ctx }) => {
      if (ctx.sessionId) await identity.logout(ctx.sessionId);
      ctx.sessionCookie?.clear();
      return { ok: true };
    }),
  });
}
