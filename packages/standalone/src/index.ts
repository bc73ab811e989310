// `@duda/standalone`: one remote's pages without the shell, for the remote's own development server.
export { mountStandalone } from './mountStandalone.ts';
