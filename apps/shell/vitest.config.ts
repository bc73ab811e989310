import { appVitestConfig } from '@duda/federation/presets';

// Files share their workers, but for those that replace a module, which run isolated (presets.ts).
export default appVitestConfig(
  'shell',
  // Run by Node as an external dependency, Element Plus gets async-validator's CommonJS build and every
  // form rule silently passes; through Vite (as in the browser bundle) validation works.
  { server: { deps: { inline: ['element-plus'] } } },
  import.meta.dirname,
);
