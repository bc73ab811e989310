// The Performance area's contract (绩效考核).
export * from './errors.ts';
export * from './reviews.ts';
export * from './scoring.ts';
export * from './kpi-points.ts';
export * from './scoring-errors.ts';
export * from './library.ts';
export * from './library-errors.ts';
export * from './scorecards.ts';
export * from './scorecards-errors.ts';
export * from './appeals.ts';
export * from './appeals-errors.ts';
export * from './calibration.ts';
export * from './calibration-errors.ts';
export * from './hr-delivery.ts';
export * from './hr-delivery-errors.ts';
export * from './loop.ts';
export * from './loop-errors.ts';
