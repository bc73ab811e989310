// The sanitiser of a policy's text: the page sends the editor's (Tiptap) JSON, and the server never trusts it — the
// document is rebuilt against the editor's own ProseMirror schema (StarterKit, as the training area's articles), so
// unknown nodes, marks or attributes are refused and links may only lead to http(s) or mail. No HTML is ever
// stored. The plain text kept beside it, one line per block, is what search and the version comparison read.
import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';

const schema = getSchema([StarterKit]);
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export type CheckedPolicyDocument =
  { ok: true; body: Record<string, unknown>; plainText: string } | { ok: false };

export function checkPolicyDocument(json: unknown): CheckedPolicyDocument {
  let doc: Node;
  try {
    doc = Node.fromJSON(schema, json);
    doc.check();
  } catch {
    return { ok: false };
  }
  let unsafe = false;
  doc.descendants((node) => {
    for (const mark of node.marks)
      if (mark.type.name === 'link' && !SAFE_LINK.test(String(mark.attrs.href ?? ''))) unsafe = true;
  });
  if (unsafe) return { ok: false };
  return {
    ok: true,
    body: doc.toJSON() as Record<string, unknown>,
    plainText: doc.textBetween(0, doc.content.size, '\n', ' ').trim(),
  };
}
