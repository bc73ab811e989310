import { useMediaQuery } from '@vueuse/core';
import { phoneMediaQuery } from '../tokens/index.ts';

/** True below the tablet breakpoint, where page patterns switch to their one-column phone layout. */
export function useIsPhone() {
  return useMediaQuery(phoneMediaQuery);
}
