import { useId } from 'react';
import type { GradeOption } from '../../../../shared/domain/grading';

interface GradeButtonsProps {
  readonly legend: string;
  readonly options: readonly GradeOption[];
  readonly isOn: (code: string) => boolean;
  readonly onPress: (code: string) => void;
  readonly variant: 'grade' | 'toggle';
}

/** The words after the code ("F3 Key functions working" shows "Key functions working" under a big "F3"). */
function description(option: GradeOption): string {
  return option.label.startsWith(`${option.code} `) ? option.label.slice(option.code.length + 1) : option.label;
}

/** A row of big buttons, pressed or not: one grade axis, or the damage / accessory toggles. */
export function GradeButtons({ legend, options, isOn, onPress, variant }: GradeButtonsProps) {
  const labelId = useId();
  return (
    <div className={`grade-row grade-row--${variant}`} role="group" aria-labelledby={labelId}>
      <span className="grade-row__label" id={labelId}>
        {legend}
      </span>
      <div className="grade-row__buttons">
        {options.map((option) => (
          <button
            key={option.code}
            type="button"
            className="grade-button"
            aria-pressed={isOn(option.code)}
            aria-label={option.label}
            title={`${option.label} (scan or type ${option.code})`}
            onClick={() => onPress(option.code)}
          >
            {variant === 'grade' ? (
              <>
                <span className="grade-button__code">{option.code}</span>
                <span className="grade-button__words">{description(option)}</span>
              </>
            ) : (
              <span className="grade-button__toggle">{option.label}</span>
            )}
          </button>
        ))}
      </div>
    </div>
  );
}
