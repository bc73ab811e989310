import { pendingSchemaChange } from '@duda/db';
import { testServerUrl } from '@duda/db/testing';
import { describe, expect, it } from 'vitest';
import { database } from './database.ts';

describe('the test service’s outbox and inbox tables', () => {
  it('have a committed migration that produces exactly the Prisma models the README shows', async () => {
    expect(await pendingSchemaChange(testServerUrl(), database)).toBe('');
  });
});
