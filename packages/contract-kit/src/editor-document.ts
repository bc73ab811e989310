// A rich text as the editor's (Tiptap / ProseMirror) JSON, for every area that keeps one (training's articles, forms'
// policies). Only its shape and size are checked here; each service rebuilds it against the editor's schema, which
// is the sanitiser.
import { z } from 'zod';
import { nestingDepth } from './json.ts';
import { text } from './text.ts';

export interface EditorDocNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: EditorDocNode[];
  marks?: { type: string; attrs?: Record<string, string | number | boolean | null> }[];
  text?: string;
}

const attrValue = z.union([text().max(2000), z.number(), z.boolean(), z.null()]);
const attrs = z.record(text().max(40), attrValue).optional();
const mark = z.object({ type: text().max(40), attrs });

const docNode: z.ZodType<EditorDocNode> = z.lazy(() =>
  z.object({
    type: text().max(40),
    attrs,
    content: z.array(docNode).max(2000).optional(),
    marks: z.array(mark).max(10).optional(),
    text: text().max(20000).optional(),
  }),
);

/** Deeper than any real document (lists in lists in quotes…): refused before the recursive schema runs. */
const MAX_DEPTH = 60;

/** A whole document, at most 400,000 characters as JSON; `invalidCode` is the area's own refusal. */
export const editorDocument = (invalidCode: string) =>
  z
    .unknown()
    .refine((doc) => nestingDepth(doc, MAX_DEPTH) <= MAX_DEPTH, { error: invalidCode, abort: true })
    .pipe(
      z
        .object({ type: z.literal('doc'), content: z.array(docNode).max(2000) })
        .refine((doc) => JSON.stringify(doc).length <= 400_000, { error: invalidCode }),
    );
