import type { Destination, Level, Standard, Technique, Verification, WipeResult } from './vocabulary';

/** What one wipe of one medium was: the fields the technician's form and a tool's log both give. */
export interface WipeFacts {
  readonly level: Level;
  readonly technique: Technique;
  readonly standard: Standard;
  readonly tool: string;
  readonly toolVersion: string;
  readonly methodDetails: string;
  readonly verification: Verification;
  readonly result: WipeResult;
  readonly failureReason: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly classification: string;
  readonly destination: Destination;
  readonly notes: string;
}
