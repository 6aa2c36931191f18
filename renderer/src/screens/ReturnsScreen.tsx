import { useEffect } from 'react';
import { CaseImportView } from '../components/cases/CaseImportView';
import { CaseListView } from '../components/cases/CaseListView';
import { CasePage } from '../components/cases/CasePage';
import { CasePolicyView } from '../components/cases/CasePolicyView';
import { useCasesStore } from '../stores/cases-store';
import '../styles/cases.css';

/** Offboarding returns: the case list, one case's page, the HRIS import, the return policy. */
export function ReturnsScreen() {
  const view = useCasesStore((s) => s.view);
  // Coming back to Returns from another screen starts at the list, loaded afresh (never stale rows first).
  useEffect(
    () => () => {
      useCasesStore.getState().show({ kind: 'list' });
      useCasesStore.getState().refreshed();
    },
    [],
  );
  switch (view.kind) {
    case 'list':
      return <CaseListView />;
    case 'case':
      return <CasePage key={view.caseId} />;
    case 'import':
      return <CaseImportView />;
    case 'policy':
      return <CasePolicyView />;
  }
}
