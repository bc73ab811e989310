// The HTTP route behind an article's image and attachment URLs (plain <img> and download requests cannot go
// through tRPC): the session cookie names the viewer, who must be able to read the article the file belongs to.
import type { Readable } from 'node:stream';
import { ARTICLE_FILE_PATH } from '@duda/contract-training';
import type { CallerContext, HttpRoute } from '@duda/service-kit';
import { z } from 'zod';
import type { TrainingDeps } from '../deps.ts';
import type { TrainingService } from '../module.ts';
import { readArticleFile } from './files.ts';

export type FileAnswer =
  | { status: 401 | 404; body: { error: string } }
  | { status: 200; headers: Record<string, string>; stream: Readable };

/** What the route answers: 401 without a session, 404 for a file that is gone or whose article the viewer may not read. */
export async function articleFileAnswer(
  deps: TrainingDeps,
  caller: CallerContext,
  id: string,
): Promise<FileAnswer> {
  if (!caller.actor) return { status: 401, body: { error: '登录已失效，请重新登录' } };
  const file = z.uuid().safeParse(id).success
    ? await readArticleFile(deps, { ...caller, actor: caller.actor }, id)
    : null;
  if (!file) return { status: 404, body: { error: '文件不存在或您无权查看' } };
  // Attachments download under their own name; images show inline in the article.
  const disposition = file.kind === 'IMAGE' ? 'inline' : 'attachment';
  return {
    status: 200,
    stream: file.stream,
    headers: {
      'Content-Type': file.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      // Private and brief: a signed-out browser should not keep showing it from cache for long.
      'Cache-Control': 'private, max-age=300',
    },
  };
}

export const articleFileRoute: HttpRoute<TrainingService> = {
  path: `${ARTICLE_FILE_PATH}/:id`,
  handle: async (service, request, reply, caller) => {
    const answer = await articleFileAnswer(service.deps, caller, (request.params as { id: string }).id);
    if (answer.status !== 200) return reply.code(answer.status).send(answer.body);
    reply.headers(answer.headers);
    return reply.send(answer.stream);
  },
};
