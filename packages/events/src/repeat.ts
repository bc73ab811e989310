/**
 * Runs `tick` over and over: again at once while it reports more work, otherwise after `intervalMs`. An
 * error is reported and the next tick comes as usual. `stop` waits for a tick under way.
 */
export function repeat(
  tick: () => Promise<boolean>,
  intervalMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void>;
  const run = async () => {
    let more = false;
    try {
      more = await tick();
    } catch (error) {
      onError(error);
    }
    if (!stopped) timer = setTimeout(() => (current = run()), more ? 0 : intervalMs);
  };
  current = run();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
