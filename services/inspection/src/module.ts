// The inspection service as a module: what the gateway composes and what runs it as its own process.
import type { Actor } from '@duda/authz';
import type { Pool } from '@duda/db';
import {
  defineServiceModule,
  evidenceGrantValid,
  type ServiceClient,
  type ServiceEnv,
} from '@duda/service-kit';
import { database } from './database.ts';
import type { InspectionDeps } from './deps.ts';
import { DEFAULT_RECTIFICATION_POLICY } from './domain/index.ts';
import { inspectionEvents } from './events/service-events.ts';
import { readPhoto } from './photos/photo-service.ts';
import { signedPhotoUrl, verifyPhotoSignature } from './photos/signing.ts';
import { orgDirectory } from './ports/org-directory.ts';
import { localFolderStorage, type FileStorage } from '@duda/file-storage';
import { createInspectionPrisma } from './prisma.ts';
import { createInspectionRouter } from './router/index.ts';
import { seedInspectionDemo, type DemoOrg } from './seed/index.ts';

/** Where the gateway serves photos; URLs handed out by the service point here. */
export const PHOTO_PATH = '/api/inspection/photos';

export interface InspectionServiceOptions {
  pool: Pool;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  photos: FileStorage;
  /** Signs photo URLs; the photo route verifies them with the same secret. */
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
    citedTo: (record, personId, grant) => evidenceGrantValid(options.secret, record, personId, grant),
    now: options.now ?? (() => new Date()),
  };
  return {
    database,
    router: createInspectionRouter(deps),
    /**
     * The photo for a signed URL, or null when the signature is wrong or expired, the photo is gone, or the
     * viewer may not see it.
     */
    photo: (viewer: Actor, photoId: string, expires: string, sig: string) =>
      verifyPhotoSignature(options.secret, photoId, expires, sig)
        ? readPhoto(deps, viewer, photoId)
        : Promise.resolve(null),
    prisma: deps.prisma,
    storage: options.photos,
    /** What the handlers run on, for a bench that calls a service function without tRPC. */
    deps,
    close: () => deps.prisma.$disconnect(),
  };
}

export type InspectionService = ReturnType<typeof createInspectionService>;

export const inspectionModule = defineServiceModule({
  name: 'inspection',
  database,
  calls: ['org'],
  router: createInspectionRouter,
  create: (env: ServiceEnv) =>
    createInspectionService({
      pool: env.pool,
      org: env.client('org'),
      photos: localFolderStorage(env.uploadsDir),
      secret: env.secret,
      now: env.now,
    }),
  // Months of plans, inspections and orders on the demo organisation the org step hands over.
  seed: {
    after: ['org'],
    run: (service: InspectionService, seeded: { org: DemoOrg }, now: Date) =>
      seedInspectionDemo(service.prisma, service.storage, seeded.org, now),
  },
  // Its outbox and the overdue job (超期标记).
  events: (service: InspectionService) => inspectionEvents(service.deps),
  routes: [
    {
      // Evidence photos: the signed URL cannot be guessed, and the viewer's session decides who sees it.
      path: `${PHOTO_PATH}/:id`,
      handle: async (service: InspectionService, request, reply, caller) => {
        if (!caller.actor) return reply.code(401).send({ error: '登录已失效，请重新登录' });
        const { id } = request.params as { id: string };
        const { expires = '', sig = '' } = request.query as { expires?: string; sig?: string };
        const photo = await service.photo(caller.actor, id, expires, sig);
        if (!photo) return reply.code(404).send({ error: '照片不存在或链接已过期' });
        reply.header('Content-Type', photo.contentType);
        // Private and brief: a signed-out browser should not keep showing it from cache for long.
        reply.header('Cache-Control', 'private, max-age=300');
        return reply.send(photo.stream);
      },
    },
  ],
});
