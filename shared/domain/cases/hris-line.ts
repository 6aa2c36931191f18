import { dayNumber, isoOfDay } from './business-days';
import { isEmailAddress } from './email-address';
import type { Separation } from './separation';
import { EMPLOYEE_TYPES, WORK_LOCATIONS, type EmployeeType, type WorkLocation } from './vocabulary';

/** How far from today a separation date may lie before the line is refused as a likely typo. */
export const PAST_DAYS_ALLOWED = 60;
export const FUTURE_DAYS_ALLOWED = 180;
export const MAX_ASSETS_PER_CASE = 200;

/** An inventory asset a line names, as the import sees it. */
export type AssetMatch =
  | { readonly kind: 'found'; readonly assetId: string; readonly label: string; readonly openCase: string | null }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ambiguous' };

export interface LineContext {
  readonly today: number;
  findAsset(identifier: string): AssetMatch;
  /** The case number of this employee's open case, if any. */
  openCaseOf(employeeId: string): string | null;
}

/** A case as one accepted line describes it. */
export interface NewCase extends Separation {
  readonly assets: readonly { readonly assetId: string; readonly label: string }[];
  readonly licences: readonly string[];
}

export type LineVerdict =
  | { readonly line: number; readonly employeeId: string; readonly accepted: true; readonly newCase: NewCase; readonly reasons: readonly [] }
  | { readonly line: number; readonly employeeId: string; readonly accepted: false; readonly reasons: readonly string[] };

type Raw = Readonly<Record<string, unknown>>;

const KEYS: Readonly<Record<string, readonly string[]>> = {
  employeeId: ['employee_id', 'employeeid', 'employee id'],
  employeeName: ['employee_name', 'employeename', 'name', 'employee name'],
  manager: ['manager', 'manager_name', 'manager_email'],
  employeeEmail: ['employee_email', 'employeeemail', 'employee email', 'employee_e_mail', 'email'],
  employeeType: ['employee_type', 'employeetype', 'type', 'employment_type'],
  location: ['location', 'location_type', 'locationtype', 'work_location'],
  shippingAddress: ['shipping_address', 'shippingaddress', 'address'],
  separationDate: ['separation_date', 'separationdate', 'last_day'],
  confirmed: ['separation_confirmed', 'separationconfirmed', 'confirmed', 'status'],
  assets: ['assets', 'asset_list', 'assetlist'],
  licences: ['licences', 'licenses', 'software_licences', 'software_licenses'],
};

/** A field by any of its spellings (keys compared without case). */
function field(raw: Raw, name: keyof typeof KEYS): unknown {
  const wanted = KEYS[name] ?? [];
  for (const [key, value] of Object.entries(raw)) if (wanted.includes(key.trim().toLowerCase())) return value;
  return undefined;
}

const text = (value: unknown, max: number): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim().slice(0, max) : '');

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map((v) => text(v, 120)) : text(value, 20_000).split(/[;|\n]/);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

const TYPE_SPELLINGS: Readonly<Record<string, EmployeeType>> = {
  'full-time': 'full-time',
  'full time': 'full-time',
  fulltime: 'full-time',
  permanent: 'full-time',
  contractor: 'contractor',
  contract: 'contractor',
  temporary: 'temporary',
  temp: 'temporary',
};

function employeeTypeOf(value: unknown): { readonly type: EmployeeType | null; readonly said: string } {
  const said = text(value, 40);
  return { type: TYPE_SPELLINGS[said.toLowerCase()] ?? null, said: said === '' ? '(none given)' : said };
}

function locationOf(value: unknown): WorkLocation | null {
  const said = text(value, 40).toLowerCase().replace(/[\s_]+/g, '-');
  if (said === 'onsite' || said === 'office') return 'on-site';
  return WORK_LOCATIONS.find((l) => l === said) ?? null;
}

const CONFIRMED = new Set(['true', 'yes', 'y', '1', 'confirmed']);
const confirmedOf = (value: unknown): boolean => value === true || CONFIRMED.has(text(value, 20).toLowerCase());

/** The reason a date is not read, in words, or the day number. */
function separationDayOf(value: unknown): number | string {
  const said = text(value, 40);
  if (said === '') return 'No separation date';
  const day = dayNumber(said);
  if (day !== null) return day;
  if (/^\d{4}-\d{2}-\d{2}T/.test(said)) return `Separation date "${said}" carries a time: give the date alone as YYYY-MM-DD`;
  const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(said);
  if (slashed !== null) {
    return `Separation date "${said}" is not in YYYY-MM-DD: ${slashed[1]}/${slashed[2]} could be day/month or month/day, so it is not guessed`;
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(said)) return `Separation date "${said}" is not a real calendar date`;
  return `Separation date "${said}" is not a date in YYYY-MM-DD`;
}

function dateProblems(day: number | string, ctx: LineContext): string[] {
  if (typeof day === 'string') return [day];
  if (day < ctx.today - PAST_DAYS_ALLOWED) return [`Separation date ${isoOfDay(day)} is more than ${PAST_DAYS_ALLOWED} days in the past: check it with HR`];
  if (day > ctx.today + FUTURE_DAYS_ALLOWED) return [`Separation date ${isoOfDay(day)} is more than ${FUTURE_DAYS_ALLOWED} days ahead: check it with HR`];
  return [];
}

function assetProblems(identifiers: readonly string[], ctx: LineContext, found: { assetId: string; label: string }[]): string[] {
  const problems: string[] = [];
  if (identifiers.length > MAX_ASSETS_PER_CASE) return [`Lists ${identifiers.length} assets: at most ${MAX_ASSETS_PER_CASE} on one case`];
  const seen = new Set<string>();
  for (const identifier of identifiers) {
    const match = ctx.findAsset(identifier);
    if (match.kind === 'unknown') problems.push(`Asset ${identifier} is not in the inventory`);
    else if (match.kind === 'ambiguous') problems.push(`Asset ${identifier} matches more than one device: use its asset tag`);
    else if (match.openCase !== null) problems.push(`Asset ${identifier} is already on open case ${match.openCase}`);
    else if (seen.has(match.assetId)) problems.push(`Asset ${identifier} is listed twice`);
    else {
      seen.add(match.assetId);
      found.push({ assetId: match.assetId, label: match.label });
    }
  }
  return problems;
}

/**
 * Reads one line of an HRIS export and accepts or refuses it, with every reason in words. `earlier`
 * maps each employee ID already seen in the file to its line, so a duplicate is refused.
 */
export interface EarlierLines {
  /** Employee ID (lower case) -> the line that first named it. */
  readonly employees: ReadonlyMap<string, number>;
  /** Asset id -> the accepted line that holds it. */
  readonly assets: ReadonlyMap<string, number>;
}

export function checkLine(raw: Raw, line: number, ctx: LineContext, earlier: EarlierLines): LineVerdict {
  const employeeId = text(field(raw, 'employeeId'), 64);
  const reasons: string[] = [];
  if (employeeId === '') reasons.push('No employee ID');
  const seenAt = earlier.employees.get(employeeId.toLowerCase());
  if (employeeId !== '' && seenAt !== undefined) reasons.push(`Employee ${employeeId} is already on line ${seenAt} of this file`);
  const open = employeeId === '' ? null : ctx.openCaseOf(employeeId);
  if (open !== null) reasons.push(`Employee ${employeeId} already has open case ${open}`);
  const employeeType = employeeTypeOf(field(raw, 'employeeType'));
  if (employeeType.type === null) reasons.push(`Unknown employee type "${employeeType.said}": ${EMPLOYEE_TYPES.join(', ')}`);
  const location = locationOf(field(raw, 'location'));
  if (location === null) reasons.push(`Unknown location "${text(field(raw, 'location'), 40)}": on-site or remote`);
  const shippingAddress = text(field(raw, 'shippingAddress'), 400);
  if (location === 'remote' && shippingAddress === '') reasons.push('A remote employee needs a shipping address for the return kit');
  const employeeEmail = text(field(raw, 'employeeEmail'), 254);
  if (employeeEmail !== '' && !isEmailAddress(employeeEmail)) reasons.push(`Employee e-mail "${employeeEmail}" is not an e-mail address such as name@example.com`);
  const day = separationDayOf(field(raw, 'separationDate'));
  reasons.push(...dateProblems(day, ctx));
  if (!confirmedOf(field(raw, 'confirmed'))) reasons.push('The separation date is not confirmed: no case is opened until HR confirms it');
  const assets: { assetId: string; label: string }[] = [];
  reasons.push(...assetProblems(list(field(raw, 'assets')), ctx, assets));
  for (const a of assets) {
    const holder = earlier.assets.get(a.assetId);
    if (holder !== undefined) reasons.push(`Asset ${a.label} is already on line ${holder} of this file`);
  }
  const licences = [...new Set(list(field(raw, 'licences')).map((l) => l.slice(0, 120)))];
  if (assets.length === 0 && licences.length === 0 && reasons.length === 0) reasons.push('Lists no assets and no licences: nothing to recover');
  if (reasons.length > 0 || typeof day === 'string' || location === null || employeeType.type === null) return { line, employeeId, accepted: false, reasons };
  const newCase: NewCase = {
    employeeId,
    employeeName: text(field(raw, 'employeeName'), 120),
    manager: text(field(raw, 'manager'), 120),
    employeeEmail,
    employeeType: employeeType.type,
    location,
    shippingAddress,
    separationDate: isoOfDay(day),
    assets,
    licences,
  };
  return { line, employeeId, accepted: true, newCase, reasons: [] };
}

/** Checks every line of a file in order (duplicates refer to the first line that named the employee). */
export function checkLines(records: readonly Raw[], firstLine: number, ctx: LineContext): LineVerdict[] {
  const employees = new Map<string, number>();
  const assets = new Map<string, number>();
  return records.map((raw, i) => {
    const line = firstLine + i;
    const verdict = checkLine(raw, line, ctx, { employees, assets });
    const key = verdict.employeeId.toLowerCase();
    if (key !== '' && !employees.has(key)) employees.set(key, line);
    if (verdict.accepted) for (const a of verdict.newCase.assets) assets.set(a.assetId, line);
    return verdict;
  });
}
