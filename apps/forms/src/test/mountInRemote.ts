import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, mount } from '@vue/test-utils';
import type { ComponentMountingOptions } from '@vue/test-utils';
import { afterEach } from 'vitest';
import { messages } from '../i18n/index.ts';

enableAutoUnmount(afterEach);

/**
 * Mounts a page part the way the portal runs it: the design system (Element Plus, shared i18n in zh-CN)
 * with the remote's texts. Attached to the document so teleported dialogs can be found.
 */
export function mountInRemote<T>(component: T, options: ComponentMountingOptions<T> = {}) {
  return mount(component, {
    ...options,
    attachTo: document.body,
    global: {
      ...options.global,
      plugins: [[installDesignSystem, { messages }], ...(options.global?.plugins ?? [])],
    },
  });
}
