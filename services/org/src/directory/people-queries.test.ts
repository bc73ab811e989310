import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('listing people under an org node', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  it('lists nobody under a node that does not exist, as under one out of scope', async () => {
    // Its stand-in path used to be a NUL, which PostgreSQL refuses (found by the gateway's fuzzing suite).
    const admin = await f.callerOf('admin');
    const people = await admin.people.list({
      page: 1,
      pageSize: 20,
      q: '张',
      orgNodeId: '0d6f4a8e-2b1c-4c3d-9e8f-1a2b3c4d5e6f',
    });
    expect(people).toMatchObject({ items: [], total: 0 });
  });
});
