// Types of ship-alone.mjs (plain JavaScript, so `pnpm new-area` runs without a TypeScript loader).
type AreaNames = { key: string; camel: string; service: string };
export function shipAloneSteps(n: AreaNames, port: number): { file: string; anchor: string; todo: string }[];
export function shipAloneChecklist(n: AreaNames, port: number): string;
