import type { Me } from '@duda/api-client';
import { i18n } from '@duda/ui';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../i18n/index.ts';
import { roleLabel, scopeLabel } from './roleLabel.ts';

i18n.global.mergeLocaleMessage('zh-CN', messages['zh-CN']);
i18n.global.mergeLocaleMessage('en', messages.en);

type RoleAssignment = Me['roles'][number];

const role = (name: string, orgName: string, label: string): RoleAssignment => ({
  // Roles arrive from the server; one the shell does not know yet must still show.
  role: name as RoleAssignment['role'],
  label,
  orgNodeId: `org-${orgName}`,
  orgName,
  orgLevel: 'hall',
});
const person = {
  id: 'p1',
  staffNo: 'HZ10101',
  name: '李娜',
  position: '店面经理',
  orgNodeId: 'h1',
  orgName: '湖滨营业厅',
};

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('scopeLabel (the top bar)', () => {
  it('shows each role with the org unit it applies to', () => {
    const me = {
      person,
      roles: [role('hall_manager', '湖滨营业厅', '店面经理'), role('trainer', '杭州分公司', '培训管理员')],
    };
    expect(scopeLabel(me)).toBe('湖滨营业厅 · 店面经理 / 杭州分公司 · 培训管理员');
    i18n.global.locale.value = 'en';
    expect(scopeLabel(me)).toBe('湖滨营业厅 · Hall manager / 杭州分公司 · Training administrator');
  });

  it('falls back to the person own org unit when they hold no role', () => {
    expect(scopeLabel({ person, roles: [] })).toBe('湖滨营业厅');
  });
});

describe('roleLabel', () => {
  it('uses the server label for a role the shell has no translation of', () => {
    expect(roleLabel(role('auditor', '浙江公司', '审计员'))).toBe('审计员');
  });
});
