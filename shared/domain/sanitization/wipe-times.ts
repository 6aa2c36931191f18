/** How far a wipe machine's clock may run ahead of the station's before a finish time counts as "in the future". */
const CLOCK_SLACK_MS = 5 * 60_000;

/** Why a wipe's start and finish times cannot be true, in words; null when they can. */
export function timesProblem(startedAt: string, finishedAt: string, now: Date): string | null {
  const start = Date.parse(startedAt);
  const finish = Date.parse(finishedAt);
  if (Number.isNaN(start) || Number.isNaN(finish)) return 'The start or finish time is not a date and time.';
  if (finish < start) return `The wipe finishes (${finishedAt}) before it starts (${startedAt}).`;
  if (start > now.getTime() + CLOCK_SLACK_MS) return `The wipe starts in the future (${startedAt}); check the wipe machine's clock and its time zone.`;
  if (finish > now.getTime() + CLOCK_SLACK_MS) return `The wipe finishes in the future (${finishedAt}); check the wipe machine's clock and its time zone.`;
  return null;
}
