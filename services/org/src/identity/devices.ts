import { sessionIdOf } from '../domain/session-policy.ts';
import type { OrgDeps } from '../deps.ts';

/** How long a browser stays trusted after its last successful login (ADR 0011). */
export const DEVICE_TRUST_DAYS = 180;

export interface TrustedDeviceRef {
  id: string;
}

/**
 * The trusted-device row the browser's device cookie names, if it belongs to this account and has not
 * expired. The cookie holds a random token; the table only its hash, as for sessions.
 */
export async function trustedDevice(
  deps: OrgDeps,
  accountId: string,
  token: string | null | undefined,
  now: Date,
): Promise<TrustedDeviceRef | null> {
  if (!token) return null;
  const row = await deps.prisma.trustedDevice.findUnique({
    where: { id: sessionIdOf(token) },
    select: { id: true, accountId: true, expiresAt: true },
  });
  return row && row.accountId === accountId && row.expiresAt > now ? { id: row.id } : null;
}

export const deviceExpiry = (now: Date): Date => new Date(now.getTime() + DEVICE_TRUST_DAYS * 86_400_000);
