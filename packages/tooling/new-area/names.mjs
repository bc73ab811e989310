// The names one area goes by, derived from its one-word key (`training`) so every generated file agrees.

const KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `exam-bank` → `examBank` / `ExamBank`; the key itself names folders, packages and the API prefix. */
export function areaNames(key) {
  if (!KEY.test(key)) {
    throw new Error(`area name "${key}" must be lower-case words joined by "-", e.g. "training" or "forms"`);
  }
  const camel = key.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return {
    key,
    camel,
    pascal: camel[0].toUpperCase() + camel.slice(1),
    /** PostgreSQL schema of the service: no dashes there. */
    schema: key.replace(/-/g, '_'),
    contract: `@duda/contract-${key}`,
    service: `@duda/service-${key}`,
    app: `@duda/app-${key}`,
  };
}
