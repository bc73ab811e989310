import type { Page } from '@playwright/test';
import { gatewayApi } from '../support/gateway-api.ts';
import { expect, finalScreenshot, logInAs, openAs, test } from '../support/story.ts';

// 表1 营业厅月工作计划: 杭州's city supervisor (city.sup) copies the province's form into the city and publishes it as
// the city's version 1; 湖滨's hall manager (hubin.mgr) files December's plan on it; the supervisor then adds a field
// and publishes version 2. The December plan still reads as it was filled in, version 1, while a new plan is filled
// in on version 2 with the new field. No other story edits templates or files 表1.

const NEW_FIELD = '需要的支持';

/** Opens a template's drawer from 表单模板 by its name and the unit keeping it. */
async function openTemplate(page: Page, keptBy: string) {
  await page.goto('/forms/templates');
  await page
    .getByTestId('templates-list')
    .locator('tr')
    .filter({ hasText: '营业厅月工作计划' })
    .filter({ hasText: keptBy })
    .click();
  await expect(page.getByTestId('template-drawer')).toBeVisible();
}

/** 保存并发布 on the design page, confirmed. */
async function publishFromDesigner(page: Page, version: number) {
  await page.getByTestId('design-publish').click();
  const confirm = page.getByRole('dialog', { name: '请确认' });
  await expect(confirm).toContainText(`发布第 ${version} 版？`);
  await confirm.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(`第 ${version} 版已发布`).first()).toBeVisible();
}

interface TemplateVersions {
  versions: { id: string; version: number; status: string }[];
}

test('表1 新版本：市公司督导把省公司的营业厅月工作计划复制到本市，增加一个字段发布第 2 版；按第 1 版填报的计划仍按第 1 版显示', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  // 复制到本市: the province's form becomes the city's own draft, which the supervisor publishes as it is.
  await logInAs(page, 'city.sup');
  await openTemplate(page, '浙江公司');
  await expect(page.getByTestId('template-drawer')).toContainText('这是上级单位的模板，只能查看或复制');
  await page.getByTestId('template-copy').click();
  await expect(page.getByText('已复制到 杭州分公司').first()).toBeVisible();
  await page.waitForURL(/\/forms\/templates\/[^/]+\/design$/);
  const templateId = page.url().split('/').at(-2)!;
  await publishFromDesigner(page, 1);

  // 湖滨's manager files December's plan on the city's version 1 (arranged through the API the fill page uses).
  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  const api = gatewayApi(manager);
  const me = await api.query<{ person: { orgNodeId: string; orgName: string } }>('org.me', undefined);
  const versionsOf = async () =>
    (await api.query<TemplateVersions>('forms.templates.get', { id: templateId })).versions;
  const v1 = (await versionsOf()).find((v) => v.version === 1)!;
  expect(v1.status).toBe('PUBLISHED');
  const hall = { id: me.person.orgNodeId, name: me.person.orgName };
  const december = await api.mutate<{ id: string }>('forms.submissions.submit', {
    versionId: v1.id,
    orgNodeId: hall.id,
    data: {
      hall,
      month: '2026-12',
      items: [
        { no: 1, topic: '跨年促销：合约机销量 300 台', weight: 60, details: '元旦前两周增设促销台' },
        { no: 2, topic: '服务规范：高峰期等候 ≤ 10 分钟', weight: 40, details: '弹性窗口按客流开启' },
      ],
    },
  });

  // 第 2 版: the supervisor adds a field to the city's form in the designer and publishes it.
  await openTemplate(page, '杭州分公司');
  await expect(page.getByTestId('template-version-1')).toContainText('已发布');
  await page.getByTestId('template-design').click();
  await expect(page.getByText('这个版本已发布，修改会保存为新的草稿版本')).toBeVisible();
  await page.getByTestId('designer-add-text').click();
  const panel = page.getByTestId('field-panel-text_1');
  await panel.getByTestId('field-label-zh').fill(NEW_FIELD);
  await panel.getByTestId('field-label-en').fill('Support needed');
  await expect(page.getByTestId('designer-preview')).toContainText(NEW_FIELD);
  await publishFromDesigner(page, 2);
  await openTemplate(page, '杭州分公司');
  await expect(page.getByTestId('template-version-2')).toContainText('已发布');
  await expect(page.getByTestId('template-version-1')).toContainText('已停用');

  // The December plan still renders with version 1: its items, and no new field.
  await page.goto(`/forms/submissions/${december.id}`);
  await expect(page.getByRole('main')).toContainText('按第 1 版填写');
  await expect(page.getByTestId('form-view-items')).toContainText('跨年促销：合约机销量 300 台');
  await expect(page.getByTestId('form-view-text_1')).toHaveCount(0);
  await expect(page.getByText(NEW_FIELD)).toHaveCount(0);
  await finalScreenshot(page, 'forms-template-version-old-plan');

  // A plan filled in now uses version 2, with the new field.
  const v2 = (await versionsOf()).find((v) => v.version === 2)!;
  expect(v2.status).toBe('PUBLISHED');
  await manager.goto(`/forms/fill/${v2.id}`);
  await expect(manager.getByTestId('form-field-text_1')).toContainText(NEW_FIELD);
  await finalScreenshot(manager, 'forms-template-version-2-fill');
});
