// For this folder's component tests only: choosing people in a dialog's person picker the way a user does, and a
// refusal as the api client receives it from the gateway.
import type { PersonOption } from '@duda/ui';
import { flushPromises } from '@vue/test-utils';
import { expect, vi } from 'vitest';

export const staff: PersonOption[] = [
  { id: '0b5c3a4e-1f2d-4c6b-9a8e-7d6f5e4c3b2a', name: '陈静', staffNo: 'HZ0102', orgName: '湖滨营业厅' },
  { id: '1c6d4b5f-2a3e-4d7c-8b9f-8e7a6f5d4c3b', name: '刘海涛', staffNo: 'HZ0021', orgName: '上城区分公司' },
];
export const nameOf = (id: string) => staff.find((person) => person.id === id)?.name ?? '';
export const searchStaff = () => vi.fn(async (q: string) => staff.filter((p) => p.name.includes(q)));

/** Types `query` into the picker marked `testId` and clicks the person named `name` in what it offers. */
export async function pick(
  testId: string,
  query: string,
  name: string,
  search: ReturnType<typeof searchStaff>,
) {
  await flushPromises();
  document.querySelector<HTMLElement>(`[data-testid="${testId}"] .el-select__wrapper`)!.click();
  await flushPromises();
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"] input`)!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await vi.waitFor(() => expect(search).toHaveBeenCalledWith(query));
  await flushPromises();
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((item) =>
    item.textContent?.includes(name),
  );
  option!.click();
  await flushPromises();
}

/** Types into the text box marked `testId` (Element Plus puts the mark on the textarea itself). */
export async function type(testId: string, text: string) {
  const box = document.querySelector<HTMLTextAreaElement>(`[data-testid="${testId}"]`)!;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await flushPromises();
}

export const click = async (testId: string) => {
  document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!.click();
  await flushPromises();
};

/** The service's refusal of a person, as a TRPCClientError the api client sees. */
export const refusedPerson = (name: string) =>
  Object.assign(new Error(`“${name}”不在本审批所属的杭州分公司范围内`), {
    name: 'TRPCClientError',
    data: {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      error: { code: 'forms.approvals.personOutOfScope', params: { name, org: '杭州分公司' } },
    },
  });

/** The messages under the dialog's fields, once Element Plus has shown them (some renders after the form item's). */
export async function errorsShown() {
  await vi.waitFor(() => expect(document.querySelector('.el-form-item__error')).not.toBeNull());
  return [...document.querySelectorAll('.el-form-item__error')].map((el) => el.textContent?.trim());
}
