import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, openAs, test } from '../support/story.ts';

// 湖滨营业厅's clerk (hubin.clerk, 赵雪) and hall manager (hubin.mgr, 李娜); no other story files a leave request.

/** The hall manager opens the clerk's leave request from 我的审批 and decides it. */
async function decide(manager: Page, decision: '同意' | '拒绝', comment: string): Promise<void> {
  await manager.goto('/forms/approvals');
  await manager.getByTestId('approvals-list').getByText('员工请假审批单 · 赵雪').first().click();
  await expect(manager.getByTestId('form-view-reason')).toBeVisible();
  await manager.getByTestId(decision === '同意' ? 'approval-approve' : 'approval-reject').click();
  await manager.getByTestId('approval-comment').fill(comment);
  await manager.getByTestId('approval-confirm').click();
  await expect(manager.getByText(`已${decision}`).first()).toBeVisible();
}

test('请假审批：营业员提交请假单（表10），店面经理写明原因驳回，营业员修改后重新提交，审批通过，营业员看到审批记录', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await logInAs(page, 'hubin.clerk');

  // 填写请假单: the clerk picks 表10; the hall is their own already.
  await page.goto('/forms/fill');
  await page.getByTestId('fill-表10').click();
  await expect(page.getByTestId('form-field-hall')).toContainText('湖滨营业厅');
  await page.getByTestId('form-field-applicant').getByRole('combobox').fill('赵雪');
  await page.getByRole('option', { name: /赵雪/ }).click();
  await page.getByTestId('form-field-kind').locator('.el-select').click();
  await page.getByRole('option', { name: '事假' }).click();
  await page.getByTestId('form-field-period').getByPlaceholder('开始日期').fill('2026-12-21');
  await page.getByTestId('form-field-period').getByPlaceholder('结束日期').fill('2026-12-22');
  await page.getByTestId('form-field-period').getByPlaceholder('结束日期').press('Enter');
  // 请假天数 is computed from the dates as the clerk types.
  await expect(page.getByTestId('form-field-days')).toContainText('2');
  await page.getByTestId('form-field-reason').locator('textarea').fill('家中有事');
  await page.getByTestId('fill-submit').click();
  await expect(page.getByTestId('approval-status')).toHaveText('审批中');
  const detailUrl = page.url();

  // 驳回: the hall manager wants the hand-over named.
  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  await decide(manager, '拒绝', '请写明工作交接安排');

  // 修改并重新提交: the clerk reads why, changes the reason and sends it again.
  await page.goto(detailUrl);
  await expect(page.getByTestId('approval-status')).toHaveText('已驳回');
  await expect(page.getByTestId('approval-history')).toContainText('请写明工作交接安排');
  await page.getByTestId('approval-resubmit').click();
  await page.getByTestId('form-field-reason').locator('textarea').fill('家中有事，工作已交接给张伟');
  await page.getByTestId('fill-submit').click();
  await expect(page.getByTestId('approval-status')).toHaveText('审批中');

  // 通过
  await decide(manager, '同意', '同意，注意交接');

  // The clerk sees the outcome and the whole history.
  await page.goto(detailUrl);
  await expect(page.getByTestId('approval-status')).toHaveText('已通过');
  await expect(page.getByTestId('form-view-reason')).toContainText('工作已交接给张伟');
  const history = page.getByTestId('approval-history');
  await expect(history).toContainText('拒绝');
  await expect(history).toContainText('请写明工作交接安排');
  await expect(history).toContainText('同意');
  await finalScreenshot(page, 'forms-leave-approved');
});
