/** Problems with a connector form, by field path (settings.url, settings.statusMap.received...), in words. */
export type FieldProblems = Readonly<Record<string, string>>;

/** Number fields: the schema's own message names a bound; people need the whole range. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  'settings.timeoutMs': 'Give a whole number of milliseconds from 500 to 120000.',
  'settings.maxBatch': 'Give a whole number of events from 1 to 500.',
  'settings.requestsPerMinute': 'Give a whole number from 1 to 100000, or leave it empty for no limit.',
};

const TEXT_WORDS: Readonly<Record<string, string>> = {
  name: 'Give the connector a name (up to 60 characters).',
  kind: 'Choose which central system this is.',
};

/** Mapping rows and conflict statuses: at most 120 characters each. */
const ROW_WORDS = 'At most 120 characters.';

/** One schema problem in words: the schema's own sentence where it wrote one (ID, address), else what the field takes. */
export function issueWords(path: string, message: string): string {
  const range = RANGE_WORDS[path] ?? TEXT_WORDS[path];
  if (range !== undefined) return range;
  if (/^settings\.(statusMap|fieldMap|conflictStatuses)\./.test(path)) return ROW_WORDS;
  if (path === 'settings.conflictStatuses') return 'At most 20 conflict statuses.';
  if (path.startsWith('settings.rt5.') && path !== 'settings.rt5.timeZone') return 'At most 200 characters.';
  return message;
}

/** The core's INVALID_INPUT details (path -> message) as field problems. */
export function problemsFromDetails(details: Readonly<Record<string, string | number | boolean | null>>): FieldProblems {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(details)) out[path] = issueWords(path, String(message));
  return out;
}

const PLACED = ['kind', 'id', 'name', 'settings.url', 'settings.timeoutMs', 'settings.maxBatch', 'settings.requestsPerMinute', 'settings.statusMap.', 'settings.fieldMap.', 'settings.conflictStatuses'];

/** Problems no field of the form shows (the form lists them under it instead), with what they concern. */
export function unplacedProblems(problems: FieldProblems, showsRt5: boolean): string[] {
  return Object.entries(problems)
    .filter(([path]) => !PLACED.some((placed) => path === placed || (placed.endsWith('.') && path.startsWith(placed)) || path.startsWith(`${placed}.`)))
    .filter(([path]) => !(showsRt5 && path.startsWith('settings.rt5.')))
    .map(([path, words]) => `${path}: ${words}`);
}
