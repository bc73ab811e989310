// How the figures page words a value: hours with one decimal, a share as a percentage with two, a dash for none.
export const repairHours = (minutes: number | null) => (minutes === null ? '—' : (minutes / 60).toFixed(1));
export const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(2)}%`);
