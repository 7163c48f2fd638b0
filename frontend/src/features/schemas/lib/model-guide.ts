import type { FieldModel, FieldModelEntry, FieldType } from '../api/schema-types';

/** What the model input says about a field's model: the choices that fit, and a line on the chosen one. */
export interface ModelGuide {
  /** The models that can make values of the type, auto first; the chosen one stays even if it does not fit. */
  choices: FieldModel[];
  /** One line on the chosen model, and for auto what it would pick. */
  hint: string | undefined;
}

/**
 * Reads the engine's catalog (GET /api/models). Before it has loaded, or for a model it does not
 * list, every model is offered and the server's validation has the last word.
 */
export function modelGuide(
  catalog: FieldModelEntry[] | undefined,
  all: readonly FieldModel[],
  type: FieldType,
  chosen: FieldModel,
): ModelGuide {
  if (!catalog) {
    return { choices: [...all], hint: undefined };
  }
  const byName = new Map(catalog.map((entry) => [entry.name, entry]));
  const choices = all.filter((model) => model === chosen || (byName.get(model)?.fieldTypes.includes(type) ?? true));
  const entry = byName.get(chosen);
  if (!entry) {
    return { choices, hint: undefined };
  }
  if (!entry.fieldTypes.includes(type)) {
    return { choices, hint: `${entry.explanation} It cannot make ${type} values.` };
  }
  if (chosen !== 'auto') {
    return { choices, hint: entry.explanation };
  }
  const picks = catalog.filter((model) => model.name !== 'auto' && model.suggestedFor.includes(type));
  const suggestion =
    picks.length > 0 ? ` For ${type} fields it suggests ${picks.map((m) => m.name).join(' or ')}.` : '';
  return { choices, hint: `${entry.explanation}${suggestion}` };
}
