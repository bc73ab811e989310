import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { confirmAction } from './confirmAction.ts';

async function clickDialogButton(label: string): Promise<void> {
  await flushPromises();
  const button = [...document.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!button) throw new Error(`no "${label}" button in the message box`);
  button.click();
  await flushPromises();
}

describe('confirmAction', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
    // happy-dom never finishes the closing transition, so the last box would still be in the page.
    document.body.innerHTML = '';
  });

  it('resolves true when confirmed, with the given title and button text', async () => {
    const answer = confirmAction('驳回后整改单将退回营业厅，确定驳回吗？', {
      title: '驳回整改',
      confirmText: '驳回',
    });
    await flushPromises();
    expect(document.querySelector('.el-message-box__title')?.textContent).toContain('驳回整改');
    await clickDialogButton('驳回');
    await expect(answer).resolves.toBe(true);
  });

  it('resolves false when cancelled, with translated default texts', async () => {
    i18n.global.locale.value = 'en';
    const answer = confirmAction('Publish the notice?');
    await flushPromises();
    expect(document.querySelector('.el-message-box__title')?.textContent).toContain('Please confirm');
    await clickDialogButton('Cancel');
    await expect(answer).resolves.toBe(false);
  });
});
