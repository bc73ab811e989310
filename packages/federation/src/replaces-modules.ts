/** What makes a test file unfit to share its worker: it replaces a module or a global for itself alone. */
export const REPLACES_MODULES_OR_GLOBALS = /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/;
