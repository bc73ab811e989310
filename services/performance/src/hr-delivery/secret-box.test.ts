import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret, secretBoxKey } from './secret-box.ts';

const key = secretBoxKey('service-secret-of-this-portal');

describe('the HR secret at rest', () => {
  it('is stored as something else and opens to the secret with the same key', () => {
    const sealed = sealSecret(key, 'hangzhou-hr-secret-2026');
    expect(sealed).not.toContain('hangzhou');
    expect(sealed).toMatch(/^v1\./);
    expect(openSecret(key, sealed)).toBe('hangzhou-hr-secret-2026');
  });

  it('differs each time it is sealed (a fresh IV)', () => {
    expect(sealSecret(key, 'same')).not.toBe(sealSecret(key, 'same'));
  });

  it('does not open with another service secret, changed bytes or a plain stored value', () => {
    const sealed = sealSecret(key, 'hangzhou-hr-secret-2026');
    expect(() => openSecret(secretBoxKey('another-portal'), sealed)).toThrow();
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    parts[3] = flipped.toString('base64url');
    expect(() => openSecret(key, parts.join('.'))).toThrow();
    expect(() => openSecret(key, 'hangzhou-hr-secret-2026')).toThrow(/enter it again/);
  });
});
