/** The words of offboarding cases, shared by the core, the CLI and the UI. */
export const EMPLOYEE_TYPES = ['full-time', 'contractor', 'temporary'] as const;
export type EmployeeType = (typeof EMPLOYEE_TYPES)[number];

export const EMPLOYEE_TYPE_WORDS: Readonly<Record<EmployeeType, string>> = {
  'full-time': 'Full-time',
  contractor: 'Contractor',
  temporary: 'Temporary',
};

export const WORK_LOCATIONS = ['on-site', 'remote'] as const;
export type WorkLocation = (typeof WORK_LOCATIONS)[number];

export const TEAMS = ['IT', 'Facilities', 'HR', 'Manager'] as const;
export type Team = (typeof TEAMS)[number];

export const PHASES = ['immediate', 'within-a-day', 'within-a-week'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_WORDS: Readonly<Record<Phase, string>> = {
  immediate: 'Immediately',
  'within-a-day': 'Within a day',
  'within-a-week': 'Within a week',
};

/** Business days after the separation date by which a task in each phase is due. */
export const PHASE_BUSINESS_DAYS: Readonly<Record<Phase, number>> = { immediate: 0, 'within-a-day': 1, 'within-a-week': 5 };

/** Who is told, in order, when a return is late. */
export const ESCALATION_STEPS = ['employee', 'manager', 'hr', 'legal'] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

export const ESCALATION_WORDS: Readonly<Record<EscalationStep, string>> = {
  employee: 'Reminder to the employee',
  manager: 'Reminder to the manager',
  hr: 'Escalation to HR',
  legal: 'Escalation to Legal',
};

export const WRITE_OFF_REASONS = ['lost', 'stolen', 'payroll-deduction'] as const;
export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number];

export const WRITE_OFF_WORDS: Readonly<Record<WriteOffReason, string>> = {
  lost: 'Lost',
  stolen: 'Stolen',
  'payroll-deduction': 'Payroll deduction per agreement',
};

export const CASE_FILTERS = ['open', 'overdue', 'closed'] as const;
export type CaseFilter = (typeof CASE_FILTERS)[number];

/** A case number as printed on the shipping kit's barcode: RET- and six digits. */
export const CASE_NUMBER_PATTERN = /^RET-\d{6}$/;

export function caseNumberOf(ordinal: number): string {
  return `RET-${String(ordinal).padStart(6, '0')}`;
}
