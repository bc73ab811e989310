import { describe, expect, it } from 'vitest';
import { signedPhotoUrl, verifyPhotoSignature } from './signing.ts';

const parse = (url: string) => {
  const parsed = new URL(url, 'http://x');
  return {
    id: parsed.pathname.split('/').pop()!,
    expires: parsed.searchParams.get('expires')!,
    sig: parsed.searchParams.get('sig')!,
  };
};

describe('photo URL signing', () => {
  const now = Date.UTC(2026, 10, 23, 10);
  const url = signedPhotoUrl('s3cret', '/api/photos', 'p1', now);

  it('accepts its own signature until it expires', () => {
    const { id, expires, sig } = parse(url);
    expect(verifyPhotoSignature('s3cret', id, expires, sig, now)).toBe(true);
    expect(verifyPhotoSignature('s3cret', id, expires, sig, now + 14 * 3600_000)).toBe(false);
  });

  it('rejects another photo, another secret or a changed expiry', () => {
    const { expires, sig } = parse(url);
    expect(verifyPhotoSignature('s3cret', 'p2', expires, sig, now)).toBe(false);
    expect(verifyPhotoSignature('other', 'p1', expires, sig, now)).toBe(false);
    expect(verifyPhotoSignature('s3cret', 'p1', String(Number(expires) + 3600), sig, now)).toBe(false);
  });
});
