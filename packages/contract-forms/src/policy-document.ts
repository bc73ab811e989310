// A policy's text as the editor's (Tiptap / ProseMirror) JSON. Only its shape and size are checked here; the service
// rebuilds it against the editor's schema (services/forms/src/policies/domain/document.ts), which is the sanitiser.
import { nestingDepth, text } from '@duda/contract-kit';
import { z } from 'zod';
import { policiesErrors } from './policies-errors.ts';

export interface PolicyDocNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: PolicyDocNode[];
  marks?: { type: string; attrs?: Record<string, string | number | boolean | null> }[];
  text?: string;
}

const attrValue = z.union([text().max(2000), z.number(), z.boolean(), z.null()]);
const attrs = z.record(text().max(40), attrValue).optional();
const mark = z.object({ type: text().max(40), attrs });

const docNode: z.ZodType<PolicyDocNode> = z.lazy(() =>
  z.object({
    type: text().max(40),
    attrs,
    content: z.array(docNode).max(2000).optional(),
    marks: z.array(mark).max(10).optional(),
    text: text().max(20000).optional(),
  }),
);

/** Deeper than any real policy (lists in lists in quotes…): refused before the recursive schema runs. */
const MAX_DEPTH = 60;

/** A whole document, at most 400,000 characters as JSON. */
export const policyDocument = z
  .unknown()
  .refine((doc) => nestingDepth(doc, MAX_DEPTH) <= MAX_DEPTH, {
    error: policiesErrors.contentInvalid.code,
    abort: true,
  })
  .pipe(
    z
      .object({ type: z.literal('doc'), content: z.array(docNode).max(2000) })
      .refine((doc) => JSON.stringify(doc).length <= 400_000, { error: policiesErrors.contentInvalid.code }),
  );
export type PolicyDocument = z.infer<typeof policyDocument>;

/** A document of plain paragraphs, one per line of `text` (the demo data's and the tests' texts). */
export const paragraphs = (text: string): PolicyDocument => ({
  type: 'doc',
  content: text
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
});
