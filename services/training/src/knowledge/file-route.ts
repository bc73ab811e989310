// The HTTP route behind an article's image and attachment URLs (plain <img> and download requests cannot go
// through tRPC): the session cookie names the viewer, who must be able to read the article the file belongs to.
import { ARTICLE_FILE_PATH } from '@duda/contract-training';
import type { HttpRoute } from '@duda/service-kit';
import { z } from 'zod';
import type { TrainingService } from '../module.ts';
import { readArticleFile } from './files.ts';

export const articleFileRoute: HttpRoute<TrainingService> = {
  path: `${ARTICLE_FILE_PATH}/:id`,
  handle: async (service, request, reply, caller) => {
    if (!caller.actor) return reply.code(401).send({ error: '登录已失效，请重新登录' });
    const { id } = request.params as { id: string };
    const file = z.uuid().safeParse(id).success
      ? await readArticleFile(service.deps, { ...caller, actor: caller.actor }, id)
      : null;
    if (!file) return reply.code(404).send({ error: '文件不存在或您无权查看' });
    reply.header('Content-Type', file.contentType);
    reply.header('X-Content-Type-Options', 'nosniff');
    // Attachments download under their own name; images show inline in the article.
    const disposition = file.kind === 'IMAGE' ? 'inline' : 'attachment';
    reply.header('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    reply.header('Cache-Control', 'private, max-age=300');
    return reply.send(file.stream);
  },
};
