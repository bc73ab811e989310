// The HTTP route behind a form file's URL (an <img> of a signature, an attachment's download cannot go through
// tRPC): the session names the viewer, who must have uploaded the file or be able to read a form citing it.
import { FORM_FILE_PATH } from '@duda/contract-forms';
import type { HttpRoute } from '@duda/service-kit';
import { z } from 'zod';
import type { FormsService } from '../module.ts';
import { readFormFile } from './form-files.ts';

export const formFileRoute: HttpRoute<FormsService> = {
  path: `${FORM_FILE_PATH}/:id`,
  handle: async (service, request, reply, caller) => {
    if (!caller.actor) return reply.code(401).send({ error: '登录已失效，请重新登录' });
    const { id } = request.params as { id: string };
    const file = z.uuid().safeParse(id).success
      ? await readFormFile(service.deps, { ...caller, actor: caller.actor }, id)
      : null;
    if (!file) return reply.code(404).send({ error: '文件不存在或您无权查看' });
    // Images show inline (a signature); a document downloads under its own name.
    const disposition = file.contentType.startsWith('image/') ? 'inline' : 'attachment';
    reply.headers({
      'Content-Type': file.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Cache-Control': 'private, max-age=300',
    });
    return reply.send(file.stream);
  },
};
