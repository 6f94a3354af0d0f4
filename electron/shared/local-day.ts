/**
 * The calendar day (YYYY-MM-DD) of a timestamp on this PC's clock, which is what "updated on" means
 * to the person reading the report: Windows keeps an update's install day as local midnight, and in
 * Japan that instant falls on the day before in UTC. A date without a time is its own day.
 */
export function localDay(timestamp: string): string {
  if (!/T\d{2}:\d{2}/.test(timestamp)) return timestamp.slice(0, 10);
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return timestamp.slice(0, 10);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}
