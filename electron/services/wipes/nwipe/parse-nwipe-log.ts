/**
 * Reads the log file nwipe writes (--logfile): its options, each drive it found and wiped, the error
 * and drive-status summary tables, and how the run ended. Times are nwipe's local clock, as written
 * ("2026/11/21 21:52:38"): the log carries no time zone. Nothing here is guessed: a field the log does
 * not give is null.
 */

/** A local time as nwipe writes it, in its parts. */
export interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export type NwipeDriveStatus = 'erased' | 'failed' | 'aborted' | 'insanity' | 'unknown';
export type NwipeVerify = 'off' | 'last' | 'all';
export type NwipeRunEnd = 'completed' | 'aborted' | 'errors';

export interface NwipeErrors {
  readonly pass: number;
  readonly verify: number;
  readonly fdatasync: number;
}

export interface NwipeDrive {
  /** e.g. /dev/sda */
  readonly device: string;
  /** nwipe's bus or device type: ATA, NVME, USB, VIRT, MMC, SAS... */
  readonly bus: string | null;
  readonly model: string | null;
  readonly size: string | null;
  /** null when the log gives none, or only an unreadable or anonymised one. */
  readonly serial: string | null;
  readonly status: NwipeDriveStatus;
  readonly errors: NwipeErrors | null;
  readonly verifiedEmpty: boolean;
  readonly startedAt: LocalTime | null;
  readonly finishedAt: LocalTime | null;
  /** The error and fatal lines about this drive (or, with one drive, about the run). */
  readonly problems: readonly string[];
}

export interface NwipeLog {
  readonly version: string | null;
  readonly method: string | null;
  readonly prng: string | null;
  readonly rounds: number | null;
  readonly verify: NwipeVerify | null;
  readonly blank: boolean | null;
  readonly end: NwipeRunEnd;
  readonly endedAt: LocalTime | null;
  readonly drives: readonly NwipeDrive[];
}

export type NwipeParse =
  | { readonly ok: true; readonly log: NwipeLog }
  | { readonly ok: false; readonly problem: 'not-nwipe' | 'truncated' | 'no-wipe'; readonly reason: string };

const STAMPED = /^\[(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})\]\s*(.*)$/;
const LEVELLED = /^\s*(notice|info|warning|error|fatal|debug|sanity|nomem|nonl|notimestamp)\s*:\s?(.*)$/;
const OPTION = /^\s+(\w+)\s+=\s+(.*)$/;
const FOUND = /^Found (\/\S+), ([^,]*), (.*), \s*([\d.]+ ?[KMGTPE]?i?B), S\/N=(.*)$/;
const INVOKING = /^Invoking method '(.+)' on (\/\S+)/;
const VERIFIED = /^\[SUCCESS\] Verified that (\/\S+) is empty/;
const EXITED_WITH_ERRORS_ON = /Nwipe exited with errors on device = (\/\S+?)[,\s]/;
const ERROR_ROW = /^(!?)\s*(\S+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*$/;
const STATUS_ROW = /^(!?)\s*(\S+)\s*\|\s*(Erased|-FAILED-|UABORTED|INSANITY)\s*\|[^|]*\|\s*\d\d:\d\d:\d\d\s*\|/;
const TOTAL = /Total Throughput .*, (.+), (\d+)R\+(N?B)\+(NV|VL|VA)\s*$/;
const PRINTABLE_SERIAL = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const ANONYMISED = /^(X+|\?+)$/;

interface Line {
  readonly at: LocalTime | null;
  readonly level: string | null;
  readonly text: string;
}

function readLine(raw: string): Line {
  const stamped = STAMPED.exec(raw);
  if (stamped === null) return { at: null, level: null, text: raw };
  const [, y, mo, d, h, mi, s, rest = ''] = stamped;
  const at = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s) };
  const levelled = LEVELLED.exec(rest);
  return levelled === null ? { at, level: null, text: rest } : { at, level: levelled[1] ?? null, text: levelled[2] ?? '' };
}

function serialFrom(raw: string): string | null {
  const value = raw.trim();
  if (value.length < 2 || !PRINTABLE_SERIAL.test(value) || ANONYMISED.test(value)) return null;
  return value;
}

const baseName = (device: string): string => device.slice(device.lastIndexOf('/') + 1);

const STATUS_WORDS: Readonly<Record<string, NwipeDriveStatus>> = { Erased: 'erased', '-FAILED-': 'failed', UABORTED: 'aborted', INSANITY: 'insanity' };

interface DriveDraft {
  device: string;
  bus: string | null;
  model: string | null;
  size: string | null;
  serial: string | null;
  wiped: boolean;
  status: NwipeDriveStatus | null;
  errors: NwipeErrors | null;
  verifiedEmpty: boolean;
  exitedWithErrors: boolean;
  startedAt: LocalTime | null;
  finishedAt: LocalTime | null;
  problems: string[];
}

function draft(device: string): DriveDraft {
  return { device, bus: null, model: null, size: null, serial: null, wiped: false, status: null, errors: null, verifiedEmpty: false, exitedWithErrors: false, startedAt: null, finishedAt: null, problems: [] };
}

function looksBinary(text: string): boolean {
  return text.slice(0, 4096).includes('\u0000');
}

function verifyFrom(value: string): NwipeVerify | null {
  const n = /^(\d)/.exec(value)?.[1];
  return n === '0' ? 'off' : n === '1' ? 'last' : n === '2' ? 'all' : null;
}

function finalStatus(d: DriveDraft, end: NwipeRunEnd): NwipeDriveStatus {
  if (d.status !== null) return d.status;
  if (d.errors !== null && d.errors.pass + d.errors.verify + d.errors.fdatasync > 0) return 'failed';
  if (d.exitedWithErrors) return 'failed';
  if (end === 'aborted') return 'aborted';
  return 'unknown';
}

/** Parses an nwipe log, or says why it cannot be read as one (not nwipe's, cut short, or no wipe in it). */
export function parseNwipeLog(text: string): NwipeParse {
  if (looksBinary(text)) return { ok: false, problem: 'not-nwipe', reason: 'The file holds binary data, not a text log.' };
  const lines = text.split(/\r?\n/).map(readLine);
  const options = new Map<string, string>();
  const drives = new Map<string, DriveDraft>();
  const unattributed: string[] = [];
  const driveFor = (device: string): DriveDraft => {
    const known = drives.get(device) ?? draft(device);
    drives.set(device, known);
    return known;
  };
  const byBase = (name: string): DriveDraft | undefined => [...drives.values()].find((d) => baseName(d.device) === name);
  let section: 'log' | 'errors' | 'status' = 'log';
  let end: NwipeRunEnd | null = null;
  let endedAt: LocalTime | null = null;
  let summarySeen = false;
  let stampedLines = 0;
  let total: RegExpExecArray | null = null;

  for (const line of lines) {
    if (line.at !== null) stampedLines += 1;
    const text = line.text;
    if (text.includes('Error Summary')) {
      section = 'errors';
      summarySeen = true;
      continue;
    }
    if (text.includes('Drive Status')) {
      section = 'status';
      continue;
    }
    if (section === 'errors') {
      const row = ERROR_ROW.exec(text);
      const drive = row === null ? undefined : byBase(row[2] ?? '');
      if (row !== null && drive !== undefined) drive.errors = { pass: Number(row[3]), verify: Number(row[4]), fdatasync: Number(row[5]) };
    }
    if (section === 'status') {
      const row = STATUS_ROW.exec(text);
      const drive = row === null ? undefined : byBase(row[2] ?? '');
      if (row !== null && drive !== undefined) drive.status = STATUS_WORDS[row[3] ?? ''] ?? 'unknown';
      total ??= TOTAL.exec(text);
    }
    if (line.at === null) continue;
    if (/Nwipe successfully completed/.test(text)) [end, endedAt] = ['completed', line.at];
    else if (/Nwipe was aborted by the user/.test(text)) [end, endedAt] = ['aborted', line.at];
    else if (/Nwipe exited with errors, check the log/.test(text)) [end, endedAt] = ['errors', line.at];
    if (section !== 'log') continue;
    const option = OPTION.exec(text);
    if (option !== null && line.level === 'notice') options.set(option[1] ?? '', (option[2] ?? '').trim());
    const found = FOUND.exec(text);
    if (found !== null) {
      const d = driveFor(found[1] ?? '');
      d.bus = (found[2] ?? '').trim() || null;
      d.model = (found[3] ?? '').trim() || null;
      d.size = (found[4] ?? '').trim() || null;
      d.serial = serialFrom(found[5] ?? '');
      continue;
    }
    const invoking = INVOKING.exec(text);
    if (invoking !== null) {
      const d = driveFor(invoking[2] ?? '');
      d.wiped = true;
      d.startedAt ??= line.at;
    }
    const verified = VERIFIED.exec(text);
    if (verified !== null) driveFor(verified[1] ?? '').verifiedEmpty = true;
    const exited = EXITED_WITH_ERRORS_ON.exec(`${text} `);
    if (exited !== null) driveFor(exited[1] ?? '').exitedWithErrors = true;
    const mentioned = [...drives.values()].filter((d) => d.wiped && (text.includes(`${d.device} `) || text.endsWith(d.device) || text.includes(`${d.device}'`) || text.includes(`${d.device},`) || text.includes(`${d.device}.`)));
    for (const d of mentioned) d.finishedAt = line.at;
    if (line.level === 'error' || line.level === 'fatal') {
      if (mentioned.length === 0) unattributed.push(text.trim());
      for (const d of mentioned) d.problems.push(text.trim());
    }
  }

  const banner = options.get('banner') ?? null;
  const isNwipe = stampedLines > 0 && (banner?.startsWith('nwipe') === true || summarySeen || end !== null || drives.size > 0);
  if (!isNwipe) return { ok: false, problem: 'not-nwipe', reason: 'No line of it reads like nwipe\u2019s log (no nwipe banner, drive list or summary).' };
  if (!summarySeen || end === null) {
    return { ok: false, problem: 'truncated', reason: `The log stops after ${lines.filter((l) => l.text.trim() !== '').length} lines, before nwipe's summary and its final line.` };
  }
  const wiped = [...drives.values()].filter((d) => d.wiped || d.errors !== null || d.status !== null);
  if (wiped.length === 0) return { ok: false, problem: 'no-wipe', reason: 'nwipe ended without starting a wipe on any drive.' };
  const runEnd = end;
  const drivesOut: NwipeDrive[] = wiped.map((d) => ({
    device: d.device,
    bus: d.bus,
    model: d.model,
    size: d.size,
    serial: d.serial,
    status: finalStatus(d, runEnd),
    errors: d.errors,
    verifiedEmpty: d.verifiedEmpty,
    startedAt: d.startedAt,
    // An erased drive finished with its last line; a failed or aborted one when nwipe stopped.
    finishedAt: finalStatus(d, runEnd) === 'erased' ? (d.finishedAt ?? endedAt) : (endedAt ?? d.finishedAt),
    problems: wiped.length === 1 ? [...unattributed, ...d.problems] : d.problems,
  }));
  const versionMatch = /^nwipe\s+(\S+)/.exec(banner ?? '');
  const rounds = Number(options.get('rounds') ?? total?.[2] ?? Number.NaN);
  return {
    ok: true,
    log: {
      version: versionMatch?.[1] ?? null,
      method: options.get('method') ?? total?.[1]?.trim() ?? null,
      prng: options.get('prng') ?? null,
      rounds: Number.isInteger(rounds) ? rounds : null,
      verify: verifyFrom(options.get('verify') ?? '') ?? (total === null ? null : ({ NV: 'off', VL: 'last', VA: 'all' } as const)[total[4] as 'NV' | 'VL' | 'VA']),
      blank: total === null ? (options.has('noblank') ? options.get('noblank')?.startsWith('0') === true : null) : total[3] === 'B',
      end: runEnd,
      endedAt,
      drives: drivesOut,
    },
  };
}
