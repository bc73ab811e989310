/** A China-time hour of a calendar day, as an instant. */
export const at = (date: string, hour: number) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
