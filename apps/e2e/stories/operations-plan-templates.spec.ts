import { expect, finalScreenshot, openAs, test } from '../support/story.ts';

// 预案模板与本厅预案: 杭州's city supervisor (city.sup) adds a step to the city's system-outage template — the edit
// survives a reload before it is saved — and saves it as revision 2. 南星营业厅's manager (nanxing.mgr), on her
// phone, is told the city published a newer revision than the hall adopted, compares it with the hall's plan,
// updates the plan to it and adds the hall's own contact (the phone number checked as she types it). Accounts:
// city.sup edits only this template; nanxing.mgr edits only 南星's plan; 湖滨's plan, which
// operations-contingency.spec.ts drills on, is untouched (it only shows the newer revision notice).

const PLAN = '业务系统故障应急预案';
const NEW_STEP = '通知片区客户经理到厅协助疏导客户';

test('预案模板：市公司督导给系统故障预案模板添加一步（刷新后修改仍在）并保存为第 2 版；南星营业厅店面经理在手机上看到新版提示，对照后更新本厅预案，并添加本厅联系人', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(4 * 60_000);
  // The city's templates: the system-outage one at revision 1, adopted by the demo halls.
  const city = await openAs(browser, baseURL!, 'city.sup');
  await city.goto('/operations/plan-templates?kind=SYSTEM_OUTAGE');
  const row = city.getByTestId('templates-list').locator('tr').filter({ hasText: PLAN });
  await expect(row).toContainText('第 1 版');
  await expect(row).toContainText('个营业厅已采用');
  await row.click();
  await expect(city).toHaveURL(/\/operations\/plan-templates\/[0-9a-f-]{36}$/);

  // A sixth step, with a time limit; the page reloads before it is saved and the edit is still there.
  await city.getByRole('button', { name: '添加步骤' }).click();
  await city.getByRole('textbox', { name: '第 6 步 步骤内容' }).fill(NEW_STEP);
  await city.getByRole('spinbutton', { name: '第 6 步 时限（分钟）' }).fill('30');
  await city.reload();
  await expect(city.getByTestId('plan-draft-restored')).toContainText('已恢复您上次未保存的修改');
  await expect(city.getByRole('textbox', { name: '第 6 步 步骤内容' })).toHaveValue(NEW_STEP);
  // Moved up one place, then back: the buttons reorder the steps.
  await city.getByRole('button', { name: '第 6 步 上移' }).click();
  await expect(city.getByRole('textbox', { name: '第 5 步 步骤内容' })).toHaveValue(NEW_STEP);
  await city.getByRole('button', { name: '第 5 步 下移' }).click();
  await expect(city.getByRole('textbox', { name: '第 6 步 步骤内容' })).toHaveValue(NEW_STEP);
  await city.getByTestId('template-save').click();
  await expect(city.getByText('已保存为第 2 版').first()).toBeVisible();
  await expect(city.getByTestId('template-history')).toContainText('保存第 2 版');
  await expect(city.getByTestId('template-history')).toContainText('周敏');
  await finalScreenshot(city, 'operations-plan-template-revised');

  // 南星's manager on her phone: the hall's plans tell her the template moved on.
  const hall = await openAs(browser, baseURL!, 'nanxing.mgr', { phone: true });
  await hall.goto('/operations/plans');
  const adoption = hall.getByTestId('plan-adoption').locator('li').filter({ hasText: PLAN });
  await expect(adoption).toContainText('已采用（第 1 版）');
  await expect(adoption).toContainText('模板已更新到第 2 版');
  await adoption.getByRole('button', { name: '对照新版' }).click();

  // The comparison names the new sixth step; she takes the new revision.
  const compare = hall.getByTestId('plan-compare');
  await expect(compare).toContainText('本厅预案与模板第 2 版对照');
  await expect(compare.getByTestId('plan-compare-step').filter({ hasText: '第 6 步' })).toContainText(
    NEW_STEP,
  );
  await compare.getByRole('button', { name: '更新为新版' }).click();
  const confirm = hall.getByRole('dialog', { name: '请确认' });
  await expect(confirm).toContainText('确定将本厅预案更新为模板第 2 版吗？');
  await confirm.getByRole('button', { name: '确定' }).click();
  await expect(hall.getByText('本厅预案已更新为模板第 2 版').first()).toBeVisible();
  await expect(adoption).toContainText('已采用（第 2 版）');
  await expect(adoption).not.toContainText('模板已更新');

  // The hall's own contact: the property office's duty phone, first mistyped.
  await hall.getByTestId('plans-list').getByText(PLAN).first().click();
  const drawer = hall.getByTestId('plan-drawer');
  await expect(drawer).toContainText(NEW_STEP);
  await drawer.getByTestId('plan-edit').click();
  await expect(hall).toHaveURL(/\/operations\/plans\/[0-9a-f-]{36}\/edit$/);
  await hall.getByRole('button', { name: '添加联系人' }).click();
  await hall.getByRole('textbox', { name: '联系人 2' }).fill('南星物业值班');
  await hall.getByRole('textbox', { name: '职责 2' }).fill('供电与空调');
  await hall.getByRole('textbox', { name: '电话 2' }).fill('物业电话');
  await hall.getByRole('textbox', { name: '职责 2' }).click();
  await expect(hall.getByText('电话号码格式不正确').first()).toBeVisible();
  await hall.getByRole('textbox', { name: '电话 2' }).fill('0571-87000220');
  await hall.getByTestId('hall-plan-save').click();
  await expect(hall.getByText('本厅预案已保存').first()).toBeVisible();
  await expect(hall.getByTestId('plan-drawer')).toContainText('南星物业值班');
  await expect(hall.getByTestId('plan-drawer')).toContainText('0571-87000220');
  await finalScreenshot(hall, 'operations-plan-adapted-on-phone');
});
