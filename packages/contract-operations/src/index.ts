// The Hall operations area's contract (运营保障): the equipment ledger (设施与设备台账).
export * from './devices.ts';
export * from './errors.ts';
export * from './faults.ts';
export * from './figures.ts';
export * from './maintenance.ts';
export * from './retirements.ts';
