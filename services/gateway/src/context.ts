import type { CallerContext } from '@duda/service-kit';
import type { IdentityPort, ResolvedSession } from '@duda/service-org';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

export const SESSION_COOKIE = 'duda_session';
export const DEVICE_COOKIE = 'duda_device';

const sessions = new WeakMap<FastifyRequest, Promise<ResolvedSession | null>>();

/**
 * The request's session, looked up once per request: the rate limit keys signed-in traffic by it, and the
 * caller context is built from the same answer.
 */
export function sessionOf(identity: IdentityPort, req: FastifyRequest): Promise<ResolvedSession | null> {
  let session = sessions.get(req);
  if (!session) {
    const token = req.cookies[SESSION_COOKIE];
    session = token ? identity.resolveSession(token) : Promise.resolve(null);
    sessions.set(req, session);
  }
  return session;
}

/** What a CSRF token is bound to: the session cookie the request carries, or being signed out. */
export const csrfBinding = (req: FastifyRequest): string => {
  const session = req.cookies[SESSION_COOKIE];
  // Never empty: @fastify/csrf refuses an empty binding.
  return session ? `session:${session}` : 'signed-out';
};

/** Builds the caller context of one request from its session cookie. */
export function contextFactory(identity: IdentityPort, secureCookies: boolean) {
  return async ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Promise<CallerContext> => {
    const session = await sessionOf(identity, req);
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
        device: req.cookies[DEVICE_COOKIE] ?? null,
        setDevice: (value, expiresAt) => {
          // Sent only to login: nothing else needs it, so it never travels with ordinary calls.
          res.setCookie(DEVICE_COOKIE, value, {
            httpOnly: true,
            sameSite: 'strict',
            secure: secureCookies,
            path: '/trpc/auth.login',
            expires: expiresAt,
          });
        },
      },
    };
  };
}
