// What the global setup hands to every test file through Vitest's `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** Names this run's content templates (template.ts), so a shared server never hands one to another run. */
    testRunId: string;
  }
}

export {};
