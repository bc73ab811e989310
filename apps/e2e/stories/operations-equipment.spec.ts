import type { Page } from '@playwright/test';
import { expect, finalScreenshot, openAs, test } from '../support/story.ts';

// 设备报障: 湖滨营业厅's manager (hubin.mgr, 李娜) registers the hall's new self-service terminal. An hour later it
// stops taking ID cards; the clerk (hubin.clerk, 赵雪) reports it from her phone with a photo, saying when it
// stopped. The manager sends the vendor's engineer and records the repair; the duty manager (hubin.duty, 张伟)
// confirms it for the hall, and the month's self-service availability of the hall drops by the hour it was down.
// The story registers its own terminal, so it depends on no demo device's state; the accounts only read and
// work records here.

// A tiny real PNG: the service checks that a fault photo really is an image.
const PHOTO = {
  name: 'terminal.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** An instant as the hall's clock shows it, `YYYY-MM-DD HH:mm` (what the pickers take). */
function chinaClock(at: Date, withTime = true): string {
  const part = (type: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .find((p) => p.type === type)!.value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return withTime ? `${day} ${part('hour')}:${part('minute')}` : day;
}

/** 湖滨营业厅's self-service availability this month on the figures page, as a number (99.87 for 99.87%). */
async function hubinAvailability(page: Page): Promise<number> {
  await page.goto('/operations/figures');
  const row = page.getByTestId('figures-table').locator('tr').filter({ hasText: '湖滨营业厅' });
  const shown = row.getByTestId('figures-availability');
  await expect(shown).toHaveText(/%$/);
  return Number.parseFloat((await shown.textContent())!);
}

test('设备报障：店面经理登记新的自助终端；营业员在手机上带照片报障并写明何时停机，经理派修、登记修复，值班经理确认，营业厅本月自助终端可用率随之下降', async ({
  browser,
  baseURL,
}) => {
  // A busy machine: the pages are slow to answer.
  test.setTimeout(10 * 60_000);
  const assetNo = `HZ-SC-01-SS-${Date.now().toString(36).toUpperCase()}`;

  // 登记设备: the manager registers the terminal; the form says what is missing or taken, under the field.
  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  await manager.goto('/operations/devices');
  await manager.getByTestId('devices-register').click();
  const form = manager.getByTestId('device-form');
  await expect(form).toContainText('营业厅');
  await manager.getByTestId('device-form-save').click();
  await expect(form).toContainText('请填写设备型号');
  await manager.getByTestId('device-form-model').fill('华为 SSM-900 自助终端');
  await manager.getByTestId('device-form-asset-no').fill('HZ-SC-01-04');
  await manager.getByTestId('device-form-location').fill('自助区C');
  const installed = manager.getByTestId('device-form-installed-on').locator('input');
  await installed.fill(chinaClock(new Date(), false));
  await installed.press('Enter');
  await manager.getByTestId('device-form-save').click();
  await expect(form).toContainText('资产编号 HZ-SC-01-04 已在台账中');
  await manager.getByTestId('device-form-asset-no').fill(assetNo);
  await manager.getByTestId('device-form-save').click();
  await manager.waitForURL(/\/operations\/devices\?device=/);
  const deviceId = new URL(manager.url()).searchParams.get('device')!;
  const registered = manager.getByTestId('device-drawer');
  await expect(registered).toContainText('自助区C');
  await expect(registered.getByTestId('device-status')).toHaveText('在用');

  // Before the fault: the hall's availability this month, with the new terminal counted.
  const before = await hubinAvailability(manager);

  // 报障 from the floor: the clerk's phone, the rear camera's photo, and when it stopped (an hour ago).
  const clerk = await openAs(browser, baseURL!, 'hubin.clerk', { phone: true });
  await clerk.goto(`/operations/devices?device=${deviceId}`);
  const drawer = clerk.getByTestId('device-drawer');
  await expect(drawer).toContainText(assetNo);
  await drawer.getByTestId('device-report').click();
  await clerk.getByTestId('fault-description').fill('身份证读卡器无法识别，客户无法自助办理');
  const stopped = clerk.getByTestId('fault-occurred-at').locator('input');
  await stopped.fill(chinaClock(new Date(Date.now() - 60 * 60_000)));
  await stopped.press('Enter');
  await clerk.getByTestId('fault-photo').locator('input[type="file"]').setInputFiles(PHOTO);
  await expect(clerk.getByTestId('fault-photo').locator('img')).toBeVisible();
  await clerk.getByTestId('fault-submit').click();
  await expect(clerk.getByText('已报障').first()).toBeVisible();
  await expect(drawer.getByTestId('device-status')).toHaveText('故障');
  await finalScreenshot(clerk, 'operations-fault-reported-on-phone');

  // 派修 and 修复: the manager opens the fault from the device, sends the vendor's engineer, records the repair.
  await manager.goto(`/operations/devices?device=${deviceId}`);
  await manager.getByTestId('device-drawer').getByRole('link', { name: '身份证读卡器无法识别' }).click();
  const fault = manager.getByTestId('fault-drawer');
  await expect(fault.getByTestId('fault-photo-view')).toBeVisible();
  await expect(fault).toContainText('故障发生时间');
  await fault.getByTestId('fault-note').fill('厂商工程师 王工');
  await fault.getByTestId('fault-assign').click();
  await expect(fault.getByTestId('fault-status')).toHaveText('维修中');
  await fault.getByTestId('fault-note').fill('更换读卡模块，测试正常');
  await fault.getByTestId('fault-repair').click();
  await expect(fault.getByTestId('fault-status')).toHaveText('待确认');
  const faultUrl = manager.url();

  // 确认修复: the duty manager checks the terminal on the floor and confirms it for the hall.
  const duty = await openAs(browser, baseURL!, 'hubin.duty');
  await duty.goto(faultUrl);
  const confirming = duty.getByTestId('fault-drawer');
  await confirming.getByTestId('fault-confirm').click();
  await expect(confirming.getByTestId('fault-status')).toHaveText('已确认修复');
  // Down from the time the clerk named: an hour and more, not the minutes since her report.
  await expect(confirming).toContainText(/1 小时/);

  // The month's figure: an hour of one terminal down lowers the hall's self-service availability.
  const after = await hubinAvailability(manager);
  expect(after).toBeLessThan(before);
  await finalScreenshot(manager, 'operations-availability-after-repair');
});
