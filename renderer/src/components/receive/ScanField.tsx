import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { WedgeSettings } from '../../../../shared/domain/wedge';
import { CameraSlot } from '../../camera/CameraSlot';
import { readEntry, type ScanEntry } from '../../scan/entry';
import { isTextEntry } from '../../scan/focus';
import { useKeyTiming } from '../../scan/use-key-timing';

interface ScanFieldProps {
  readonly label: string;
  readonly wedge: WedgeSettings;
  /** While true the field takes focus back after every action and whenever focus drifts off a text field. */
  readonly holdFocus: boolean;
  readonly onEntry: (entry: ScanEntry) => void;
  readonly onEscape: () => void;
  readonly inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * The big field a scanner types into. Enter or Tab ends an entry (a Tab on an empty field is ignored,
 * so only Enter confirms); key timing says whether it was a scanner or a person. F2 opens the camera under it.
 */
export function ScanField({ label, wedge, holdFocus, onEntry, onEscape, inputRef }: ScanFieldProps) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  const timing = useKeyTiming();

  // After every render: take focus back unless the technician is typing in another field.
  useEffect(() => {
    const input = ref.current;
    if (!holdFocus || input === null) return undefined;
    const reclaim = () => {
      const active = document.activeElement;
      if (active !== input && !isTextEntry(active)) input.focus();
    };
    reclaim();
    const onFocusOut = () => window.setTimeout(reclaim, 0);
    document.addEventListener('focusout', onFocusOut);
    // A scanner may fire the instant after a click: a key arriving anywhere but a text field goes to the scan field.
    document.addEventListener('keydown', reclaim, true);
    return () => {
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', reclaim, true);
    };
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const input = event.currentTarget;
      const raw = input.value;
      if (event.key === 'Tab' && raw === '') return;
      input.value = '';
      onEntry(readEntry(raw, timing.take(), wedge));
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.currentTarget.value = '';
      timing.reset();
      onEscape();
      return;
    }
    timing.track(event);
  };

  return (
    <>
      <label className="scan-field">
        <span className="scan-field__label">{label}</span>
        <input
          ref={ref}
          className="scan-field__input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          onKeyDown={onKeyDown}
          onInput={(event) => {
            if (event.currentTarget.value === '') timing.reset();
          }}
        />
      </label>
      <CameraSlot onEntry={onEntry} />
    </>
  );
}
