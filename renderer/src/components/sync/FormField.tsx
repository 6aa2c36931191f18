import type { ReactNode } from 'react';

/** A labelled form field with its problem, if any, in words right under it. */
export function FormField({
  label,
  problem,
  wide,
  children,
}: {
  readonly label: string;
  readonly problem: string | undefined;
  readonly wide?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <label className={`field${wide === true ? ' field--wide' : ''}${problem === undefined ? '' : ' field--invalid'}`}>
      <span>{label}</span>
      {children}
      {problem !== undefined && <span className="field__problem">{problem}</span>}
    </label>
  );
}
