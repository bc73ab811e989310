import { toUserMessage } from '@duda/api-client';
import { ElMessage } from '@duda/ui';
import { useRouter } from 'vue-router';
import type { StartInput } from './api.ts';
import { useStartInspection } from './api.ts';
import type { StartTask } from './perform/startKeys.ts';
import { createStartKeys } from './perform/startKeys.ts';

/** Starts (or, after a lost answer, finds again) the draft for a task and opens its form. */
export function useStartTask() {
  const router = useRouter();
  const starting = useStartInspection();
  const keys = createStartKeys();

  async function start(task: StartTask, input: Omit<StartInput, 'clientKey'>): Promise<boolean> {
    try {
      const { id } = await starting.mutateAsync({ ...input, clientKey: keys.keyFor(task) });
      keys.forget(task);
      await router.push({ name: 'inspection.inspections.perform', params: { id } });
      return true;
    } catch (error) {
      ElMessage.error(toUserMessage(error));
      return false;
    }
  }

  return { start, starting };
}
