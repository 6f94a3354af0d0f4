/**
 * How many finished checks to announce: 0 (the start), each quarter, and the end. A live region
 * that spoke after each of some thirty checks would drown the screen reader's other speech.
 */
export function progressMilestone(done: number, total: number): number {
  if (total <= 0 || done <= 0) return 0;
  if (done >= total) return total;
  return Math.ceil((Math.floor((done * 4) / total) * total) / 4);
}
