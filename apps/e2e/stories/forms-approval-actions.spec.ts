import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, openAs, test } from '../support/story.ts';

// 加签: 湖滨营业厅's clerk (hubin.clerk, 赵雪) asks for a day off (表10); the hall manager (hubin.mgr, 李娜) wants her
// duty manager (hubin.duty, 张伟) to sign after her, since he plans the shifts; he approves on his phone and the
// request passes. The request is decided within the story, so the leave story's lists stay as they were.

/** Opens the clerk's request from 我的审批 and approves it with a comment. */
async function approve(approver: Page, comment: string): Promise<void> {
  await approver.goto('/forms/approvals');
  await approver.getByTestId('approvals-list').getByText('员工请假审批单 · 赵雪').first().click();
  await expect(approver.getByTestId('form-view-reason')).toContainText('孩子家长会');
  await approver.getByRole('button', { name: '同意', exact: true }).click();
  await approver.getByTestId('approval-comment').fill(comment);
  await approver.getByTestId('approval-confirm').click();
  await expect(approver.getByText('已同意').first()).toBeVisible();
}

test('加签：营业员请假一天，店面经理请值班经理在她之后加签，值班经理在手机上同意后请假单通过', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await logInAs(page, 'hubin.clerk');
  await page.goto('/forms/fill');
  await page.getByTestId('fill-表10').click();
  await page.getByTestId('form-field-applicant').getByRole('combobox').fill('赵雪');
  await page.getByRole('option', { name: /赵雪/ }).click();
  await page.getByTestId('form-field-kind').locator('.el-select').click();
  await page.getByRole('option', { name: '事假' }).click();
  const period = page.getByTestId('form-field-period');
  await period.getByPlaceholder('开始日期').fill('2026-12-30');
  await period.getByPlaceholder('结束日期').fill('2026-12-30');
  await period.getByPlaceholder('结束日期').press('Enter');
  await page.getByTestId('form-field-reason').locator('textarea').fill('孩子家长会');
  await page.getByTestId('fill-submit').click();
  await expect(page.getByTestId('approval-status')).toHaveText('审批中');
  const detailUrl = page.url();

  // 李娜 adds 张伟 after herself, then approves: the request now waits for him.
  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  await manager.goto('/forms/approvals');
  await manager.getByTestId('approvals-list').getByText('员工请假审批单 · 赵雪').first().click();
  await manager.getByRole('button', { name: '加签', exact: true }).click();
  const dialog = manager.getByRole('dialog', { name: '请他人加签' });
  await dialog.getByRole('combobox').fill('张伟');
  await manager.getByRole('option', { name: /张伟/ }).click();
  await expect(dialog.getByRole('radio', { name: /后加签/ })).toBeChecked();
  await dialog.getByPlaceholder('写给加签人看的说明').fill('请确认当天排班');
  await dialog.getByRole('button', { name: '加签', exact: true }).click();
  await expect(manager.getByText('已加签').first()).toBeVisible();
  await approve(manager, '同意，待值班经理确认排班');
  await expect(manager.getByText('待 张伟 审批')).toBeVisible();

  // 张伟 finds it among his approvals on his phone and approves: the request passes.
  const duty = await openAs(browser, baseURL!, 'hubin.duty', { phone: true });
  await approve(duty, '排班已调整');

  await page.goto(detailUrl);
  await expect(page.getByTestId('approval-status')).toHaveText('已通过');
  const history = page.getByTestId('approval-history');
  await expect(history).toContainText('加签');
  await expect(history).toContainText('排班已调整');
  await finalScreenshot(page, 'forms-approval-added-signer');
});

// 报废审批 through the forms approvals: 湖滨营业厅's manager (hubin.mgr, 李娜) registers an old self-service terminal of
// her own in the ledger and asks to scrap it; the request is an approval in the forms area, which the district
// supervisor (sc.sup, 刘海涛) finds among his approvals like any other and approves; the ledger then shows the
// terminal scrapped. The story registers its own device, so no demo device changes.
test('报废审批：店面经理在设备台账申请报废一台旧自助终端，区县督导在“我的审批”里同意，台账显示已报废', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const assetNo = `HZ-SC-01-OLD-${Date.now().toString(36).toUpperCase()}`;
  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  await manager.goto('/operations/devices');
  await manager.getByTestId('devices-register').click();
  await manager.getByTestId('device-form-model').fill('旧款自助终端 SS-100');
  await manager.getByTestId('device-form-asset-no').fill(assetNo);
  await manager.getByTestId('device-form-location').fill('自助区A');
  const installed = manager.getByTestId('device-form-installed-on').locator('input');
  await installed.fill('2019-03-01');
  await installed.press('Enter');
  await manager.getByTestId('device-form-save').click();
  await manager.waitForURL(/\/operations\/devices\?device=/);
  const drawer = manager.getByTestId('device-drawer');
  await expect(drawer.getByTestId('device-status')).toHaveText('在用');

  // 申请报废: the request goes to the district as an approval.
  await drawer.getByTestId('device-retire').click();
  const form = manager.getByTestId('device-retire-form');
  await form.locator('.el-radio').filter({ hasText: '报废' }).click();
  await expect(form.getByRole('radio', { name: '报废' })).toBeChecked();
  await manager.getByTestId('device-retire-reason').fill('使用超过六年，主板老化，厂家已停止维修');
  await form.getByRole('button').click();
  await expect(manager.getByText('申请已提交，等待区县审批')).toBeVisible();
  await expect(drawer.getByRole('link', { name: '去审批页查看/处理' })).toBeVisible();

  // 刘海涛 finds it among his approvals and approves it on its approval page.
  const supervisor = await openAs(browser, baseURL!, 'sc.sup');
  await supervisor.goto('/forms/approvals');
  await supervisor.getByTestId('approvals-list').getByText(assetNo).click();
  await expect(supervisor.getByText(new RegExp(`设备报废.*${assetNo}`)).first()).toBeVisible();
  await supervisor.getByRole('button', { name: '同意', exact: true }).click();
  await supervisor.getByTestId('approval-comment').fill('同意报废，请按资产处置流程办理');
  await supervisor.getByTestId('approval-confirm').click();
  await expect(supervisor.getByText('已同意').first()).toBeVisible();

  // The outcome reaches the ledger by the approval's event: the terminal is scrapped.
  await expect(async () => {
    await manager.reload();
    await expect(manager.getByTestId('device-drawer').getByTestId('device-status')).toHaveText('已报废', {
      timeout: 5_000,
    });
  }).toPass({ timeout: 120_000 });
  await expect(manager.getByTestId('device-drawer')).toContainText('查看审批记录');
  await finalScreenshot(manager, 'operations-scrap-approved-in-forms');
});
