import { describe, expect, it } from 'vitest';
import { START_LOCATION } from 'vue-router';
import type { RouteLocationNormalized } from 'vue-router';
import { scrollBehavior } from './scroll.ts';

const page = (path: string) =>
  ({ ...START_LOCATION, path, fullPath: path, matched: [{ path }] }) as unknown as RouteLocationNormalized;

describe('scrollBehavior', () => {
  it('leaves the first page where the browser opened it', () => {
    expect(scrollBehavior(page('/inspection/halls'), START_LOCATION, null)).toBe(false);
  });

  it('takes a new page to the top and a page met again by back/forward to where it was', () => {
    expect(scrollBehavior(page('/inspection/plans'), page('/inspection/halls'), null)).toEqual({ top: 0 });
    expect(scrollBehavior(page('/inspection/halls'), page('/inspection/plans'), { left: 0, top: 480 })).toEqual({
      left: 0,
      top: 480,
    });
  });

  it('restores a reloaded page to where it was', () => {
    expect(scrollBehavior(page('/inspection/halls'), START_LOCATION, { left: 0, top: 480 })).toEqual({
      left: 0,
      top: 480,
    });
  });
});
