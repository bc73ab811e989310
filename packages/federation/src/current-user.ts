import { computed, shallowRef } from 'vue';

/** The logged-in person as `org.me` describes them. */
export interface CurrentUser {
  person: {
    id: string;
    staffNo: string;
    name: string;
    position: string;
    orgNodeId: string;
    orgName: string;
  };
  /** Each role with the org node it applies to (湖滨营业厅 · 店面经理). */
  roles: {
    role: string;
    label: string;
    orgNodeId: string;
    orgName: string;
    orgLevel: string;
  }[];
  /** Actions such as `inspection.plan.edit`; the server still checks each call against the data scope. */
  permissions: string[];
  mustChangePassword: boolean;
}

// Module state rather than a Pinia store: this package is a Module Federation singleton, so the shell and
// every remote read the same ref, and router guards and plain functions can use it outside components.
const current = shallowRef<CurrentUser | null>(null);
const granted = computed(() => new Set(current.value?.permissions ?? []));

/** Called by the shell (or a remote's standalone bootstrap) after login, logout and `org.me`. */
export function setCurrentUser(user: CurrentUser | null): void {
  current.value = user;
}

/** The current user outside components and composables (a remote's `setup` context). */
export const currentUser = (): CurrentUser | null => current.value;

/** The current user for shell and remotes alike; reactive, usable in components, guards and composables. */
export function useCurrentUser() {
  return {
    user: computed(() => current.value),
    person: computed(() => current.value?.person ?? null),
    roles: computed(() => current.value?.roles ?? []),
    permissions: computed(() => current.value?.permissions ?? []),
    /** Whether the user holds the action anywhere in their scope. */
    can: (action: string): boolean => granted.value.has(action),
  };
}
