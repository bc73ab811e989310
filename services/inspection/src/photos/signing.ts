import { createHmac, timingSafeEqual } from 'node:crypto';

// Photos are served by plain <img> requests, which cannot carry the caller's authorization through tRPC.
// Whoever may read an inspection gets its photo URLs signed for a limited time instead.
const LIFETIME_SECONDS = 12 * 3600;

const signature = (secret: string, photoId: string, expires: number) =>
  createHmac('sha256', secret).update(`${photoId}.${expires}`).digest('base64url');

export function signedPhotoUrl(secret: string, basePath: string, photoId: string, now = Date.now()): string {
  // Rounded so the same photo keeps the same URL for a while and browsers can cache it.
  const expires = Math.ceil(now / 1000 / 3600) * 3600 + LIFETIME_SECONDS;
  return `${basePath}/${photoId}?expires=${expires}&sig=${signature(secret, photoId, expires)}`;
}

export function verifyPhotoSignature(
  secret: string,
  photoId: string,
  expires: string,
  sig: string,
  now = Date.now(),
): boolean {
  const at = Number(expires);
  if (!Number.isInteger(at) || at * 1000 < now) return false;
  const expected = Buffer.from(signature(secret, photoId, at));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
