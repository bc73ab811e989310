import { describe, expect, it } from 'vitest';
import { detectImageType } from './image-type.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('detectImageType', () => {
  it('recognises JPEG, PNG and WebP by their signatures', () => {
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectImageType(new TextEncoder().encode('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('rejects anything else, whatever it claims to be', () => {
    expect(detectImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(detectImageType(new TextEncoder().encode('RIFF\x00\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(detectImageType(bytes())).toBeNull();
  });
});
