import { PHOTO_PATH } from '@duda/service-inspection';
import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config.ts';
import type { GatewayServices } from './services.ts';

/**
 * Evidence photos behind signed URLs (the inspection service signs them for people allowed to see the
 * record). In separate-process mode the request goes on to the inspection service's own server.
 */
export async function registerPhotos(app: FastifyInstance, config: GatewayConfig, services: GatewayServices) {
  app.get<{ Params: { id: string }; Querystring: { expires?: string; sig?: string } }>(
    `${PHOTO_PATH}/:id`,
    async (request, reply) => {
      const { expires = '', sig = '' } = request.query;
      const remote = config.remoteServices.find((s) => s.name === 'inspection');
      if (remote) {
        const upstream = await fetch(
          new URL(
            `${PHOTO_PATH}/${request.params.id}?expires=${encodeURIComponent(expires)}&sig=${encodeURIComponent(sig)}`,
            remote.url,
          ),
        );
        if (!upstream.ok || !upstream.body)
          return reply
            .code(upstream.status === 200 ? 502 : upstream.status)
            .send({ error: '照片不存在或链接已过期' });
        reply.header('Content-Type', upstream.headers.get('content-type') ?? 'application/octet-stream');
        reply.header('Cache-Control', 'private, max-age=3600');
        return reply.send(Buffer.from(await upstream.arrayBuffer()));
      }
      const photo = await services.photo?.(request.params.id, expires, sig);
      if (!photo) return reply.code(404).send({ error: '照片不存在或链接已过期' });
      reply.header('Content-Type', photo.contentType);
      reply.header('Cache-Control', 'private, max-age=3600');
      return reply.send(photo.stream);
    },
  );
}
