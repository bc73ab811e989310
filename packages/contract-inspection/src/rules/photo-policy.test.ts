import { describe, expect, it } from 'vitest';
import { checklistItemInput } from '../templates.ts';
import { passFailItem, pointsItem, section, template } from './test-support.ts';
import { photoNeeded } from './photo-policy.ts';
import { validateSubmission } from './result-validation.ts';

describe('photoNeeded', () => {
  it('asks for a photo whatever the result when the item says ALWAYS, or says nothing (older versions)', () => {
    for (const item of [
      passFailItem('B01', { photoRequired: true, photoWhen: 'ALWAYS' }),
      passFailItem('B01', { photoRequired: true }),
    ]) {
      expect([photoNeeded(item, 'PASS'), photoNeeded(item, 'FAIL'), photoNeeded(item, 'NA')]).toEqual([
        true,
        true,
        false,
      ]);
    }
  });

  it('asks for it only for a problem when the item says ON_PROBLEM', () => {
    const passFail = passFailItem('B01', { photoRequired: true, photoWhen: 'ON_PROBLEM' });
    expect([photoNeeded(passFail, 'PASS'), photoNeeded(passFail, 'FAIL')]).toEqual([false, true]);
    const points = pointsItem('B02', 5, { photoRequired: true, photoWhen: 'ON_PROBLEM' });
    expect([photoNeeded(points, 5), photoNeeded(points, 4)]).toEqual([false, true]);
  });

  it('never asks when the item needs no photo', () => {
    expect(photoNeeded(passFailItem('A01', { photoWhen: 'ALWAYS' }), 'FAIL')).toBe(false);
  });

  it('is what a submission is held to', () => {
    const standard = template([
      section('B', [passFailItem('B01', { photoRequired: true, photoWhen: 'ON_PROBLEM' })]),
    ]);
    expect(() => validateSubmission(standard, [{ itemCode: 'B01', outcome: 'PASS' }])).not.toThrow();
    expect(() => validateSubmission(standard, [{ itemCode: 'B01', outcome: 'FAIL' }])).toThrow(
      expect.objectContaining({ code: 'inspection.photoEvidenceRequired', field: 'results.B01.photoIds' }),
    );
  });

  it("reads an editor's item without the setting as ALWAYS", () => {
    const item = { ...passFailItem('B01', { photoRequired: true }), photoWhen: undefined };
    expect(checklistItemInput.parse(item).photoWhen).toBe('ALWAYS');
  });
});
