import { execFile } from 'node:child_process';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, finalScreenshot, logInAs, openMenuGroup, sideMenu, test } from '../support/story.ts';

// A remote ships alone (ADR 0017): a team builds its remote in its own pipeline and copies the build into
// the folder the gateway serves; running portals pick it up at their next page load — no shell rebuild, no
// gateway restart. The notice board (fixtures/notice-board) is a remote the portal has never seen.
const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/notice-board');
const vite = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);

async function buildEdition(edition: 1 | 2, outDir: string) {
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: fixture, env: { ...process.env, NOTICE_BOARD_EDITION: String(edition) } },
  );
}

/** The team's deployment: the new build next to the old, then swapped in with one rename. */
async function deploy(webRoot: string, build: string) {
  const live = path.join(webRoot, 'notice-board');
  const incoming = path.join(webRoot, '.notice-board-incoming');
  const outgoing = path.join(webRoot, '.notice-board-outgoing');
  await cp(build, path.join(incoming, 'dist'), { recursive: true });
  await rename(live, outgoing).catch(() => undefined);
  await rename(incoming, live);
  await rm(outgoing, { recursive: true, force: true });
}

test('管理员开着门户：新的公告栏模块上线、随后发布新版，刷新页面即可看到，网关无需重启', async ({ page }) => {
  const webRoot = process.env.E2E_WEB_ROOT;
  test.skip(!webRoot, 'deploys into the web folder of the portal the stories start');
  // Two builds of a small remote on a two-core machine.
  test.setTimeout(240_000);
  const builds = await mkdtemp(path.join(os.tmpdir(), 'duda-notice-board-'));
  try {
    // The administrator has the portal open; the portal has no notice board.
    await logInAs(page, 'admin');
    const menu = sideMenu(page);
    await expect(menu.getByText('首页')).toBeVisible();
    await expect(menu.getByText('公告栏')).toHaveCount(0);

    // The notice-board team builds its first edition and its next one, and ships the first.
    await Promise.all([buildEdition(1, path.join(builds, '1')), buildEdition(2, path.join(builds, '2'))]);
    await deploy(webRoot!, path.join(builds, '1'));

    // A reload later, the new module is in the menu and its page works.
    await page.reload();
    await openMenuGroup(page, '公告栏');
    await menu.getByText('本厅公告', { exact: true }).click();
    await expect(page).toHaveURL(/\/notice-board\/board/);
    await expect(page.getByTestId('notice')).toHaveText('本周六例会照常召开。');

    // The team ships its next edition: a new title and a new notice, in new files.
    await deploy(webRoot!, path.join(builds, '2'));
    await page.reload();
    await expect(page.getByTestId('notice')).toHaveText('元旦假期营业时间调整为 9:00–17:00。');
    await expect(menu.getByText('营业厅公告栏', { exact: true })).toBeVisible();
    await expect(menu.getByText('公告栏', { exact: true })).toHaveCount(0);
    // The rest of the portal is as it was.
    await openMenuGroup(page, '服务检查');
    await finalScreenshot(page, 'remote-redeployed');
  } finally {
    await rm(path.join(webRoot!, 'notice-board'), { recursive: true, force: true });
    await rm(builds, { recursive: true, force: true });
  }
});
