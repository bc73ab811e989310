import { describe, expect, it } from 'vitest';
import { validateImage } from './validateImage.ts';

const file = (name: string, type: string, bytes = 10) => new File([new Uint8Array(bytes)], name, { type });

describe('validateImage', () => {
  it('follows accept like the browser: wildcards, exact types and extensions', () => {
    expect(validateImage(file('a.png', 'image/png'), 'image/*', 10)).toBeNull();
    expect(validateImage(file('a.png', 'image/png'), 'image/jpeg', 10)).toBe('notImage');
    expect(validateImage(file('a.JPG', 'image/jpeg'), '.jpg, .jpeg', 10)).toBeNull();
  });

  it('refuses non-images even when accept would let them through', () => {
    expect(validateImage(file('a.pdf', 'application/pdf'), '.pdf', 10)).toBe('notImage');
  });

  it('allows exactly maxSizeMb and refuses one byte more', () => {
    expect(validateImage(file('a.png', 'image/png', 1024 * 1024), 'image/*', 1)).toBeNull();
    expect(validateImage(file('a.png', 'image/png', 1024 * 1024 + 1), 'image/*', 1)).toBe('tooLarge');
  });
});
