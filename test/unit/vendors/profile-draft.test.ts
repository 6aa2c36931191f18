import { describe, expect, it } from 'vitest';
import { readMappedCsv } from '../../../electron/services/imports/read-mapped-csv';
import { assignField, fieldOf } from '../../../renderer/src/vendors/profile-draft';

describe('the mapping editor reads headings as the import does', () => {
  it('shows a saved column as mapped when the new sample writes its heading with a trailing dot or colon, and the import reads it', () => {
    const saved = [{ column: 'Serial No', field: 'serial' as const }, { column: 'Result', field: 'outcome' as const }];
    expect(fieldOf(saved, 'Serial No.')).toBe('serial');
    expect(fieldOf(saved, 'RESULT:')).toBe('outcome');
    expect(readMappedCsv('Serial No.;RESULT:\nPF101;RECYCLE\n', saved).rows[0]?.values).toEqual({ serial: 'PF101', outcome: 'RECYCLE' });
  });

  it('gives a field to one column only, in the sample\u2019s order', () => {
    const headings = ['Serial No.', 'Tag', 'Result'];
    const columns = assignField(headings, [{ column: 'Serial No', field: 'serial' }], 'Tag', 'serial');
    expect(columns).toEqual([{ column: 'Tag', field: 'serial' }]);
    expect(assignField(headings, columns, 'Result', 'outcome')).toEqual([{ column: 'Tag', field: 'serial' }, { column: 'Result', field: 'outcome' }]);
  });
});
