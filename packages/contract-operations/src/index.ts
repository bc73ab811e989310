// The Hall operations area's contract (运营保障).
export * from './entries.ts';
export * from './errors.ts';
