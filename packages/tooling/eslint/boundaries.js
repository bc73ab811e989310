// The import boundaries of the monorepo (ADR 0010), as lint rules so that crossing one fails `npm test`:
// - an app (apps/*) imports contracts and packages, never a service at run time: its code must not ship
//   server code nor freeze a service's rules into a bundle. The one exception is a type-only import of the
//   API's router type (`import type { AppRouter } from '@duda/gateway'`), which disappears at build time;
// - a package (packages/*) never imports a service either, with the same exception (the API client);
// - an app never imports Element Plus directly: the design system (@duda/ui) owns it and re-exports what
//   pages use, so its version, theme and locale are set in one place.
// A service is any package under services/, read from the workspace so a new area is covered without
// editing this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The public API; only its router type may be imported, and only as a type. */
export const API_PACKAGE = '@duda/gateway';

/** The names of the packages under services/ (the gateway and one service per area). */
export function servicePackages(root = workspaceRoot) {
  const servicesDir = path.join(root, 'services');
  return readdirSync(servicesDir, { withFileTypes: true })
    .map((entry) => path.join(servicesDir, entry.name, 'package.json'))
    .filter((manifest) => existsSync(manifest))
    .map((manifest) => JSON.parse(readFileSync(manifest, 'utf8')).name)
    .sort();
}

const serviceRestrictions = (services) =>
  services.map((name) => ({
    group: [name, `${name}/**`],
    allowTypeImports: name === API_PACKAGE,
    message:
      name === API_PACKAGE
        ? `Only the API's router type may come from ${API_PACKAGE}, as a type-only import (import type { AppRouter }).`
        : `${name} is a service: apps and packages import its contract (@duda/contract-<area>) instead.`,
  }));

const elementPlusRestriction = {
  group: ['element-plus', 'element-plus/**'],
  message: 'The design system owns Element Plus: import components and helpers from @duda/ui.',
};

/** Flat-config entries enforcing the boundaries; `root` is the workspace whose services/ are read. */
export function boundaries(root = workspaceRoot) {
  const services = serviceRestrictions(servicePackages(root));
  const rule = (patterns) => ({
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  });
  return [
    { files: ['packages/**/*.{ts,mts,js,mjs,vue}'], rules: rule(services) },
    { files: ['apps/**/*.{ts,mts,js,mjs,vue}'], rules: rule([...services, elementPlusRestriction]) },
  ];
}
