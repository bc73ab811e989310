import { describe, expect, it } from 'vitest';
import { sniffFileType, sniffImage } from './file-type.ts';

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(16).fill(0)]);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('a file’s type from its first bytes', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    ['WebP', bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')), 'image/webp'],
    ['PDF', bytes(...ascii('%PDF-1.7')), 'application/pdf'],
    ['a zip (docx, xlsx …)', bytes(0x50, 0x4b, 0x03, 0x04), 'application/zip'],
    [
      'a compound document (doc, xls …)',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      'application/x-cfb',
    ],
    ['a RIFF that is not WebP (a WAV)', bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVE')), null],
    ['a PNG cut short', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), null],
    ['a text file named .jpg', bytes(...ascii('hello')), null],
    ['nothing', new Uint8Array(), null],
  ])('%s', (_name, input, expected) => {
    expect(sniffFileType(input)).toBe(expected);
  });

  it('an image is only one of the camera formats, whatever else the bytes are', () => {
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xdb))).toBe('image/jpeg');
    expect(sniffImage(bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')))).toBe('image/webp');
    expect(sniffImage(bytes(...ascii('%PDF-1.4')))).toBeNull();
    expect(sniffImage(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull();
  });
});
