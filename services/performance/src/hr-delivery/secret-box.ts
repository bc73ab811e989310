// HR's signing secret at rest: AES-256-GCM under a key derived from the service's own secret (DUDA_SERVICE_SECRET,
// which the gateway or the service's process already holds), so a copy of the database alone does not let anyone
// sign results as the portal. The stored text is `v1.<iv>.<tag>.<ciphertext>` in base64url; a changed byte or
// another key fails to open instead of yielding a wrong secret.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

/** The box's key: HKDF-SHA256 of the service secret, bound to this one use. */
export function secretBoxKey(serviceSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serviceSecret, 'duda', 'performance/hr-endpoint-secret', 32));
}

export function sealSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function openSecret(key: Buffer, stored: string): string {
  const [version, iv, tag, sealed] = stored.split('.');
  if (version !== VERSION || !iv || !tag || sealed === undefined)
    throw new Error('The stored HR secret is not sealed: the city supervisor must enter it again');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
