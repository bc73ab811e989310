import { expect, finalScreenshot, logInAs, test } from '../support/story.ts';

// The libraries that must exist once in the page (packages/federation/src/vite.ts, SHARED_SINGLETONS).
const singletons = [
  'vue',
  'vue-router',
  'pinia',
  'vue-i18n',
  '@tanstack/vue-query',
  '@duda/ui',
  '@duda/api-client',
  '@duda/federation',
];

interface ShareEntry {
  versions: string[];
  from: string[];
}

test('门户与服务检查模块共用同一份 Vue、路由、状态、组件库和接口客户端', async ({ page }) => {
  await logInAs(page, 'city.sup');
  await page.goto('/inspection/halls');
  await expect(page.locator('.el-table__body tbody tr').first()).toBeVisible();

  // Module Federation's runtime records, per container, which copy of each shared library it uses.
  const shared = await page.evaluate(() => {
    type Scope = Record<string, Record<string, { from: string }>>;
    const share = (
      globalThis as unknown as { __FEDERATION__: { __SHARE__: Record<string, Record<string, Scope>> } }
    ).__FEDERATION__.__SHARE__;
    const result: Record<string, Record<string, { versions: string[]; from: string[] }>> = {};
    for (const [container, scopes] of Object.entries(share)) {
      result[container] = {};
      for (const [name, versions] of Object.entries(scopes.default ?? {})) {
        result[container][name] = {
          versions: Object.keys(versions),
          from: Object.values(versions).map((v) => v.from),
        };
      }
    }
    return result;
  });

  for (const name of singletons) {
    const inRemote: ShareEntry | undefined = shared.inspection?.[name];
    expect(inRemote, `${name} is shared with the inspection remote`).toBeDefined();
    expect(inRemote!.versions, `one version of ${name}`).toHaveLength(1);
    expect(inRemote!.from, `${name} comes from the shell`).toEqual(['shell']);
  }
  await finalScreenshot(page, 'shared-singletons');
});
