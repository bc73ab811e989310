// The visit form the web benches measure: it exists only once a visit is started, so each bench starts one.
import type { Page } from '@playwright/test';

/** An inspector starts an unplanned visit of 望江营业厅 (as on the floor) and lands on its form. */
export async function startVisit(page: Page): Promise<string> {
  await page.goto('/inspection/tasks');
  await page.getByRole('button', { name: '新建检查' }).click();
  const dialog = page.getByRole('dialog', { name: '新建计划外检查' });
  await dialog.getByLabel('营业厅').click();
  await page.getByRole('treeitem', { name: '望江营业厅' }).click();
  await dialog.getByText('营业厅服务规范达标检查标准').waitFor();
  await dialog.getByRole('button', { name: '开始检查' }).click();
  await page.waitForURL(/\/inspection\/inspections\/[0-9a-f-]+\/perform/);
  return new URL(page.url()).pathname;
}
