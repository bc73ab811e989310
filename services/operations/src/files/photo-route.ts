// The HTTP route behind a fault photo's URL (an <img> in the fault drawer): the session names the viewer.
import { FAULT_PHOTO_PATH } from '@duda/contract-operations';
import type { HttpRoute } from '@duda/service-kit';
import { z } from 'zod';
import type { OperationsService } from '../module.ts';
import { readFaultPhoto } from './fault-photos.ts';

export const faultPhotoRoute: HttpRoute<OperationsService> = {
  path: `${FAULT_PHOTO_PATH}/:id`,
  handle: async (service, request, reply, caller) => {
    if (!caller.actor) return reply.code(401).send({ error: '登录已失效，请重新登录' });
    const { id } = request.params as { id: string };
    const photo = z.uuid().safeParse(id).success
      ? await readFaultPhoto(service.deps, { ...caller, actor: caller.actor }, id)
      : null;
    if (!photo) return reply.code(404).send({ error: '照片不存在或您无权查看' });
    reply.headers({
      'Content-Type': photo.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      'Cache-Control': 'private, max-age=300',
    });
    return reply.send(photo.stream);
  },
};
