// The editor's extensions. The service rebuilds every saved text against StarterKit
// (services/forms/src/policies/domain/document.ts): a change here needs the same change there.
import StarterKit from '@tiptap/starter-kit';

export const policyExtensions = (editable: boolean) => [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: { openOnClick: !editable, protocols: ['http', 'https', 'mailto'], autolink: editable },
  }),
];
