/** A write refused by a unique index (Prisma's P2002), e.g. two siblings given one name at the same moment. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';

/** A write refused by a foreign key (Prisma's P2003): e.g. a question added to a knowledge point being deleted. */
export const isForeignKeyViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2003';
