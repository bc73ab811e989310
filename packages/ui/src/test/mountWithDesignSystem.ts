import { enableAutoUnmount, mount } from '@vue/test-utils';
import type { ComponentMountingOptions } from '@vue/test-utils';
import { afterEach } from 'vitest';
import { installDesignSystem } from '../install.ts';

enableAutoUnmount(afterEach);

/**
 * Mounts the way an app runs a component: with the design-system plugin (Element Plus + shared i18n).
 * Attached to the document so teleported poppers and dialogs can be queried.
 */
export function mountWithDesignSystem<T>(component: T, options: ComponentMountingOptions<T> = {}) {
  return mount(component, {
    ...options,
    attachTo: document.body,
    global: { ...options.global, plugins: [[installDesignSystem], ...(options.global?.plugins ?? [])] },
  });
}
