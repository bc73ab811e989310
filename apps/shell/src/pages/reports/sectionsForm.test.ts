import { describe, expect, it } from 'vitest';
import { reportDraftKey, startingSections, toSent } from './sectionsForm.ts';

describe('the report sections form', () => {
  it('starts from the draft where it has a section, else the saved text, else empty', () => {
    const form = startingSections({ service: '草稿' }, { service: '已存', team: '团队活动' });
    expect(form).toMatchObject({ service: '草稿', team: '团队活动', marketing: '' });
    expect(Object.keys(form)).toHaveLength(8);
  });

  it('sends trimmed text and leaves empty sections out', () => {
    const form = startingSections(null, {});
    expect(toSent({ ...form, service: ' 平稳 ', adhoc: '  ' })).toEqual({ service: '平稳' });
  });

  it('keeps drafts per person, hall and month', () => {
    expect(reportDraftKey('p', 'h', '2026-11')).not.toBe(reportDraftKey('p', 'h', '2026-10'));
  });
});
