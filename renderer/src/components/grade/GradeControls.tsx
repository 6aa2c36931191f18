import { ABCD_GRADES, ACCESSORIES, DAMAGE_CODES, REC_COSMETIC, REC_FUNCTIONAL, type GradingScheme } from '../../../../shared/domain/grading';
import { toggleCode, toggleGrade, type GradeDraft } from '../../grading/grade-draft';
import { GradeButtons } from './GradeButtons';

interface GradeControlsProps {
  readonly scheme: GradingScheme;
  readonly draft: GradeDraft;
  readonly onChange: (draft: GradeDraft) => void;
}

/** The site's grading scheme as big buttons, then damage codes and accessories returned as toggles. */
export function GradeControls({ scheme, draft, onChange }: GradeControlsProps) {
  return (
    <div className="grade-controls">
      {scheme === 'r2v3-rec' ? (
        <>
          <GradeButtons
            legend="Functional (R2v3)"
            options={REC_FUNCTIONAL}
            variant="grade"
            isOn={(code) => draft.functional === code}
            onPress={(code) => onChange(toggleGrade(draft, 'functional', code))}
          />
          <GradeButtons
            legend="Cosmetic"
            options={REC_COSMETIC}
            variant="grade"
            isOn={(code) => draft.cosmetic === code}
            onPress={(code) => onChange(toggleGrade(draft, 'cosmetic', code))}
          />
        </>
      ) : (
        <GradeButtons
          legend="Grade"
          options={ABCD_GRADES}
          variant="grade"
          isOn={(code) => draft.grade === code}
          onPress={(code) => onChange(toggleGrade(draft, 'grade', code))}
        />
      )}
      <GradeButtons
        legend="Damage"
        options={DAMAGE_CODES}
        variant="toggle"
        isOn={(code) => draft.damage.includes(code)}
        onPress={(code) => onChange(toggleCode(draft, 'damage', code))}
      />
      <GradeButtons
        legend="Returned with"
        options={ACCESSORIES}
        variant="toggle"
        isOn={(code) => draft.accessories.includes(code)}
        onPress={(code) => onChange(toggleCode(draft, 'accessories', code))}
      />
    </div>
  );
}
