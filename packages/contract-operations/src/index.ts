// The Hall operations area's contract (运营保障): the equipment ledger (设施与设备台账), contingency plans, incidents and drills (应急预案与演练).
export * from './devices.ts';
export * from './drills.ts';
export * from './errors.ts';
export * from './faults.ts';
export * from './figures.ts';
export * from './incidents.ts';
export * from './maintenance.ts';
export * from './plans-errors.ts';
export * from './plans.ts';
export * from './queue-warnings.ts';
export * from './retirements.ts';
