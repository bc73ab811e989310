// A policy's text as the editor's (Tiptap / ProseMirror) JSON. Only its shape and size are checked here; the service
// rebuilds it against the editor's schema (services/forms/src/policies/domain/document.ts), which is the sanitiser.
import { editorDocument } from '@duda/contract-kit';
import type { z } from 'zod';
import { policiesErrors } from './policies-errors.ts';

/** A whole policy text, at most 400,000 characters as JSON. */
export const policyDocument = editorDocument(policiesErrors.contentInvalid.code);
export type PolicyDocument = z.infer<typeof policyDocument>;

/** A document of plain paragraphs, one per line of `text` (the demo data's and the tests' texts). */
export const paragraphs = (text: string): PolicyDocument => ({
  type: 'doc',
  content: text
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
});
