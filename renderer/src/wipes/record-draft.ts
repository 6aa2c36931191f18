import type { CommandInput } from '../../../shared/contract';
import type { Level, Technique } from '../../../shared/domain/sanitization/vocabulary';
import type { WipeFacts } from '../../../shared/domain/sanitization/wipe-facts';
import type { MediumView, WipeAssetView } from '../../../shared/domain/sanitization/wipe-views';
import type { RecordIntent } from '../stores/wipe-asset-store';
import { fromLocalInput, toLocalInput } from '../format/wipe-words';

/** The wipe form as typed: strings and choices, turned into a record only on submit. */
export interface RecordDraft extends WipeFacts {
  readonly validatorId: string;
  readonly validatorPin: string;
}

/** The usual technique for each level, as a starting point the technician changes when it differs. */
export const USUAL_TECHNIQUE: Readonly<Record<Level, Technique>> = { clear: 'overwrite', purge: 'crypto-erase', destroy: 'shred' };

/**
 * A new form for one medium: the policy's level; for a retry, the earlier record's tool and method; for
 * an escalation, Destroy by shredding, to destruction. Times start empty unless a start was recorded.
 */
export function draftFor(view: WipeAssetView, medium: MediumView, intent: RecordIntent): RecordDraft {
  const earlier = intent.kind === 'new' ? undefined : medium.records.find((r) => r.wipeId === intent.wipeId);
  const level: Level = intent.kind === 'escalate' ? 'destroy' : (medium.started?.level ?? view.requirement.level);
  return {
    level,
    technique: intent.kind === 'escalate' ? 'shred' : (medium.started?.technique ?? earlier?.technique ?? USUAL_TECHNIQUE[level]),
    standard: earlier?.standard ?? 'nist-800-88-r1',
    tool: intent.kind === 'escalate' ? '' : (medium.started?.tool ?? earlier?.tool ?? ''),
    toolVersion: intent.kind === 'escalate' ? '' : (earlier?.toolVersion ?? ''),
    methodDetails: '',
    verification: 'full',
    result: 'pass',
    failureReason: '',
    startedAt: medium.started === null ? '' : toLocalInput(medium.started.at),
    finishedAt: '',
    classification: earlier?.classification ?? '',
    destination: intent.kind === 'escalate' ? 'destruction' : (earlier?.destination ?? 'external-reuse'),
    notes: '',
    validatorId: '',
    validatorPin: '',
  };
}

export type DraftCheck = { readonly ok: true; readonly input: CommandInput<'wipes.record'> } | { readonly ok: false; readonly problems: readonly string[] };

/** What the form still lacks, in words, or the record to send (the core checks everything again). */
export function checkDraft(draft: RecordDraft, assetId: string, mediumId: string, intent: RecordIntent): DraftCheck {
  const startedAt = fromLocalInput(draft.startedAt);
  const finishedAt = fromLocalInput(draft.finishedAt);
  const problems = [
    startedAt === null ? 'Give the start date and time.' : null,
    finishedAt === null ? 'Give the finish date and time.' : null,
    draft.tool.trim() === '' ? 'Name the tool used.' : null,
    draft.toolVersion.trim() === '' ? 'Give the tool version.' : null,
    draft.classification.trim() === '' ? 'Give the post-sanitization classification.' : null,
    draft.result === 'fail' && draft.failureReason.trim() === '' ? 'Say why the wipe failed.' : null,
    (draft.validatorId === '') !== (draft.validatorPin === '') ? 'A validation needs both the second person\u2019s ID and PIN.' : null,
  ].filter((p): p is string => p !== null);
  if (problems.length > 0 || startedAt === null || finishedAt === null) return { ok: false, problems };
  return {
    ok: true,
    input: {
      assetId,
      mediumId,
      level: draft.level,
      technique: draft.technique,
      standard: draft.standard,
      tool: draft.tool,
      toolVersion: draft.toolVersion,
      methodDetails: draft.methodDetails,
      verification: draft.verification,
      result: draft.result,
      failureReason: draft.result === 'fail' ? draft.failureReason : '',
      startedAt,
      finishedAt,
      classification: draft.classification,
      destination: draft.destination,
      notes: draft.notes,
      retryOf: intent.kind === 'new' ? null : intent.wipeId,
      validator: draft.validatorId === '' || draft.result === 'fail' ? null : { technicianId: draft.validatorId, pin: draft.validatorPin },
    },
  };
}
