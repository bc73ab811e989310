import { api, errorCodeOf, toUserMessage } from '@duda/api-client';
import type { Me, RouterInputs } from '@duda/api-client';
import { setCurrentUser } from '@duda/federation';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';

/** `unknown` until org.me answered; `failed` when it could not be asked (network, server down). */
export type SessionStatus = 'unknown' | 'ready' | 'anonymous' | 'failed';

/** Who is logged in, as the shell knows it. Remotes read the same person through useCurrentUser(). */
export const useSessionStore = defineStore('session', () => {
  const me = shallowRef<Me | null>(null);
  const status = ref<SessionStatus>('unknown');
  const failure = ref<string | null>(null);
  let loading: Promise<SessionStatus> | null = null;

  function apply(next: Me | null, nextStatus: SessionStatus): void {
    me.value = next;
    status.value = nextStatus;
    setCurrentUser(next);
  }

  async function fetchMe(): Promise<SessionStatus> {
    try {
      apply(await api.org.me.query(), 'ready');
      failure.value = null;
    } catch (error) {
      if (errorCodeOf(error) === 'UNAUTHORIZED') {
        apply(null, 'anonymous');
        failure.value = null;
      } else {
        failure.value = toUserMessage(error);
        status.value = 'failed';
      }
    }
    return status.value;
  }

  /** Asks org.me once; concurrent callers (guards, pages) share the one request. */
  function load(): Promise<SessionStatus> {
    loading ??= fetchMe().finally(() => {
      loading = null;
    });
    return loading;
  }

  async function ensureLoaded(): Promise<SessionStatus> {
    return status.value === 'ready' || status.value === 'anonymous' ? status.value : load();
  }

  async function login(input: RouterInputs['auth']['login']): Promise<SessionStatus> {
    await api.auth.login.mutate(input);
    return load();
  }

  async function logout(): Promise<void> {
    try {
      await api.auth.logout.mutate();
    } catch (error) {
      // The session had already ended (expired, revoked): the user is logged out all the same.
      if (errorCodeOf(error) !== 'UNAUTHORIZED') throw error;
    } finally {
      forget();
    }
  }

  /** Who the page was served to (the gateway's bootstrap data): known without asking org.me. */
  function adopt(signedIn: Me): void {
    apply(signedIn, 'ready');
  }

  /** The session ended elsewhere (expired, logged out in another tab): drop what we knew. */
  function forget(): void {
    apply(null, 'anonymous');
  }

  /** The gateway refused a call until the password is changed (it was reset while logged in). */
  function requirePasswordChange(): void {
    if (me.value) apply({ ...me.value, mustChangePassword: true }, 'ready');
  }

  async function changePassword(input: RouterInputs['org']['account']['changePassword']): Promise<void> {
    await api.org.account.changePassword.mutate(input);
    await load();
  }

  return {
    me,
    status,
    failure,
    load,
    ensureLoaded,
    adopt,
    login,
    logout,
    forget,
    requirePasswordChange,
    changePassword,
  };
});

export type SessionStore = ReturnType<typeof useSessionStore>;
