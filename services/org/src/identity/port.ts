import { createTRPCUntypedClient, httpLink } from '@trpc/client';
import { callerHeaders, publicProcedure, router, z } from '@duda/service-kit';
import superjson from 'superjson';
import type { OrgDeps } from '../deps.ts';
import { login, type LoginInput, type LoginResult } from './login.ts';
import { logout, resolveSession, type ResolvedSession } from './session.ts';

/**
 * What the gateway needs from the identity side of the org service: it owns the session cookie, the
 * org service owns accounts and sessions. In-process it is a plain object; in separate-process mode
 * the same calls go over HTTP to the org service's `identity.*` procedures.
 */
export interface IdentityPort {
  login(input: LoginInput, meta: { ip: string; userAgent: string }): Promise<LoginResult>;
  resolveSession(token: string): Promise<ResolvedSession | null>;
  logout(sessionId: string): Promise<void>;
}

export const localIdentity = (deps: OrgDeps): IdentityPort => ({
  login: (input, meta) => login(deps, input, meta),
  resolveSession: (token) => resolveSession(deps, token),
  logout: (sessionId) => logout(deps, sessionId),
});

/**
 * The identity procedures, served only by the org service's own server, which accepts nothing that the
 * gateway did not sign. The gateway never mounts this router on its public API.
 */
export function createIdentityRouter(identity: IdentityPort) {
  return router({
    login: publicProcedure
      .input(
        z.object({
          username: z.string(),
          password: z.string(),
          deviceToken: z.string().nullish(),
          ip: z.string(),
          userAgent: z.string(),
        }),
      )
      .mutation(({ input }) => identity.login(input, input)),
    resolveSession: publicProcedure
      .input(z.object({ token: z.string() }))
      .query(({ input }) => identity.resolveSession(input.token)),
    logout: publicProcedure
      .input(z.object({ sessionId: z.string() }))
      .mutation(({ input }) => identity.logout(input.sessionId)),
  });
}

export function remoteIdentity(url: string, secret: string): IdentityPort {
  const client = createTRPCUntypedClient({
    links: [
      httpLink({
        url,
        transformer: superjson,
        headers: ({ op }) => callerHeaders(op.context.caller as never, secret),
      }),
    ],
  });
  const caller = {
    requestId: 'identity',
    actor: null,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '',
    userAgent: '',
  };
  const context = { caller };
  return {
    login: (input, meta) =>
      client.mutation('identity.login', { ...input, ...meta }, { context }) as Promise<LoginResult>,
    resolveSession: (token) =>
      client.query('identity.resolveSession', { token }, { context }) as Promise<ResolvedSession | null>,
    logout: (sessionId) => client.mutation('identity.logout', { sessionId }, { context }) as Promise<void>,
  };
}
