import type { ChainReport } from '../../../../shared/views';

/** Whether a hash chain verifies, in words, with the first broken link when it does not. */
export function ChainState({ report, scope }: { readonly report: ChainReport; readonly scope: string }) {
  if (report.ok) {
    return (
      <p className="chain chain--ok" data-chain="verified">
        <strong>Verified.</strong> {scope}: {report.checked} event{report.checked === 1 ? '' : 's'} checked, none altered or missing.
      </p>
    );
  }
  const problem = report.firstProblem;
  return (
    <p className="chain chain--broken" data-chain="broken">
      <strong>Broken.</strong> {scope} does not verify
      {problem === null ? '.' : ` at event #${problem.seq}: ${problem.reason}.`} A record was changed or removed outside Dockside.
    </p>
  );
}
