// "Read to the end" (读完): the reading page puts a marker after the article's last block and reports once when
// the marker comes into view. The observer is passed in so the rule can be tested without a browser.
import { onBeforeUnmount, watch, type Ref } from 'vue';

type ObserverFactory = (
  callback: IntersectionObserverCallback,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

const browserObserver: ObserverFactory = (callback) => new IntersectionObserver(callback, { threshold: 0.5 });

/**
 * Calls `reached` once, the first time `marker` is seen while `active()` is true (the article loaded and not yet
 * recorded as read).
 */
export function useReadToEnd(
  marker: Ref<HTMLElement | null | undefined>,
  active: () => boolean,
  reached: () => void,
  observe: ObserverFactory = browserObserver,
) {
  let done = false;
  let observer: ReturnType<ObserverFactory> | null = null;
  const stop = () => {
    observer?.disconnect();
    observer = null;
  };
  watch(
    [marker, active],
    ([element, on]) => {
      stop();
      if (!element || !on || done) return;
      observer = observe((entries) => {
        if (done || !entries.some((entry) => entry.isIntersecting)) return;
        done = true;
        stop();
        reached();
      });
      observer.observe(element);
    },
    { immediate: true, flush: 'post' },
  );
  onBeforeUnmount(stop);
}
