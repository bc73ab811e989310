import type { AnyProcedure, AnyRouter, inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type RecordOf<TRouter extends AnyRouter> = TRouter['_def']['record'];

/** Dotted paths of the procedures of one type ('query' or 'mutation'), e.g. 'inspection.plans.list'. */
type ProcedurePathsIn<Record, Type extends string, Prefix extends string = ''> = {
  [Key in keyof Record & string]: Record[Key] extends AnyProcedure
    ? Record[Key]['_def']['type'] extends Type
      ? `${Prefix}${Key}`
      : never
    : ProcedurePathsIn<Record[Key], Type, `${Prefix}${Key}.`>;
}[keyof Record & string];

/** Dotted paths of the routers (namespaces), e.g. 'inspection' and 'inspection.plans'. */
type RouterPathsIn<Record, Prefix extends string = ''> = {
  [Key in keyof Record & string]: Record[Key] extends AnyProcedure
    ? never
    : `${Prefix}${Key}` | RouterPathsIn<Record[Key], `${Prefix}${Key}.`>;
}[keyof Record & string];

export type QueryPath<TRouter extends AnyRouter> = ProcedurePathsIn<RecordOf<TRouter>, 'query'>;
export type MutationPath<TRouter extends AnyRouter> = ProcedurePathsIn<RecordOf<TRouter>, 'mutation'>;
/** What a query key can be derived from: a router (every query under it) or a query procedure. */
export type KeyPath<TRouter extends AnyRouter> = RouterPathsIn<RecordOf<TRouter>> | QueryPath<TRouter>;

type At<Tree, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof Tree
    ? At<Tree[Head], Rest>
    : never
  : Path extends keyof Tree
    ? Tree[Path]
    : never;

export type ProcedureInput<TRouter extends AnyRouter, Path extends string> = At<
  inferRouterInputs<TRouter>,
  Path
>;
export type ProcedureOutput<TRouter extends AnyRouter, Path extends string> = At<
  inferRouterOutputs<TRouter>,
  Path
>;

/** 'inspection.plans.list' → ['inspection', 'plans', 'list'] */
export type PathSegments<Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? [Head, ...PathSegments<Rest>]
  : [Path];

/** The key of a procedure's query with this input; without an input, the prefix of all its queries. */
export type ProcedureKey<Path extends string, Input = never> = [Input] extends [never]
  ? readonly [...PathSegments<Path>]
  : readonly [...PathSegments<Path>, Input];

/**
 * The TanStack Query key for a procedure path: its segments, then the input when there is one. Keys that
 * start with the path make invalidation a prefix match: `['inspection', 'plans']` reaches every plans query.
 */
export function keyOfPath(path: string, ...input: [] | [unknown]): readonly unknown[] {
  const segments = path.split('.');
  return input.length === 0 || input[0] === undefined ? segments : [...segments, input[0]];
}

/** `queryKeyOf` typed against a router: only paths the router has, inputs of the procedure's type. */
export interface QueryKeyOf<TRouter extends AnyRouter> {
  <Path extends KeyPath<TRouter>>(path: Path): ProcedureKey<Path>;
  <Path extends QueryPath<TRouter>>(
    path: Path,
    input: ProcedureInput<TRouter, Path>,
  ): ProcedureKey<Path, ProcedureInput<TRouter, Path>>;
}

export function queryKeysFor<TRouter extends AnyRouter>(): QueryKeyOf<TRouter> {
  return keyOfPath as QueryKeyOf<TRouter>;
}
