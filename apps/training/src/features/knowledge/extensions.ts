// The editor's extensions. The service checks every saved document against the same schema (StarterKit + Image,
// services/training/src/domain/article-document.ts); a change here needs the same change there.
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';

export const articleExtensions = (editable: boolean) => [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: { openOnClick: !editable, protocols: ['http', 'https', 'mailto'], autolink: editable },
  }),
  Image.configure({ inline: false }),
];

/** Links the service accepts (the rest would be refused on save). */
export const isSafeLink = (href: string) => /^(https?:\/\/|mailto:)/i.test(href.trim());
