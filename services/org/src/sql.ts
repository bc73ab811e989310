// Raw SQL gets no schema qualification from Prisma, and the pool is shared by every in-process service, so raw
// statements name the org schema explicitly.
import { database } from './database.ts';
import { Prisma } from './generated/prisma/client.ts';

export const orgTable = (name: string) => Prisma.raw(`"${database.schema}"."${name}"`);
