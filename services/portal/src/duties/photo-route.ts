// The HTTP route behind a duty photo's URL (an <img> cannot go through tRPC): the session names the viewer, who
// must hold the duty or supervise it (photos.ts).
import { DUTY_PHOTO_PATH } from '@duda/contract-portal';
import type { HttpRoute } from '@duda/service-kit';
import { z } from 'zod';
import type { PortalService } from '../module.ts';
import { readDutyPhoto } from './photos.ts';

export const dutyPhotoRoute: HttpRoute<PortalService> = {
  path: `${DUTY_PHOTO_PATH}/:id`,
  handle: async (service, request, reply, caller) => {
    if (!caller.actor) return reply.code(401).send({ error: '登录已失效，请重新登录' });
    const { id } = request.params as { id: string };
    const photo = z.uuid().safeParse(id).success
      ? await readDutyPhoto(service.dutyPhotos, { ...caller, actor: caller.actor }, id)
      : null;
    if (!photo) return reply.code(404).send({ error: '照片不存在或您无权查看' });
    reply.headers({
      'Content-Type': photo.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=300',
    });
    return reply.send(photo.stream);
  },
};
