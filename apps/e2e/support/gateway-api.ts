// The gateway's API as the logged-in user of a page, the way the portal calls it (tRPC over HTTP, superjson,
// CSRF token): for a story to arrange its own records, so it never depends on the demo data's state.
import type { Page } from '@playwright/test';
import { expect } from './story.ts';

type Multipart = Parameters<Page['request']['post']>[1] extends infer O
  ? O extends { multipart?: infer M }
    ? M
    : never
  : never;

export function gatewayApi(page: Page) {
  const unwrap = async (response: Awaited<ReturnType<Page['request']['get']>>) => {
    expect(response.ok(), await response.text()).toBe(true);
    return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
  };
  const csrf = async () =>
    ((await (await page.request.get('/api/csrf-token')).json()) as { token: string }).token;
  return {
    query: async <T>(path: string, input: unknown) =>
      (await unwrap(
        await page.request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`),
      )) as T,
    mutate: async <T>(path: string, input: unknown) =>
      (await unwrap(
        await page.request.post(`/trpc/${path}`, {
          data: { json: input },
          headers: { 'x-csrf-token': await csrf() },
        }),
      )) as T,
    /** A multipart procedure (a photo or file upload). */
    upload: async <T>(path: string, multipart: Multipart) =>
      (await unwrap(
        await page.request.post(`/trpc/${path}`, { multipart, headers: { 'x-csrf-token': await csrf() } }),
      )) as T,
  };
}
