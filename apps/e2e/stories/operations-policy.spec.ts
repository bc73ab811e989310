import type { Page } from '@playwright/test';
import { expect as storyExpect, finalScreenshot, logInAs, openAs, sideMenu, test } from '../support/story.ts';

// 制度修订 (#15, the policy library): 杭州's city supervisor (city.sup) revises the service standard in force, the
// demo's 营业厅首问负责制服务规范 (version 2), and asks 上城区 and 西湖区 for their opinions within a week. Their
// supervisors (sc.sup, xh.sup) answer from their to-dos; she takes one opinion and declines the other with her
// reason, and sends the revision to the leader. The leader (leader) reads what he decides on — the new text, the
// comparison with the version in force, the opinions and her answers — and approves. Version 3 is in force,
// version 2 superseded and still readable; 湖滨营业厅's clerk (hubin.clerk) finds it as required reading on her home
// page, reads it, and the to-do is gone.
// Accounts: the only story revising a policy; the others read hubin.clerk's exam to-dos and the leader's plan
// approvals, which this one leaves alone.

// Saving a text and moving a version each go through the approval engine and the org service: on a busy two-core
// runner one such step has taken more than the default ten seconds.
const expect = storyExpect.configure({ timeout: 30_000 });

const POLICY = '营业厅首问负责制服务规范';
const NEW_RULE = '五、首问责任人离岗时，须当面指定接替人员并告知客户。';
const SC = '上城区分公司';
const XH = '西湖区分公司';

const inbox = (page: Page) => page.getByTestId('home-inbox');

/** Closes the policy drawer the way a person does, then goes back to the home page. */
async function goHome(page: Page): Promise<void> {
  const drawer = page.getByRole('dialog', { name: POLICY });
  if (await drawer.isVisible()) {
    await drawer.getByRole('button', { name: '关闭此对话框' }).click();
    await expect(drawer).toBeHidden();
  }
  await sideMenu(page).getByRole('menuitem', { name: '首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(inbox(page).getByRole('heading', { name: '今日待办' })).toBeVisible();
}

/** A to-do on the home page by its kind and title. */
const todo = (page: Page, kind: string, title: string) =>
  inbox(page).locator('.inbox__item').filter({ hasText: kind }).filter({ hasText: title });

/** A consulted district's supervisor opens the request from the home page and sends the unit's opinion. */
async function giveOpinion(page: Page, opinion: string): Promise<void> {
  const asked = todo(page, '制度征求意见', `${POLICY}（第 3 版）`);
  await expect(asked).toHaveCount(1);
  await asked.getByRole('link').click();
  const drawer = page.getByTestId('policy-drawer');
  await expect(drawer.getByTestId('policy-status')).toHaveText('征求意见中');
  await expect(drawer.getByTestId('policy-text')).toContainText(NEW_RULE);
  await drawer.getByPlaceholder('本单位对该制度草稿的意见').fill(opinion);
  await drawer.getByRole('button', { name: '提交意见' }).click();
  await expect(page.getByText('意见已提交')).toBeVisible();
  await goHome(page);
  await expect(todo(page, '制度征求意见', `${POLICY}（第 3 版）`)).toHaveCount(0);
}

test('制度修订：市公司督导修订首问负责制，向两个区征求意见，采纳一条、说明不采纳另一条，领导对照现行版本审批通过，营业员在待办里读到新版本', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();

  // 修订: the city supervisor opens the standard in force and starts version 3 from it.
  await logInAs(page, 'city.sup');
  await page.goto('/forms/policies');
  await page.getByTestId('policies-list').getByText(POLICY).click();
  const drawer = page.getByTestId('policy-drawer');
  await expect(drawer.getByTestId('policy-status')).toHaveText('现行有效');
  await drawer.getByRole('button', { name: '修订', exact: true }).click();
  await expect(page.getByText('已创建第 3 版草稿')).toBeVisible();
  await drawer.getByRole('button', { name: '编辑草稿' }).click();

  // The text gets a fifth rule; the change is said in the revision note.
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('当日不能办结的');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(NEW_RULE);
  await page.getByTestId('policy-change-note').fill('增加首问责任人离岗时的交接要求');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/\/forms\/policies\?policy=/);

  // 征求意见: both districts, until the end of the working day a week from now.
  await expect(drawer.getByTestId('policy-status')).toHaveText('草稿/修订中');
  await drawer.getByRole('button', { name: '征求意见' }).click();
  const consult = page.getByRole('dialog', { name: '征求意见' });
  for (const district of [SC, XH]) {
    await consult.getByText(district, { exact: true }).click();
    await expect(consult.getByRole('checkbox', { name: district })).toBeChecked();
  }
  await consult.getByRole('button', { name: '一周后' }).click();
  await expect(consult.getByLabel('截止时间')).toHaveValue(/^\d{4}-\d{2}-\d{2} 18:00$/);
  await consult.getByRole('button', { name: '发出征求意见' }).click();
  await expect(page.getByText('已发出征求意见')).toBeVisible();
  await expect(drawer.getByTestId('policy-status')).toHaveText('征求意见中');
  await expect(drawer).toContainText(`征求意见：${SC}、${XH}`);

  // Each district's supervisor answers from the to-do on their home page.
  const sc = await openAs(browser, baseURL!, 'sc.sup');
  await giveOpinion(sc, '建议写明接替人员须在本岗位当班。');
  const xh = await openAs(browser, baseURL!, 'xh.sup');
  await giveOpinion(xh, '建议离岗时改为电话告知客户即可。');

  // The author answers both: one taken, one declined with the reason; then to the leader.
  await page.reload();
  const opinions = drawer.getByTestId('policy-opinions');
  const fromSc = opinions.locator('.policy-opinion').filter({ hasText: SC });
  const fromXh = opinions.locator('.policy-opinion').filter({ hasText: XH });
  await expect(fromSc).toContainText('建议写明接替人员须在本岗位当班。');
  await fromSc.getByRole('button', { name: '采纳', exact: true }).click();
  await expect(fromSc).toContainText('已采纳');
  await fromXh.getByPlaceholder('不采纳的理由（必填）').fill('当面告知才能让客户知道找谁');
  await fromXh.getByRole('button', { name: '不采纳' }).click();
  await expect(fromXh).toContainText('未采纳');
  await drawer.getByRole('button', { name: '提交领导审批' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确定' }).click();
  await expect(drawer.getByTestId('policy-status')).toHaveText('待领导审批');

  // 审批: the leader opens it from 我的审批 and sees what he decides on before deciding.
  const leader = await openAs(browser, baseURL!, 'leader');
  await leader.goto('/forms/approvals');
  await leader.getByTestId('approvals-list').getByText(`${POLICY}（第 3 版）`).click();
  const decision = leader.getByTestId('policy-decision');
  await expect(decision.getByTestId('policy-text')).toContainText(NEW_RULE);
  await expect(decision).toContainText('左：第 2 版（送审时现行），右：第 3 版（送审）');
  await expect(decision.locator('[data-kind="added"]')).toContainText(NEW_RULE);
  await expect(decision.locator('.policy-opinion').filter({ hasText: SC })).toContainText('已采纳');
  const declined = decision.locator('.policy-opinion').filter({ hasText: XH });
  await expect(declined).toContainText('未采纳');
  await expect(declined).toContainText('当面告知才能让客户知道找谁');
  await finalScreenshot(leader, 'operations-policy-decision');
  await leader.getByRole('button', { name: '同意' }).click();
  const approve = leader.getByRole('dialog', { name: '同意' });
  await approve.getByRole('textbox').fill('同意发布');
  await approve.getByRole('button', { name: '同意' }).click();
  await expect(leader.getByTestId('approval-status')).toHaveText('已通过');

  // Version 3 is in force; version 2 superseded, its text still there to read.
  await page.reload();
  await expect(drawer.getByTestId('policy-status')).toHaveText('现行有效');
  await drawer.getByTestId('policy-versions').getByText('第 2 版').click();
  await expect(drawer.getByRole('radio', { name: '第 2 版 · 已废止（被新版替代）' })).toBeChecked();
  await expect(drawer.getByTestId('policy-status')).toHaveText('已废止（被新版替代）');
  await expect(drawer.getByTestId('policy-text')).toContainText('当日不能办结的');
  await expect(drawer.getByTestId('policy-text')).not.toContainText(NEW_RULE);

  // 必读: the clerk finds the new version among her to-dos, reads it, and the to-do is gone.
  const clerk = await openAs(browser, baseURL!, 'hubin.clerk');
  const required = todo(clerk, '制度必读', POLICY);
  await expect(required).toHaveCount(1);
  await required.getByRole('link').click();
  const reading = clerk.getByTestId('policy-drawer');
  await expect(reading.getByRole('radio', { name: '第 3 版 · 现行有效' })).toBeChecked();
  await expect(reading.getByTestId('policy-text')).toContainText(NEW_RULE);
  await expect(reading.getByText('本制度为您的必读制度，请阅读后确认')).toBeVisible();
  await reading.getByRole('button', { name: '我已阅读' }).click();
  await expect(reading.getByTestId('policy-read-at')).toBeVisible();
  await goHome(clerk);
  await expect(todo(clerk, '制度必读', POLICY)).toHaveCount(0);
  await finalScreenshot(clerk, 'operations-policy-read');
});
