import type { EmployeeType, WorkLocation } from './vocabulary';

/** Who is leaving, when, and where their equipment comes back from: what an HRIS line or ticket says and a case keeps. */
export interface Separation {
  readonly employeeId: string;
  readonly employeeName: string;
  readonly manager: string;
  /** The employee's e-mail address; empty when the HRIS or ticket gave none (the employee step can then only be copied). */
  readonly employeeEmail: string;
  readonly employeeType: EmployeeType;
  readonly location: WorkLocation;
  readonly shippingAddress: string;
  readonly separationDate: string;
}
