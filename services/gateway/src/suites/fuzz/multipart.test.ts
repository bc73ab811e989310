import { z } from '@duda/service-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formShapeOf, hostileForm, toFormData, validForm } from './multipart.ts';

/** Like a photo upload's input: a form with a file and a hall id. */
const upload = z.instanceof(FormData).transform((form, issue) => {
  if (!(form.get('file') instanceof File))
    issue.addIssue({ code: 'custom', message: 'file', path: ['file'] });
  if (typeof form.get('hallId') !== 'string')
    issue.addIssue({ code: 'custom', message: 'hall', path: ['hallId'] });
  return form;
});

const hall = '0d6f4a8e-2b1c-4c3d-9e8f-1a2b3c4d5e6f';

describe('multipart inputs', () => {
  it('learns the fields of a form input, and which hold files', () => {
    expect(formShapeOf(upload)).toEqual({ fields: ['file', 'hallId'], files: ['file'] });
  });

  it('takes a JSON input for no form', () => {
    expect(formShapeOf(z.object({ id: z.uuid() }))).toBeNull();
    expect(formShapeOf(z.string())).toBeNull();
  });

  it('builds valid forms the schema accepts, with the ids given', () => {
    const shape = formShapeOf(upload)!;
    const forms = fc.sample(
      validForm(shape, () => [hall]),
      { seed: 1, numRuns: 50 },
    );
    for (const spec of forms) expect(upload.safeParse(toFormData(spec)).success).toBe(true);
    expect(forms.some((spec) => toFormData(spec).get('hallId') === hall)).toBe(true);
    expect((toFormData(forms[0]!).get('file') as File).type).toBe('image/png');
  });

  it('builds hostile forms of every kind', () => {
    const shape = formShapeOf(upload)!;
    const forms = fc.sample(
      hostileForm(shape, () => [hall]),
      { seed: 1, numRuns: 300 },
    );
    expect(forms.some((spec) => !upload.safeParse(toFormData(spec)).success)).toBe(true);
    expect(forms.some((spec) => spec.length === 1)).toBe(true);
    expect(forms.some((spec) => spec.some(([field]) => field === '__proto__'))).toBe(true);
    const sizes = forms.flatMap((spec) =>
      spec.flatMap(([, value]) => (typeof value === 'string' ? [] : [value.file])),
    );
    for (const kind of ['empty', 'text', 'oversized', 'overLimit']) expect(sizes).toContain(kind);
  });
});
