/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartPalette, colors, phoneMediaQuery, radius, space, statusColors, typography } from './index.ts';

const sourceDir = join(import.meta.dirname, '..');
const readSource = (path: string) => readFileSync(join(sourceDir, path), 'utf8');

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function expectedVariables(): Record<string, string> {
  return {
    ...Object.fromEntries(
      Object.entries(colors).map(([key, value]) => [`--duda-color-${kebab(key)}`, value]),
    ),
    ...Object.fromEntries(
      Object.entries(statusColors).map(([key, value]) => [`--duda-status-${key}`, value]),
    ),
    ...Object.fromEntries(chartPalette.map((value, index) => [`--duda-chart-${index + 1}`, value])),
    ...Object.fromEntries(space.map((value, index) => [`--duda-space-${index}`, `${value}px`])),
    ...Object.fromEntries(Object.entries(radius).map(([key, value]) => [`--duda-radius-${key}`, value])),
    '--duda-font-family': typography.fontFamily,
    ...Object.fromEntries(
      Object.entries(typography.fontSize).map(([key, value]) => [`--duda-font-size-${key}`, value]),
    ),
    '--duda-line-height': String(typography.lineHeight),
  };
}

function declaredVariables(css: string): Record<string, string> {
  const declarations = css.matchAll(/(--duda-[\w-]+):\s*([^;]+);/g);
  return Object.fromEntries(
    [...declarations].map(([, name, value]) => [
      name!,
      value!.replace(/\s+/g, ' ').replaceAll("'", '"').trim(),
    ]),
  );
}

describe('design tokens', () => {
  it('tokens.css declares exactly the values of the TypeScript tokens', () => {
    const expected = Object.fromEntries(
      Object.entries(expectedVariables()).map(([name, value]) => [name, value.replaceAll("'", '"')]),
    );
    expect(declaredVariables(readSource('styles/tokens.css'))).toEqual(expected);
  });

  it('component stylesheets switch to the phone layout at the same width as useIsPhone', () => {
    const stylesheets = readdirSync(join(sourceDir, 'components'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.vue'))
      .map((path) => readSource(`components/${path}`));
    const mediaQueries = stylesheets.flatMap((source) =>
      [...source.matchAll(/@media ([^{]+)\{/g)].map(([, query]) => query!.trim()),
    );
    expect(mediaQueries.length).toBeGreaterThan(0);
    expect(new Set(mediaQueries)).toEqual(new Set([phoneMediaQuery]));
  });
});
