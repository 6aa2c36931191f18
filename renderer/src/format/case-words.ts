import type { AssetReturnState } from '../../../shared/domain/cases/standing';
import { ESCALATION_WORDS, type EscalationStep } from '../../../shared/domain/cases/vocabulary';

export const RETURN_STATE_WORDS: Readonly<Record<AssetReturnState, string>> = {
  outstanding: 'Not back yet',
  overdue: 'Overdue',
  returned: 'Back, awaiting sanitization',
  sanitized: 'Back and sanitized',
  'written-off': 'Written off',
};

export function stepWords(step: EscalationStep | null): string {
  return step === null ? 'No reminder sent' : ESCALATION_WORDS[step];
}

export const lateWords = (days: number): string => (days === 0 ? 'late today' : `${days} business day${days === 1 ? '' : 's'} late`);

export const when = (iso: string): string => iso.replace('T', ' ').slice(0, 16);
