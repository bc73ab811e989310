import { expect, finalScreenshot, logInAs, sideMenu, test } from '../support/story.ts';

test('服务检查模块宕机时，门户其余部分照常可用，并说明该模块暂时无法使用', async ({ page }) => {
  // The inspection team's deployment is down: every file under its address answers 503.
  await page.route('**/remotes/inspection/**', (route) =>
    route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }),
  );
  await logInAs(page, 'city.sup');

  await expect(page.getByTestId('user-scope')).toContainText('杭州');
  await expect(sideMenu(page).getByText('首页')).toBeVisible();

  await page.goto('/inspection/halls');
  await expect(page.getByText(/模块暂时无法加载/)).toBeVisible();
  // The shell around it still works: the menu, the top bar and the home page.
  await expect(page.getByTestId('user-scope')).toBeVisible();
  await sideMenu(page).getByText('首页').click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/inspection/halls');
  await expect(page.getByText(/模块暂时无法加载/)).toBeVisible();
  await finalScreenshot(page, 'inspection-remote-down');
});
