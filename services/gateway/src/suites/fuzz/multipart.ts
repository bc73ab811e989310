// Procedures whose input is a multipart form (a photo upload): which fields they read, which of those are
// files, and forms to send them — valid ones and ones with a hostile field, a field left out or doubled.
import fc from 'fast-check';

interface ParsingSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
}

export interface FormShape {
  /** Every field the input reads. */
  fields: readonly string[];
  /** Those that must hold a file. */
  files: readonly string[];
}

export type FormValue = string | { file: 'png' | 'empty' | 'text' | 'oversized' | 'overLimit'; name: string };
/** A form as plain data (for display and sampling); `toFormData` builds the real one. */
export type FormSpec = readonly (readonly [string, FormValue])[];

const pathsOf = (schema: ParsingSchema, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));

/**
 * The form a schema reads, learnt by parsing an empty form (the fields it misses) and one with a file in
 * every field (the fields content with a file); null for a JSON input (which takes a plain object where a
 * form input refuses one as a whole).
 */
export function formShapeOf(schema: unknown): FormShape | null {
  const parser = schema as ParsingSchema;
  if (typeof parser.safeParse !== 'function' || !pathsOf(parser, {}).includes('')) return null;
  const missing = pathsOf(parser, new FormData());
  if (missing.length === 0 || missing.includes('')) return null;
  const fields = [...new Set(missing)];
  const withFiles = new FormData();
  for (const field of fields) withFiles.set(field, new File([PNG], 'x.png', { type: 'image/png' }));
  const stillMissing = new Set(pathsOf(parser, withFiles));
  return { fields, files: fields.filter((field) => !stillMissing.has(field)) };
}

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
/** Just over the photo limit (10 MB), and just over the gateway's upload limit (12 MB). */
const OVERSIZED_BYTES = 10 * 1024 * 1024 + 1;
const OVER_LIMIT_BYTES = 12 * 1024 * 1024 + 1;

const HOSTILE_TEXTS = ['', '\u0000', '\uD800', 'a'.repeat(100_000), '../../etc/passwd', 'NaN'];

const hostileFile = fc.constantFrom<FormValue>(
  { file: 'empty', name: 'empty.png' },
  { file: 'text', name: 'not-an-image.png' },
  { file: 'oversized', name: 'big.png' },
  { file: 'overLimit', name: 'bigger.png' },
  { file: 'png', name: '../../etc/passwd\u0000.png' },
  { file: 'png', name: '\uD800.png' },
  'not a file',
);

const hostileText = fc.oneof(
  fc.constantFrom<FormValue>(...HOSTILE_TEXTS),
  fc.constant<FormValue>({ file: 'png', name: 'x.png' }),
);

export type Ids = (field: string) => readonly string[];

const validValue = (shape: FormShape, field: string, ids: Ids): fc.Arbitrary<FormValue> => {
  if (shape.files.includes(field)) return fc.constant({ file: 'png', name: 'photo.png' });
  const known = ids(field);
  return known.length ? fc.oneof(fc.constantFrom(...known), fc.uuid()) : fc.uuid();
};

/** Forms with every field valid. */
export const validForm = (shape: FormShape, ids: Ids): fc.Arbitrary<FormSpec> =>
  fc.tuple(
    ...shape.fields.map((field) => validValue(shape, field, ids).map((value) => [field, value] as const)),
  );

/** A valid form with one field hostile, left out or sent twice, or an extra field. */
export const hostileForm = (shape: FormShape, ids: Ids): fc.Arbitrary<FormSpec> =>
  fc
    .tuple(
      validForm(shape, ids),
      fc.nat(),
      fc.constantFrom('replace', 'replace', 'drop', 'double', 'extra'),
      hostileFile,
      hostileText,
    )
    .map(([form, pick, how, file, text]) => {
      const index = pick % form.length;
      const [field] = form[index]!;
      const hostile = shape.files.includes(field) ? file : text;
      if (how === 'drop') return form.filter((_, at) => at !== index);
      if (how === 'double') return [...form, [field, hostile] as const];
      if (how === 'extra') return [...form, ['__proto__', hostile] as const];
      return form.map((entry, at) => (at === index ? ([field, hostile] as const) : entry));
    });

const bytesOf = (file: Exclude<FormValue, string>['file']): Uint8Array => {
  if (file === 'png') return PNG;
  if (file === 'empty') return new Uint8Array();
  if (file === 'text') return new TextEncoder().encode('this is not an image');
  return new Uint8Array(file === 'oversized' ? OVERSIZED_BYTES : OVER_LIMIT_BYTES).fill(0x41);
};

export function toFormData(spec: FormSpec): FormData {
  const form = new FormData();
  for (const [field, value] of spec)
    form.append(
      field,
      typeof value === 'string' ? value : new File([bytesOf(value.file)], value.name, { type: 'image/png' }),
    );
  return form;
}
