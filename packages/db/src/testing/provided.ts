// What the global setup hands to every test file through Vitest's `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export {};
