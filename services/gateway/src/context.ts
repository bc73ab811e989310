import type { CallerContext } from '@duda/service-kit';
import type { IdentityPort } from '@duda/service-org';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

export const SESSION_COOKIE = 'duda_session';

/** Builds the caller context of one request from its session cookie. */
export function contextFactory(identity: IdentityPort, secureCookies: boolean) {
  return async ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Promise<CallerContext> => {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await identity.resolveSession(token) : null;
    return {
      requestId: String(req.id),
      actor: session?.actor ?? null,
      sessionId: session?.sessionId ?? null,
      passwordChangeRequired: session?.mustChangePassword ?? false,
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? '',
      log: req.log as unknown as Logger,
      sessionCookie: {
        set: (value, expiresAt) => {
          res.setCookie(SESSION_COOKIE, value, {
            httpOnly: true,
            sameSite: 'lax',
            secure: secureCookies,
            path: '/',
            expires: expiresAt,
          });
        },
        clear: () => {
          res.clearCookie(SESSION_COOKIE, { path: '/' });
        },
      },
    };
  };
}
