const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A span of time the way the dock says it: "3 d 4 h", "5 h", "under an hour". */
export function span(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < HOUR) return 'under an hour';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  if (days === 0) return `${hours} h`;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

export function waited(receivedAt: string, asOf: string): string {
  return span(Date.parse(asOf) - Date.parse(receivedAt));
}

/** "due in 2 d 3 h" or "OVERDUE by 5 h". */
export function deadlineWords(deadlineAt: string, asOf: string): string {
  const left = Date.parse(deadlineAt) - Date.parse(asOf);
  return left < 0 ? `OVERDUE by ${span(left)}` : `due in ${span(left)}`;
}

/** A stored ISO instant as the value of an <input type="datetime-local"> (this station's time zone). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local value means here, or null when it is empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (value === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** This station's offset from UTC now, as the import's default for a wipe machine's clock: "+01:00". */
export function stationOffset(): string {
  const minutes = -new Date().getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "+01:00" / "-05:30" / "Z" as minutes ahead of UTC, or null when it is not an offset. */
export function parseOffset(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === 'Z' || trimmed === '0') return 0;
  const match = /^([+-])(\d{1,2}):?(\d{2})$/.exec(trimmed);
  if (match === null || Number(match[3]) > 59) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (minutes > 14 * 60) return null;
  return match[1] === '-' ? -minutes : minutes;
}
