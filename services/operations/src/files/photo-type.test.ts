import { describe, expect, it } from 'vitest';
import { detectPhotoType } from './photo-type.ts';

describe('photo type from the bytes', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    [[0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50], 'image/webp'],
    // A PDF named .jpg is no photo.
    [[0x25, 0x50, 0x44, 0x46, 0x2d], null],
  ] as const)('%j → %s', (bytes, type) => {
    expect(detectPhotoType(new Uint8Array(bytes))).toBe(type);
  });
});
