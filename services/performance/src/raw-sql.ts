import { database } from './database.ts';
import { Prisma } from './generated/prisma/client.ts';

// Raw SQL does not get Prisma's schema qualification, and the pool is shared by every in-process service, so raw
// statements name the service schema explicitly.
const quoted = (name: string) => `"${database.schema}"."${name}"`;

export const table = (name: string) => Prisma.raw(quoted(name));
export const enumType = (name: string) => Prisma.raw(quoted(name));
