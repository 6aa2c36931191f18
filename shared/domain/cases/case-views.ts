import type { AssetClass, AssetStatus, Sensitivity } from '../asset';
import type { CasePolicy } from './case-policy';
import type { Separation } from './separation';
import type { AssetReturnState } from './standing';
import type { EmployeeType, EscalationStep, Phase, Team, WorkLocation, WriteOffReason } from './vocabulary';

/** One line of an import preview or result. */
export interface ImportLine {
  readonly line: number;
  readonly employeeId: string;
  readonly accepted: boolean;
  readonly reasons: readonly string[];
  /** For an accepted line: what the case will hold. */
  readonly summary: string;
}

export interface CaseImportPreview {
  readonly fileName: string;
  readonly format: 'csv' | 'json';
  readonly lines: readonly ImportLine[];
  readonly accepted: number;
  readonly refused: number;
  /** A problem with the whole file (nothing could be read), else null. */
  readonly fileProblem: string | null;
}

export interface CaseImportResult extends CaseImportPreview {
  /** The case numbers opened, in line order. */
  readonly opened: readonly string[];
  readonly remoteLocksRequested: number;
  /** From the ITSM: the cases whose tickets were resolved because they closed in Dockside. */
  readonly ticketsResolved?: readonly string[];
}

export interface CaseRow {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly employeeId: string;
  readonly employeeName: string;
  readonly employeeType: EmployeeType;
  readonly location: WorkLocation;
  readonly separationDate: string;
  readonly assets: number;
  readonly outstanding: number;
  readonly overdue: number;
  readonly stepReached: EscalationStep | null;
  readonly nextStep: EscalationStep | null;
  readonly closedAt: string | null;
}

export interface CaseListPage {
  readonly counts: { readonly open: number; readonly overdue: number; readonly closed: number };
  /** Rows matching the filter in all. */
  readonly total: number;
  readonly rows: readonly CaseRow[];
  readonly asOf: string;
}

/** A device a case holds, as the inventory knows it. */
export interface CaseAssetIdentity {
  readonly assetId: string;
  readonly label: string;
  readonly serial: string | null;
  readonly model: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
  readonly status: AssetStatus;
}

export interface CaseAssetView extends CaseAssetIdentity {
  readonly deadline: string;
  readonly state: AssetReturnState;
  readonly businessDaysLate: number;
  readonly remoteLockRequestedAt: string | null;
  readonly remoteWipeRequestedAt: string | null;
  readonly remoteWipeDue: boolean;
  readonly writtenOff: { readonly reason: WriteOffReason; readonly by: string; readonly at: string } | null;
}

export interface LicenceView {
  readonly licenceId: string;
  readonly name: string;
  readonly reclaimed: { readonly by: string; readonly at: string } | null;
}

export interface TaskView {
  readonly taskId: string;
  readonly title: string;
  readonly team: Team;
  readonly phase: Phase;
  readonly securityCritical: boolean;
  readonly due: string;
  readonly overdue: boolean;
  readonly done: { readonly by: string; readonly at: string } | null;
}

export interface MessageSent {
  readonly step: EscalationStep;
  readonly recipient: string;
  readonly channel: 'manual' | 'itsm';
  readonly at: string;
  readonly by: string;
}

export interface KitZpl {
  readonly fileName: string;
  readonly zpl: string;
}

export interface KitPrinted {
  readonly printer: string;
  readonly bytes: number;
}

export interface Shipment {
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly by: string;
  readonly at: string;
}

/** Who left, when, and where the case stands: the head of every case view. */
export interface CaseHeader extends Separation {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly openedAt: string;
  readonly closedAt: string | null;
}

export interface CaseDetail extends CaseHeader {
  readonly assets: readonly CaseAssetView[];
  readonly licences: readonly LicenceView[];
  readonly checklist: readonly TaskView[];
  readonly checklistDone: number;
  readonly messages: readonly MessageSent[];
  readonly shipments: readonly Shipment[];
  readonly stepDue: EscalationStep | null;
  readonly nextStep: EscalationStep | null;
  readonly readyToClose: boolean;
  readonly asOf: string;
}

export interface EscalationMessage {
  readonly step: EscalationStep;
  readonly recipient: string;
  /** The address the message is sent to (the To line; the Cc of the ticket's reply), or null when the case has none. */
  readonly address: string | null;
  readonly subject: string;
  readonly body: string;
}

/** A step's message as the desk reads it, and the ITSM it can be sent through (the connector's name), if one is connected. */
export interface EscalationDraft extends EscalationMessage {
  readonly itsm: string | null;
  /** Why the step has no address, in words (it can then only be copied); null when it has one. */
  readonly missingAddress: string | null;
}

/** What a scan at the Receive desk did to a case. */
export interface CaseReturnNote {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly employeeName: string;
  readonly returned: number;
  readonly expected: number;
}

export interface CasePolicyView {
  readonly policy: CasePolicy;
  readonly custom: boolean;
}

export interface DashboardView {
  readonly openCases: number;
  readonly overdueByStep: readonly { readonly step: EscalationStep | 'none'; readonly cases: number }[];
  readonly wipeBacklog: number;
  readonly pickupsAwaitingDisposition: number;
  readonly medianDaysToRecovery: number | null;
  readonly recoveredCases: number;
  /** Open cases by week of separation, for the trend chart: oldest first. */
  readonly openByWeek: readonly { readonly week: string; readonly cases: number }[];
  readonly asOf: string;
}
