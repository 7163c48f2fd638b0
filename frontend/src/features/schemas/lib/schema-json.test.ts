import { describe, expect, it } from 'vitest';

import { parseSchemaJson, schemaFileName, schemaJson } from './schema-json';

describe('schema JSON', () => {
  it('readsBackWhatItWrites', () => {
    // given a definition
    const definition = { name: 'Patients', fields: [{ name: 'id', type: 'string' as const }] };

    // when it is written and read back, then it is the same
    expect(parseSchemaJson(schemaJson(definition))).toEqual(definition);
  });

  it.each([
    ['not json', 'The file is not JSON.'],
    ['[1, 2]', 'expected a JSON object'],
    ['{"name": "x"}', 'expected a "fields" list'],
    ['{"fields": [1]}', 'expected a "fields" list'],
  ])('refuses %s', (text, message) => {
    // given a file that holds no schema, then reading it says why
    expect(() => parseSchemaJson(text)).toThrow(message);
  });

  it('namesTheFileAfterTheSchema', () => {
    expect(schemaFileName('Hospital Patients (EU)')).toBe('hospital-patients-eu.schema.json');
    expect(schemaFileName('  ')).toBe('schema.schema.json');
  });
});
