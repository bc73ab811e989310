// Handing an exam in from its first page, as someone in a hurry does: one answer, then 交卷 with the rest left.
import { expect, type Page } from '@playwright/test';

/**
 * Answers the first question when it is a choice or a text, then hands the attempt in. The paper's order is drawn
 * per attempt, so the first question may be of any type: a matching or multiple-choice one is left unanswered, as
 * an examinee may hand in with questions open.
 */
export async function handInAfterFirstAnswer(page: Page): Promise<void> {
  const question = page.getByTestId('take-question');
  await expect(question).toBeVisible();
  const choice = question.getByRole('radio').first();
  const text = question.getByRole('textbox').first();
  if (await choice.count()) await choice.check({ force: true });
  else if (await text.count()) await text.fill('先安抚客户，再核实并给出方案');
  await page.getByTestId('take-submit').click();
  await page.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '交卷' }).click();
}

/**
 * The demo's city-wide monthly exam (三大渠道月考), the one a morning story hands in from the to-do list: not one of
 * the month's district written exams, whose results make the city mean the training-exam story compares against
 * (a near-empty paper handed in there dragged the mean below its weak clerk, and her below-average list came out
 * empty whenever the to-do list happened to put a district exam first).
 */
export const CITY_EXAM = '三大渠道月考';
