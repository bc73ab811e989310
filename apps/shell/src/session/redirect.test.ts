import { describe, expect, it } from 'vitest';
import { redirectTarget } from './redirect.ts';

describe('redirectTarget', () => {
  it('returns to the portal page the user was sent away from, query and hash included', () => {
    expect(redirectTarget({ redirect: '/inspection/halls?q=湖滨#top' })).toBe('/inspection/halls?q=湖滨#top');
    expect(redirectTarget({ redirect: ['/profile', '/other'] })).toBe('/profile');
  });

  it('goes home for anything that would leave the portal', () => {
    for (const redirect of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'inspection',
    ]) {
      expect(redirectTarget({ redirect })).toBe('/');
    }
  });

  it('goes home instead of back to login or the password change (no loops)', () => {
    expect(redirectTarget({ redirect: '/login' })).toBe('/');
    expect(redirectTarget({ redirect: '/login?redirect=/x' })).toBe('/');
    expect(redirectTarget({ redirect: '/change-password?redirect=/x' })).toBe('/');
    expect(redirectTarget({})).toBe('/');
    expect(redirectTarget({ redirect: null })).toBe('/');
  });
});
