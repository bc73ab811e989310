import { api, errorCodeOf, onAuthProblem, toUserMessage } from '@duda/api-client';
import { setCurrentUser } from '@duda/federation';
import { ref } from 'vue';

type SessionState = 'loading' | 'anonymous' | 'ready';

/** Just enough of the shell's session handling to use the pages alone: org.me, login, logout. */
export function useDevSession() {
  const state = ref<SessionState>('loading');
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    try {
      setCurrentUser(await api.org.me.query());
      state.value = 'ready';
    } catch (failure) {
      setCurrentUser(null);
      state.value = 'anonymous';
      if (errorCodeOf(failure) !== 'UNAUTHORIZED') error.value = toUserMessage(failure);
    }
  }

  async function login(username: string, password: string): Promise<void> {
    error.value = null;
    try {
      await api.auth.login.mutate({ username, password });
      await load();
    } catch (failure) {
      error.value = toUserMessage(failure);
    }
  }

  async function logout(): Promise<void> {
    await api.auth.logout.mutate();
    setCurrentUser(null);
    state.value = 'anonymous';
  }

  onAuthProblem(() => {
    setCurrentUser(null);
    state.value = 'anonymous';
  });

  return { state, error, load, login, logout };
}
