/** The value as one of a fixed set of choices (a <select>'s value), or the fallback. */
export function oneOf<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}
