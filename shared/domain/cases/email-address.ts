/** A plain e-mail address (name@domain.tld), as an HRIS or a supervisor gives one; names are never taken for addresses. */
export const isEmailAddress = (value: string): boolean => /^[^\s@<>(),;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value);
