import { pendingSchemaChange } from '@duda/db';
import { testServerUrl } from '@duda/db/testing';
import { describe, expect, it } from 'vitest';
import { database } from './database.ts';

describe('operations database', () => {
  it('has committed migrations that produce exactly the Prisma schema', async () => {
    expect(await pendingSchemaChange(testServerUrl(), database)).toBe('');
  });
});
