import { CITY_EXAM, handInAfterFirstAnswer } from '../support/hand-in.ts';
import { expect, finalScreenshot, logInAs, sideMenu, test } from '../support/story.ts';

// 待办: 湖滨营业厅's clerk opens the portal in the morning. The home page answers "what must I do today?" first —
// an exam is waiting; she opens it from the to-do, answers and hands it in, and back home it is gone, from the list
// and from the 培训考试 badge in the menu.
// Accounts: hubin.clerk (hands in one of this month's open exams; the other stories only read her pages).

test('营业员的早晨：首页待办里有一场考试，从待办打开、交卷，回到首页它就不见了', async ({ page }) => {
  await logInAs(page, 'hubin.clerk');
  const inbox = page.getByTestId('home-inbox');
  await expect(inbox.getByRole('heading', { name: '今日待办' })).toBeVisible();
  const exam = inbox.locator('.inbox__item').filter({ hasText: '参加考试' }).filter({ hasText: CITY_EXAM });
  await expect(exam).toBeVisible();
  const id = (await exam.getAttribute('data-inbox-id'))!;
  const title = (await exam.locator('.inbox__title').textContent())!.trim();
  await expect(exam.locator('.d-status-tag')).toHaveText(/今天截止|未到期/);
  await expect(exam).toContainText('截止');

  const trainingGroup = sideMenu(page).getByRole('menuitem', { name: /培训考试/ });
  const badge = trainingGroup.getByTestId('menu-badge');
  await expect(badge).toBeVisible();
  const waiting = Number((await badge.locator('sup').textContent())!.trim());
  await finalScreenshot(page, 'inbox-morning-home');

  await exam.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/training\/take\//);
  await handInAfterFirstAnswer(page);
  await expect(page).toHaveURL(/\/training\/results\//);

  await sideMenu(page).getByRole('menuitem', { name: '首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(inbox.getByRole('heading', { name: '今日待办' })).toBeVisible();
  await expect(inbox.locator(`[data-inbox-id="${id}"]`)).toHaveCount(0);
  await expect(inbox.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  if (waiting > 1) await expect(badge.locator('sup')).toHaveText(String(waiting - 1));
  else await expect(badge).toHaveCount(0);
  await finalScreenshot(page, 'inbox-morning-done');
});
