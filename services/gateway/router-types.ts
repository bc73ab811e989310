// The router's types, checked once (ADR 0026). Emits declarations for `src/router.ts` and every workspace source
// it reaches (the gateway, each service, the packages they use) into generated/types/, laid out like the
// repository, so that `@duda/api-client` and every app read `AppRouter` from .d.ts files (not type-checked again,
// `skipLibCheck`) instead of type-checking ~900 service sources each. Bare imports of workspace packages
// (`@duda/service-org`) are rewritten to the emitted files: resolved from generated/types they would reach the
// packages' sources again. Imports of npm packages stay as they are and must resolve to the same files from
// generated/types as from the sources; the build fails naming any that does not.
//
//   pnpm --filter @duda/gateway types            once (turbo runs it before the apps' and api-client's typecheck)
//   pnpm --filter @duda/gateway types:watch      again after every change, for the editor (docs/testing.md)
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const outDir = path.join(here, 'generated/types');
const entry = path.join(here, 'src/router.ts');

const fail = (message: string): never => {
  throw new Error(`router-types: ${message}`);
};
const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => repo,
  getNewLine: () => '\n',
};

/**
 * Every workspace package's exports as `paths`, so that the declaration build reaches other packages' files by
 * their real location, never through a node_modules link: a type reached through the link can only be written
 * as `../node_modules/@duda/…/src/…`, which is not portable (TS2742), while a real path is, and is rewritten
 * below like every other workspace import.
 */
function workspacePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const group of ['apps', 'packages', 'services', 'infra']) {
    for (const folder of readdirSync(path.join(repo, group))) {
      const manifestFile = path.join(repo, group, folder, 'package.json');
      if (!existsSync(manifestFile)) continue;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { name?: string; exports?: unknown };
      if (!manifest.name || !manifest.exports) continue;
      const exportsMap = typeof manifest.exports === 'string' ? { '.': manifest.exports } : manifest.exports;
      for (const [key, target] of Object.entries(exportsMap as Record<string, unknown>)) {
        const file =
          typeof target === 'string' ? target : (target as Record<string, unknown> | null)?.['default'];
        if (typeof file !== 'string') continue;
        paths[manifest.name + key.slice(1)] = [path.join(repo, group, folder, file)];
      }
    }
  }
  return paths;
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(here, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.formatDiagnostic(d, formatHost)),
  });
  if (!parsed) return fail('cannot read tsconfig.json');
  return {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    // Go to definition from an app lands in the service's source, not in the emitted file.
    declarationMap: true,
    rootDir: repo,
    outDir,
    paths: workspacePaths(),
    // Where `paths` are relative to (they are absolute here); what a tsconfig.json file sets for itself.
    pathsBasePath: repo,
    incremental: false,
    composite: false,
  };
}

const options = compilerOptions();
/** How a consumer of the emitted files resolves: without the build's `paths`. */
const consumerOptions: ts.CompilerOptions = { ...options, paths: undefined, pathsBasePath: undefined };
const realpath = (file: string) => {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
};
const isWorkspaceFile = (file: string) =>
  file.startsWith(repo + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`);
const isTsSource = (file: string) => /\.(c|m)?tsx?$/.test(file) && !/\.d\.(c|m)?ts$/.test(file);
const emittedPath = (source: string) =>
  path.join(outDir, path.relative(repo, source)).replace(/\.(c|m)?tsx?$/, '.d.ts');
const specifierTo = (fromFile: string, target: string) => {
  const relative = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
};

/**
 * The workspace sources the router reaches. Files reached through a package name (node_modules) are not emitted
 * by TypeScript unless they are root files, so every workspace file found becomes one.
 */
function workspaceSources(host: ts.CompilerHost): string[] {
  let roots = [entry];
  for (;;) {
    const program = ts.createProgram({ rootNames: roots, options, host });
    const found = program
      .getSourceFiles()
      .map((file) => file.fileName)
      .filter((file) => isWorkspaceFile(file) && isTsSource(file));
    if (found.length === roots.length) return found;
    roots = found;
  }
}

interface Problems {
  unresolved: string[];
}

/** Rewrites the module specifiers of one emitted declaration file (imports, exports, `import("…")` types). */
function rewriteSpecifiers(problems: Problems): ts.TransformerFactory<ts.SourceFile | ts.Bundle> {
  const cache = ts.createModuleResolutionCache(repo, (file) => file, options);
  const consumerCache = ts.createModuleResolutionCache(repo, (file) => file, consumerOptions);
  const resolve = (specifier: string, fromFile: string) =>
    ts.resolveModuleName(specifier, fromFile, options, ts.sys, cache).resolvedModule;
  const resolveAsConsumer = (specifier: string, fromFile: string) =>
    ts.resolveModuleName(specifier, fromFile, consumerOptions, ts.sys, consumerCache).resolvedModule;
  const mapSpecifier = (specifier: string, source: string): string => {
    const resolved = resolve(specifier, source);
    if (!resolved) return specifier;
    const target = realpath(resolved.resolvedFileName);
    const out = emittedPath(source);
    if (isWorkspaceFile(target)) {
      // An emitted source: its .d.ts beside; a hand-written .d.ts or a JSON file: the original.
      if (isTsSource(target)) return specifierTo(out, emittedPath(target)).replace(/\.d\.ts$/, '.js');
      return specifierTo(out, target).replace(/\.d\.ts$/, '.js');
    }
    const fromOutput = resolveAsConsumer(specifier, out);
    if (!fromOutput || realpath(fromOutput.resolvedFileName) !== target) {
      problems.unresolved.push(
        `${specifier} (in ${path.relative(repo, source)}) resolves to another file from generated/types: ` +
          `add it to the gateway's dependencies`,
      );
    }
    return specifier;
  };
  const mapSpecifierOrBuiltin = (specifier: string, source: string): string => {
    // Node's own modules are declared by @types/node (ambient), not resolved to a file.
    if (isBuiltin(specifier)) return specifier;
    const resolved = resolve(specifier, source);
    if (resolved) return mapSpecifier(specifier, source);
    // Written by the declaration emitter for a package the source's own package does not list (tRPC's types,
    // reached through @duda/service-kit): it must resolve from the emitted file, through the gateway's.
    if (!resolveAsConsumer(specifier, emittedPath(source))) {
      problems.unresolved.push(`${specifier} (in ${path.relative(repo, source)}) does not resolve`);
    }
    return specifier;
  };

  return (context) => (root) => {
    if (!ts.isSourceFile(root)) return root;
    const source = root.fileName;
    const { factory } = context;
    const literal = (node: ts.StringLiteral) => {
      const mapped = mapSpecifierOrBuiltin(node.text, source);
      return mapped === node.text ? node : factory.createStringLiteral(mapped);
    };
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        return factory.updateImportDeclaration(
          node,
          node.modifiers,
          node.importClause,
          literal(node.moduleSpecifier),
          node.attributes,
        );
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        return factory.updateExportDeclaration(
          node,
          node.modifiers,
          node.isTypeOnly,
          node.exportClause,
          literal(node.moduleSpecifier),
          node.attributes,
        );
      }
      if (
        ts.isImportTypeNode(node) &&
        ts.isLiteralTypeNode(node.argument) &&
        ts.isStringLiteral(node.argument.literal)
      ) {
        const updated = factory.updateImportTypeNode(
          node,
          factory.updateLiteralTypeNode(node.argument, literal(node.argument.literal)),
          node.attributes,
          node.qualifier,
          node.typeArguments,
          node.isTypeOf,
        );
        return ts.visitEachChild(updated, visit, context);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitEachChild(root, visit, context);
  };
}

/** What a consumer of the emitted router loads: it must be declarations only, or nothing was gained. */
function sourcesBehindDeclarations(host: ts.CompilerHost): string[] {
  const program = ts.createProgram({
    rootNames: [emittedPath(entry)],
    options: { ...options, noEmit: true },
    host,
  });
  return program
    .getSourceFiles()
    .map((file) => file.fileName)
    .filter((file) => isWorkspaceFile(file) && isTsSource(file));
}

/**
 * Each emitted package folder gets a link to the package's own node_modules (and the tree's root to the
 * repository's), so an npm import in an emitted file resolves exactly as from the source it came from.
 */
function linkNodeModules(sources: string[]) {
  const packageRoots = new Set<string>([repo]);
  for (const source of sources) {
    let folder = path.dirname(source);
    while (folder.startsWith(repo) && !existsSync(path.join(folder, 'package.json')))
      folder = path.dirname(folder);
    packageRoots.add(folder);
  }
  for (const packageRoot of packageRoots) {
    const modules = path.join(packageRoot, 'node_modules');
    if (!existsSync(modules)) continue;
    const link = path.join(outDir, path.relative(repo, packageRoot), 'node_modules');
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.relative(path.dirname(link), modules), link);
  }
}

type Builder = ts.EmitAndSemanticDiagnosticsBuilderProgram;

/** One build; with `previous`, only the files a change affects are emitted again. */
function build(host: ts.CompilerHost, previous?: Builder): Builder {
  const started = performance.now();
  const roots = workspaceSources(host);
  const builder = ts.createEmitAndSemanticDiagnosticsBuilderProgram(roots, options, host, previous);
  if (!previous) {
    rmSync(outDir, { recursive: true, force: true });
    linkNodeModules(roots);
  }
  const problems: Problems = { unresolved: [] };
  const diagnostics: ts.Diagnostic[] = [
    ...builder.getConfigFileParsingDiagnostics(),
    ...builder.getOptionsDiagnostics(),
  ];
  let written = 0;
  const writeFile: ts.WriteFileCallback = (file, text) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    written += 1;
  };
  const transformers = { afterDeclarations: [rewriteSpecifiers(problems)] };
  for (;;) {
    const next = builder.emitNextAffectedFile(writeFile, undefined, true, transformers);
    if (!next) break;
    diagnostics.push(...next.result.diagnostics);
  }
  // A type error in a source is written to its declaration as `any`, and an app would then accept anything
  // from that procedure without a word: so the sources must be free of errors too (checked once, here).
  diagnostics.push(...builder.getSyntacticDiagnostics(), ...builder.getSemanticDiagnostics());
  if (diagnostics.length > 0) {
    const format = process.stderr.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
    console.error(format(diagnostics, formatHost));
    fail(
      `${diagnostics.length} error(s); a declaration error (TS2742, TS4023…) is fixed by an explicit, ` +
        'exported type on the named value',
    );
  }
  if (problems.unresolved.length > 0)
    fail(`imports that would not resolve:\n  ${[...new Set(problems.unresolved)].join('\n  ')}`);
  const leaks = sourcesBehindDeclarations(host);
  if (leaks.length > 0) fail(`the emitted router still reaches sources:\n  ${leaks.join('\n  ')}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.warn(
    `router-types: ${roots.length} sources, ${written} files written to ${path.relative(repo, outDir)} in ${seconds} s`,
  );
  return builder;
}

/** Keeps parsed files between builds (watch mode): only the changed ones are read again. */
function cachingHost(): { host: ts.CompilerHost; forget(file: string): void } {
  const host = ts.createCompilerHost(options);
  const parsed = new Map<string, ts.SourceFile>();
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) => {
    const known = parsed.get(file);
    if (known) return known;
    const sourceFile = read(file, language, onError, create);
    if (sourceFile) {
      // The builder tells changed files from unchanged ones by this version.
      (sourceFile as ts.SourceFile & { version: string }).version =
        ts.sys.createHash?.(sourceFile.text) ?? sourceFile.text;
      parsed.set(file, sourceFile);
    }
    return sourceFile;
  };
  return { host, forget: (file) => parsed.delete(file) };
}

const { host, forget } = cachingHost();
if (process.argv.includes('--watch')) {
  // Polls the sources' modification times: editors save by replacing the file, which file watchers lose track
  // of; a thousand stats a second cost nothing. A file a change newly imports is found by the rebuild itself.
  let builder: Builder | undefined;
  let seen = new Map<string, number>();
  const modified = (file: string) => {
    try {
      return statSync(file).mtimeMs;
    } catch {
      return -1;
    }
  };
  const rebuild = () => {
    try {
      builder = build(host, builder);
    } catch (error) {
      console.error((error as Error).message);
    }
    const sources = (builder?.getProgram().getSourceFiles() ?? [])
      .map((file) => file.fileName)
      .filter((file) => isWorkspaceFile(file) && isTsSource(file));
    seen = new Map(sources.map((file) => [file, modified(file)]));
  };
  rebuild();
  setInterval(() => {
    const changed = [...seen].filter(([file, time]) => modified(file) !== time).map(([file]) => file);
    if (changed.length === 0) return;
    changed.forEach(forget);
    rebuild();
  }, 1000);
  console.warn('router-types: watching the sources the router reaches');
} else {
  build(host);
}
