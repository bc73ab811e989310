import { describe, expect, it } from 'vitest';
import { photoProblem } from './tickPhoto.ts';

describe('a tick photo checked in the browser', () => {
  it('takes a phone photo', () => {
    expect(photoProblem({ type: 'image/jpeg', size: 3 * 1024 * 1024 })).toBeNull();
    expect(photoProblem({ type: 'image/heic', size: 1024 })).toBeNull();
  });

  it('refuses a file that does not even say it is an image, and one over 10 MB', () => {
    expect(photoProblem({ type: 'application/pdf', size: 1024 })).toBe('photoNotImage');
    expect(photoProblem({ type: '', size: 1024 })).toBe('photoNotImage');
    expect(photoProblem({ type: 'image/png', size: 10 * 1024 * 1024 + 1 })).toBe('photoTooLarge');
  });
});
