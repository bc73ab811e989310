import { describe, expect, it } from 'vitest';
import { paragraphs, policiesErrors, policyInputs } from './index.ts';

const id = '00000000-0000-4000-8000-000000000001';
const codes = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('policy inputs', () => {
  it.each([
    ['2026-12-02', []],
    ['2026-02-30', [policiesErrors.dateFormat.code]],
    ['9999-99-99', [policiesErrors.dateFormat.code]],
    ['2026-1-2', [policiesErrors.dateFormat.code]],
  ])('the date %s', (date, expected) => {
    expect(codes(policyInputs.inForceOn.safeParse({ policyId: id, date }))).toEqual(expected);
  });

  it('asks for at least one unit of scope and a document', () => {
    const draft = {
      ownerOrgId: id,
      title: '服务规范',
      category: 'SERVICE_STANDARD',
      body: paragraphs('一、首问负责'),
      scope: { orgNodeIds: [] },
    };
    expect(codes(policyInputs.create.safeParse(draft))).toEqual([policiesErrors.scopeEmpty.code]);
    expect(policyInputs.create.safeParse({ ...draft, scope: { orgNodeIds: [id] } }).success).toBe(true);
    let deep: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 100; i++) deep = { type: 'blockquote', content: [deep] };
    expect(
      codes(
        policyInputs.create.safeParse({
          ...draft,
          scope: { orgNodeIds: [id] },
          body: { type: 'doc', content: [deep] },
        }),
      ),
    ).toEqual([policiesErrors.contentInvalid.code]);
  });

  it('asks for units to consult', () => {
    const input = { versionId: id, orgNodeIds: [], deadline: '2026-12-10T10:00:00Z' };
    expect(codes(policyInputs.startConsultation.safeParse(input))).toEqual([
      policiesErrors.consultationEmpty.code,
    ]);
  });
});
