import type { DateOrder } from '../../../../shared/domain/vendors';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const SEPARATED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/;

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A report date as YYYY-MM-DD: ISO dates as they are, 03/04/2025 or 03.04.2025 in the vendor's order (day first unless it says otherwise); null when it is no date. */
export function readReportDate(value: string, order: DateOrder | undefined): string | null {
  const iso = ISO.exec(value);
  if (iso !== null) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = SEPARATED.exec(value);
  if (parts === null) return null;
  const [first, second, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return (order ?? 'dmy') === 'dmy' ? validDate(year, second, first) : validDate(year, first, second);
}
