import type { Pool } from '@duda/db';
import type { ServiceClient } from '@duda/service-kit';
import { database } from './database.ts';
import type { InspectionDeps } from './deps.ts';
import { DEFAULT_RECTIFICATION_POLICY } from './domain/index.ts';
import { readPhoto } from './photos/photo-service.ts';
import { signedPhotoUrl, verifyPhotoSignature } from './photos/signing.ts';
import { orgDirectory } from './ports/org-directory.ts';
import { localDiskStorage, type PhotoStorage } from './ports/photo-storage.ts';
import { createInspectionPrisma } from './prisma.ts';
import { createInspectionRouter, type InspectionRouter } from './router/index.ts';

export { database, type InspectionRouter, type PhotoStorage, localDiskStorage };

/** Where the gateway serves photos; URLs handed out by the service point here. */
export const PHOTO_PATH = '/api/inspection/photos';

export interface InspectionServiceOptions {
  pool: Pool;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  photos: PhotoStorage;
  /** Signs photo URLs; the gateway verifies them with the same secret. */
  secret: string;
  now?: () => Date;
}

/** The inspection service, in-process: its router, the photo reader behind signed URLs, and shutdown. */
export function createInspectionService(options: InspectionServiceOptions) {
  const deps: InspectionDeps = {
    prisma: createInspectionPrisma(options.pool),
    org: orgDirectory(options.org),
    photos: options.photos,
    policy: DEFAULT_RECTIFICATION_POLICY,
    photoUrl: (photoId) => signedPhotoUrl(options.secret, PHOTO_PATH, photoId),
    now: options.now ?? (() => new Date()),
  };
  return {
    database,
    router: createInspectionRouter(deps),
    /** The photo for a signed URL, or null when the signature is wrong or expired or the photo is gone. */
    photo: (photoId: string, expires: string, sig: string) =>
      verifyPhotoSignature(options.secret, photoId, expires, sig)
        ? readPhoto(deps, photoId)
        : Promise.resolve(null),
    prisma: deps.prisma,
    storage: options.photos,
    close: () => deps.prisma.$disconnect(),
  };
}

export type InspectionService = ReturnType<typeof createInspectionService>;
