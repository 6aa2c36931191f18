import type { Prng } from '../../support/prng';

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat(Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i)));
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff', '\u00ad', '\u061c', '\u180e', '\u2060'];
const EMOJI = ['📦', '💻', '🔥', '👩🏽‍💻', '🏳️‍🌈', '🇩🇪', '❤️', '🧪', '\u{1f600}', '\u{e0041}'];
const SQL = [
  "' OR 1=1 --",
  "IT-000101'; DROP TABLE custody_events; --",
  '" OR ""="',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  "'); DELETE FROM outbox; --",
  'UNION SELECT pin_hash FROM technicians',
  '*/ SELECT 1 /*',
];
const GS1 = [
  ']C1',
  ']C10',
  ']d2',
  ']Q3\u001d',
  '(01)',
  '(01)123',
  '(21)',
  '(01)09506000134352(21)',
  '(01)09506000134353(21)ABC',
  '(99)x(21)y',
  '((01))',
  '(01)09506000134352(21)' + 'X'.repeat(30),
  '0109506000134352\u001d21',
  '\u001d\u001d\u001d',
  ']d2\u001d01',
  '01095060001343522',
  '(00)123456789012345678(21)S',
  ']C1(21)💻',
  '(21)\u202eSERIAL',
];
const WORDS = ['IT-000101', 'SN-ABC-123', 'PF3ABC12', 'it-000102', '09506000134352', 'ІТ-000101', 'ＩＴ－０００１０１', 'e\u0301', 'ß', 'İ', '\ud800', '\udfff', 'x\u0000y'];

function randomCodePoint(random: Prng): string {
  const planes = [0x7f, 0x800, 0xffff, 0x10ffff];
  const max = random.pick(planes);
  return String.fromCodePoint(random.int(max + 1));
}

function piece(random: Prng): string {
  switch (random.int(8)) {
    case 0:
      return random.pick(CONTROL);
    case 1:
      return random.pick(INVISIBLE);
    case 2:
      return random.pick(EMOJI);
    case 3:
      return random.pick(SQL);
    case 4:
      return random.pick(GS1);
    case 5:
      return random.pick(WORDS);
    case 6:
      return randomCodePoint(random);
    default:
      return String(random.int(1_000_000_000));
  }
}

/** One hostile string: pieces of the lists above glued together, now and then padded out to 100 KB and beyond. */
export function hostileString(random: Prng): string {
  const parts = Array.from({ length: 1 + random.int(6) }, () => piece(random));
  const text = parts.join(random.pick(['', ' ', '\t', '\u001d', '\r\n']));
  const size = random.int(40);
  if (size === 0) return text.repeat(Math.ceil(100_000 / Math.max(1, text.length))).slice(0, 100_000);
  if (size === 1) return `${text}${'9'.repeat(100_001)}`;
  return text;
}

/** The fixed cases every run tries first. */
export const HOSTILE_CASES: readonly string[] = [
  '',
  ' ',
  '\r\n',
  ...CONTROL,
  ...INVISIBLE,
  ...EMOJI,
  ...SQL,
  ...GS1,
  ...WORDS,
  'A'.repeat(100_000),
  'A'.repeat(100_001),
  '\u202e'.repeat(100_000),
  '𝕏'.repeat(50_000),
];
