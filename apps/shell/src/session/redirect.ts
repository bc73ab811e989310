import type { LocationQuery } from 'vue-router';

/**
 * Where to go after login: the page the user was sent away from, if it is a path of this portal. Anything
 * else (another site, `//evil.example`, the login page itself) goes home, so the parameter cannot be
 * used to send people elsewhere.
 */
export function redirectTarget(query: LocationQuery): string {
  const raw = Array.isArray(query.redirect) ? query.redirect[0] : query.redirect;
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\'))
    return '/';
  if (raw === '/login' || raw.startsWith('/login?') || raw.startsWith('/change-password')) return '/';
  return raw;
}
