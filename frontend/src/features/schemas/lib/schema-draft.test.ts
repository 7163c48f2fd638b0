import { describe, expect, it } from 'vitest';

import type { SchemaDefinition } from '../api/schema-types';
import { emptyField, moveField, schemaDefinitionOf, schemaDraftOf } from './schema-draft';

const stored: SchemaDefinition = {
  name: 'Patients',
  description: 'Hospital admissions',
  domain: 'healthcare',
  fields: [
    {
      name: 'patient_id',
      type: 'string',
      constraints: { required: true, unique: true, pattern: 'P-\\d{6}', minLength: 8, maxLength: 8 },
      representation: {},
      model: 'pattern',
      privacyLevel: 'high',
      semanticKind: 'uuid',
      description: 'Hospital number',
    },
    {
      name: 'admitted',
      type: 'date',
      constraints: { required: false, unique: false, min: '2020-01-01', max: '2024-12-31' },
      representation: { missing: 'NA' },
      model: 'datetime',
      privacyLevel: 'medium',
      format: 'dd/MM/yyyy',
      observed: { required: false, unique: false, min: '2021-03-02' },
    },
    {
      name: 'ward',
      type: 'integer',
      constraints: { required: true, unique: false, enum: ['1', '2', '3'], min: 1, max: 3 },
      representation: {},
      model: 'categorical',
      privacyLevel: 'low',
      relationships: { foreignKey: 'wards.id' },
    },
    {
      name: 'fee',
      type: 'number',
      constraints: { required: false, unique: false },
      representation: { decimals: 2, trailingZeros: true },
      model: 'numeric',
      privacyLevel: 'medium',
    },
    {
      name: 'smoker',
      type: 'boolean',
      constraints: { required: false, unique: false },
      representation: { trueText: 'Y', falseText: 'N' },
      model: 'auto',
      privacyLevel: 'medium',
    },
  ],
  targetVolume: { recordsPerDay: 5000, days: 7 },
  privacySettings: { differentialPrivacy: true, epsilon: 2.5, syntheticRatio: 100 },
};

describe('schema draft', () => {
  it('givesBackEveryPropertyOfAStoredSchemaUnchanged', () => {
    // given a stored schema using every property the designer edits
    // when it is turned into a draft and back
    const roundTripped = schemaDefinitionOf(schemaDraftOf(stored));

    // then nothing was lost or altered (observed ranges included)
    expect(roundTripped).toEqual(stored);
  });

  it('sendsOnlyThePropertiesThatFitTheFieldsType', () => {
    // given a field typed as integer with bounds, then switched to string
    const draft = schemaDraftOf(stored);
    draft.fields[2] = { ...draft.fields[2], type: 'string', pattern: '[a-z]+' };
    draft.fields[4] = { ...draft.fields[4], type: 'integer', unique: true };

    // when the definition is built
    const [, , ward, , smoker] = schemaDefinitionOf(draft).fields ?? [];

    // then bounds are left out of the string and spellings out of the integer
    expect(ward.constraints).toEqual({ required: true, unique: false, enum: ['1', '2', '3'], pattern: '[a-z]+' });
    expect(smoker.constraints).toEqual({ required: false, unique: true });
    expect(smoker.representation).toEqual({});
  });

  it('sendsNoEpsilonWhileDifferentialPrivacyIsOff', () => {
    // given a schema whose differential privacy is turned off
    const draft = { ...schemaDraftOf(stored), differentialPrivacy: false };

    // then the epsilon is not sent, the ratio is
    expect(schemaDefinitionOf(draft).privacySettings).toEqual({ differentialPrivacy: false, syntheticRatio: 100 });
  });

  it('sendsTheDeltaWithDifferentialPrivacyAndLeavesABlankOneToTheDefault', () => {
    // given a schema with differential privacy, once with a delta and once without
    const withDelta = { ...schemaDraftOf(stored), delta: '0.000002' };
    const blank = { ...schemaDraftOf(stored), delta: '' };

    // then the delta goes as a number, and a blank one not at all
    expect(schemaDefinitionOf(withDelta).privacySettings).toMatchObject({ epsilon: 2.5, delta: 0.000002 });
    expect(schemaDefinitionOf(blank).privacySettings?.delta).toBeUndefined();
  });

  it('movesAFieldAndIgnoresMovesPastTheEnds', () => {
    // given three fields
    const fields = [emptyField(), emptyField(), emptyField()];
    const keys = (list: typeof fields) => list.map((field) => field.key);

    // then moving the last one up puts it second, and moving the first one up does nothing
    expect(keys(moveField(fields, 2, 1))).toEqual([fields[0].key, fields[2].key, fields[1].key]);
    expect(moveField(fields, 0, -1)).toBe(fields);
  });
});
