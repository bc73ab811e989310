import { expect, finalScreenshot, logInAs, sideMenu, test } from '../support/story.ts';

// The offices' morning where no area has a to-do for the role yet (administrator, HR): the home page says so and
// puts the figures the role watches first, each opening its area. The administrator follows 已暂停的业务工号 to the
// staff-ID list, restores one, and back home the figure is one lower.
// Accounts: admin (restores one suspended business-system ID; no other story reads suspended IDs) and hr (only
// reads).

test('管理员的早晨：首页的已暂停业务工号，点开恢复一个，回到首页数字少了一个', async ({ page }) => {
  await logInAs(page, 'admin');
  await expect(page.getByTestId('home-inbox').getByText('眼下没有等待您处理的事项')).toBeVisible();
  const suspended = page.getByTestId('home-figure-suspendedStaffIds');
  await expect(suspended).toContainText('已暂停的业务工号');
  await expect(page.getByTestId('home-figure-activeStaff')).toContainText('在职人员');
  const before = Number((await suspended.locator('.home-figure__value').textContent())!.trim());
  expect(before).toBeGreaterThan(0);
  await finalScreenshot(page, 'morning-office-admin-home');

  await suspended.click();
  await expect(page).toHaveURL(/\/admin\/staff-ids\?status=suspended/);
  await page.getByTestId('staff-id-restore').first().click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(/^已恢复工号 /)).toBeVisible();

  await sideMenu(page).getByRole('menuitem', { name: '首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(suspended.locator('.home-figure__value')).toHaveText(String(before - 1));
  await finalScreenshot(page, 'morning-office-admin-done');
});

test('人力资源的早晨：首页没有待办时说下一步做什么，先看在职人员和本月考试', async ({ page }) => {
  await logInAs(page, 'hr');
  const inbox = page.getByTestId('home-inbox');
  await expect(inbox.getByText('眼下没有等待您处理的事项')).toBeVisible();
  await expect(inbox.getByText('可以到下方的功能模块看看本月的计划、通报和成绩')).toBeVisible();
  const staff = page.getByTestId('home-figure-activeStaff');
  await expect(staff.locator('.home-figure__value')).toHaveText(/^[1-9]\d*$/);
  const exams = page.getByTestId('home-figure-publishedExams');
  await expect(exams.locator('.home-figure__value')).toHaveText(/^[1-9]\d*$/);
  await exams.click();
  await expect(page).toHaveURL(/\/training\/exams\?month=\d{4}-\d{2}&status=PUBLISHED/);
  await finalScreenshot(page, 'morning-office-hr');
});
