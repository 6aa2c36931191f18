/** GS1 element strings (GS1-128, GS1 DataMatrix / QR): just enough to pull GTIN (01) and serial (21). */

const GS = '\u001d';

/** Fixed-length AIs and their data length; any other AI listed here is variable length ending at GS. */
const FIXED: Readonly<Record<string, number>> = { '00': 18, '01': 14, '02': 14, '11': 6, '12': 6, '13': 6, '15': 6, '16': 6, '17': 6, '20': 2 };
const VARIABLE: Readonly<Record<string, number>> = { '10': 20, '21': 20, '22': 20, '240': 30, '241': 30, '250': 30, '251': 30, '400': 30, '90': 30 };

/** GS1 AI encodable character set 82: all a variable-length element such as a serial (21) may hold. */
const CSET82 = /^[!"%-?A-Z_a-z]+$/;

/** Fixed-length elements are all digits of exactly their length; variable ones 1..max characters of CSet 82. */
function validElement(ai: string, value: string): boolean {
  const fixed = FIXED[ai];
  if (fixed !== undefined) return value.length === fixed && /^\d+$/.test(value);
  const max = VARIABLE[ai];
  return max !== undefined && value.length <= max && CSET82.test(value);
}

export interface Gs1Elements {
  readonly gtin?: string;
  readonly serial?: string;
  readonly elements: Readonly<Record<string, string>>;
}

export function gtinCheckDigitValid(gtin: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(gtin)) return false;
  const digits = [...gtin].map(Number);
  const check = digits.pop();
  const sum = digits.reverse().reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

function readAi(data: string, at: number): string | null {
  for (const len of [2, 3, 4]) {
    const ai = data.slice(at, at + len);
    if (ai in FIXED || ai in VARIABLE) return ai;
  }
  return null;
}

/** Parses "(01)...(21)..." or a raw element string with GS separators. Returns null if it is not a well-formed GS1 string. */
export function parseGs1(input: string): Gs1Elements | null {
  const elements: Record<string, string> = {};
  if (input.startsWith('(')) {
    const re = /\((\d{2,4})\)([^(]*)/gy;
    let match: RegExpExecArray | null;
    let consumed = 0;
    while ((match = re.exec(input)) !== null) {
      const [whole, ai, value] = match;
      if (ai === undefined || value === undefined || !validElement(ai, value)) return null;
      elements[ai] = value;
      consumed += whole.length;
    }
    if (consumed !== input.length) return null;
  } else {
    let at = 0;
    while (at < input.length) {
      const ai = readAi(input, at);
      if (ai === null) return null;
      at += ai.length;
      const fixed = FIXED[ai];
      let value: string;
      if (fixed !== undefined) {
        value = input.slice(at, at + fixed);
        at += fixed;
        if (input[at] === GS) at += 1;
      } else {
        const end = input.indexOf(GS, at);
        value = input.slice(at, end === -1 ? input.length : end);
        at = end === -1 ? input.length : end + 1;
      }
      if (!validElement(ai, value)) return null;
      elements[ai] = value;
    }
  }
  const gtin = elements['01'];
  if (gtin !== undefined && !gtinCheckDigitValid(gtin)) return null;
  if (Object.keys(elements).length === 0) return null;
  const serial = elements['21'];
  return { ...(gtin !== undefined ? { gtin } : {}), ...(serial !== undefined ? { serial } : {}), elements };
}
