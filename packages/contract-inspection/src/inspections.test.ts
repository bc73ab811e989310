import { describe, expect, it } from 'vitest';
import { SCORED_KINDS } from './enums.ts';
import { inspectionInputs } from './inspections.ts';

const id = '0d6f4a8e-2b1c-4c3d-9e8f-1a2b3c4d5e6f';

describe('inspection inputs', () => {
  it('let a draft hold items not judged yet, but not a submission', () => {
    const results = [{ itemCode: 'A01', outcome: null }];
    expect(inspectionInputs.saveDraft.safeParse({ id, revision: 0, results }).success).toBe(true);
    expect(inspectionInputs.submit.safeParse({ id, results }).success).toBe(false);
  });

  it('keep an autosave revision within the 32-bit column it is compared with', () => {
    // A revision past it made the autosave answer 500 (found by probing what the gateway's fuzzing suite
    // reported as unbounded numbers).
    const draft = { id, results: [] };
    expect(inspectionInputs.saveDraft.safeParse({ ...draft, revision: 2 ** 31 - 1 }).success).toBe(true);
    expect(inspectionInputs.saveDraft.safeParse({ ...draft, revision: 2 ** 31 }).success).toBe(false);
  });

  it('take a verdict or a number of points as an outcome', () => {
    const results = [
      { itemCode: 'A01', outcome: 'PASS' },
      { itemCode: 'A02', outcome: 4 },
      { itemCode: 'A03', outcome: 'NA' },
    ];
    expect(inspectionInputs.submit.parse({ id, results }).results.map((r) => r.outcome)).toEqual([
      'PASS',
      4,
      'NA',
    ]);
    expect(
      inspectionInputs.submit.safeParse({ id, results: [{ itemCode: 'A01', outcome: 'GOOD' }] }).success,
    ).toBe(false);
  });

  it('count only the supervisors’ inspections in scores', () => {
    expect(SCORED_KINDS).toEqual(['MONTHLY_VISIT', 'CROSS', 'MYSTERY']);
  });

  it('read an uploaded photo and its hall from form data, and name what is missing', () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array([1])], 'shot.png', { type: 'image/png' }));
    form.set('hallId', id);
    expect(inspectionInputs.uploadPhoto.parse(form).hallId).toBe(id);

    const empty = inspectionInputs.uploadPhoto.safeParse(new FormData());
    expect(empty.success).toBe(false);
    expect(empty.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['file', 'hallId']);
  });
});
