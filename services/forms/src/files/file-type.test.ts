import { describe, expect, it } from 'vitest';
import { detectFormFileType } from './file-type.ts';

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(16).fill(0)]);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('a form file’s type from its bytes', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    ['WebP', bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')), 'image/webp'],
    ['PDF', bytes(...ascii('%PDF-1.7')), 'application/pdf'],
    ['a RIFF that is not WebP (a WAV)', bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVE')), null],
    ['a text file named .jpg', bytes(...ascii('hello')), null],
    ['nothing', new Uint8Array(), null],
  ])('%s', (_name, input, expected) => {
    expect(detectFormFileType(input)).toBe(expected);
  });
});
