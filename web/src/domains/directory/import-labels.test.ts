import { describe, expect, it } from 'vitest';
import { PLAIN_CSV_FIELDS } from '../../../../common/schemas/directory-import.js';
import { TABLE_NAMES } from '../../../../server/domains/hsds/hsds-tables.js';
import { FIELD_LABELS, TABLE_LABELS } from './import-labels.js';

// The report names every kind of record the server can count; the mapping form every target field.
describe('import screen labels', () => {
  it('has a label for every HSDS table of the import report', () => {
    expect(Object.keys(TABLE_LABELS)).toEqual([...TABLE_NAMES]);
  });

  it('has a label for every field a plain CSV column can be mapped to', () => {
    expect(Object.keys(FIELD_LABELS)).toEqual(PLAIN_CSV_FIELDS);
  });
});
