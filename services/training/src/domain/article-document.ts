// The knowledge base's documents are the editor's (Tiptap) JSON. The server never trusts the page: a document is
// rebuilt against the same ProseMirror schema the editor uses (StarterKit + Image), so unknown nodes, marks or
// attributes are refused, links may only lead to http(s) or mail, and images only to this article's own files.
// The plain text kept beside it is what search reads.
import { getSchema } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { Node } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { ARTICLE_FILE_PATH } from '@duda/contract-training';

const schema = getSchema([StarterKit, Image]);

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const IMAGE_SRC = new RegExp(
  `^${ARTICLE_FILE_PATH.replaceAll('/', '\\/')}\\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`,
);

export type CheckedDocument =
  | { ok: true; content: Record<string, unknown>; plainText: string; imageFileIds: string[] }
  | { ok: false; reason: 'invalid' | 'link' | 'image' };

export function checkArticleDocument(json: unknown): CheckedDocument {
  let doc: Node;
  try {
    doc = Node.fromJSON(schema, json);
    doc.check();
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const imageFileIds: string[] = [];
  let reason: 'link' | 'image' | null = null;
  doc.descendants((node) => {
    for (const mark of node.marks)
      if (mark.type.name === 'link' && !SAFE_LINK.test(String(mark.attrs.href ?? ''))) reason ??= 'link';
    if (node.type.name === 'image') {
      const match = IMAGE_SRC.exec(String(node.attrs.src ?? ''));
      if (match) imageFileIds.push(match[1]!);
      else reason ??= 'image';
    }
  });
  if (reason) return { ok: false, reason };
  return {
    ok: true,
    content: doc.toJSON() as Record<string, unknown>,
    plainText: doc.textBetween(0, doc.content.size, '\n', ' ').trim(),
    imageFileIds: [...new Set(imageFileIds)],
  };
}
