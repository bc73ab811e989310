import { AUDIT_ACTIONS } from '@duda/contract-org';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from './messages.ts';

const wording = (messages: typeof zhCN, action: string) => {
  const [group, name] = action.split('.') as [keyof typeof zhCN.auditActions, string];
  return (messages.auditActions[group] as Record<string, string> | undefined)?.[name];
};

describe('audit action words', () => {
  it('words every action the audit log records, in both languages', () => {
    const missing = AUDIT_ACTIONS.flatMap((action) =>
      [zhCN, en].filter((m) => !wording(m, action)).map((m) => `${action} (${m === zhCN ? 'zh-CN' : 'en'})`),
    );
    expect(missing).toEqual([]);
  });
});
