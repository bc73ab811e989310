// Field names checked against the Kubernetes API types, as `kubectl apply`'s strict field validation does on
// the server: the JSON schemas say nothing against extra properties, so a misspelt field (`readinesProbe`)
// passes them and is simply dropped. The types are kubernetes-models' own declarations (generated from the
// same OpenAPI document), read with the TypeScript compiler.
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type { KubeObject } from './manifests.ts';

const require = createRequire(import.meta.url);
const modelsDir = path.dirname(require.resolve('kubernetes-models/package.json'));

/** The declaration file of a kind: `apps/v1` `Deployment` → `apps/v1/Deployment.d.ts`; core `v1` → `v1/…`. */
const declarationOf = (apiVersion: string, kind: string) => path.join(modelsDir, apiVersion, `${kind}.d.ts`);

export function createFieldChecker(kinds: { apiVersion: string; kind: string }[]) {
  const files = [...new Set(kinds.map((k) => declarationOf(k.apiVersion, k.kind)))];
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    // Arrays are all the declarations need from the standard library.
    lib: ['lib.es5.d.ts'],
    types: [],
  });
  const checker = program.getTypeChecker();

  function interfaceOf(apiVersion: string, kind: string): ts.Type | undefined {
    const source = program.getSourceFile(declarationOf(apiVersion, kind));
    const declaration = source?.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === `I${kind}`,
    );
    return declaration && checker.getTypeAtLocation(declaration);
  }

  function walk(value: unknown, type: ts.Type, at: string, problems: string[]) {
    const type_ = checker.getNonNullableType(type);
    if (Array.isArray(value)) {
      const element = checker.isArrayType(type_)
        ? checker.getTypeArguments(type_ as ts.TypeReference)[0]
        : undefined;
      if (element) value.forEach((item, i) => walk(item, element, `${at}[${i}]`, problems));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    // Only plain object types are checked; a union (int-or-string, say) holds no fields to check.
    if (type_.isUnion() || !(type_.flags & ts.TypeFlags.Object)) return;
    const index = checker.getIndexInfoOfType(type_, ts.IndexKind.String);
    for (const [key, child] of Object.entries(value)) {
      const property = type_.getProperty(key);
      if (property) walk(child, checker.getTypeOfSymbol(property), `${at}.${key}`, problems);
      else if (index) walk(child, index.type, `${at}.${key}`, problems);
      else problems.push(`${at}.${key}: no such field`);
    }
  }

  /** The misspelt or misplaced fields of `object`, each by its path. */
  return (object: KubeObject): string[] => {
    const type = interfaceOf(object.apiVersion, object.kind);
    if (!type) return [`no type for ${object.apiVersion} ${object.kind}`];
    const problems: string[] = [];
    walk(object, type, `${object.kind}/${object.metadata.name}`, problems);
    return problems;
  };
}
