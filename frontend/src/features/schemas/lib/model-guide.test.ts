import { describe, expect, it } from 'vitest';

import { FIELD_MODELS, type FieldModelEntry } from '../api/schema-types';
import { modelGuide } from './model-guide';

const catalog: FieldModelEntry[] = [
  {
    name: 'auto',
    explanation: 'Lets the engine choose from the data.',
    fieldTypes: ['string', 'integer'],
    suggestedFor: [],
  },
  {
    name: 'numeric',
    explanation: 'Learns the distribution of numbers.',
    fieldTypes: ['integer'],
    suggestedFor: ['integer'],
  },
  { name: 'pattern', explanation: 'Makes strings that match the pattern.', fieldTypes: ['string'], suggestedFor: [] },
  {
    name: 'categorical',
    explanation: 'Reproduces category frequencies.',
    fieldTypes: ['string', 'integer'],
    suggestedFor: ['string'],
  },
];

describe('modelGuide', () => {
  it('offersOnlyModelsThatFitTheTypeAndSaysWhatAutoPicks', () => {
    // given the catalog and an integer field left on auto
    const guide = modelGuide(catalog, FIELD_MODELS, 'integer', 'auto');

    // then pattern is not offered, and the hint names auto's pick for integers
    expect(guide.choices).not.toContain('pattern');
    expect(guide.choices).toEqual(expect.arrayContaining(['auto', 'numeric', 'categorical']));
    expect(guide.hint).toBe('Lets the engine choose from the data. For integer fields it suggests numeric.');
  });

  it('keepsAChosenModelThatNoLongerFitsAndSaysWhy', () => {
    // given a string field with the pattern model, switched to integer
    const guide = modelGuide(catalog, FIELD_MODELS, 'integer', 'pattern');

    // then the model stays selectable and the hint says it cannot make integers
    expect(guide.choices).toContain('pattern');
    expect(guide.hint).toBe('Makes strings that match the pattern. It cannot make integer values.');
  });

  it('offersEveryModelBeforeTheCatalogLoads', () => {
    expect(modelGuide(undefined, FIELD_MODELS, 'string', 'auto')).toEqual({ choices: FIELD_MODELS, hint: undefined });
  });
});
