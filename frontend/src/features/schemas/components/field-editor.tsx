import { useId } from 'react';

import { FIELD_TYPES, type FieldType } from '../api/schema-types';
import type { FieldDraft } from '../lib/schema-draft';

interface FieldEditorProps {
  field: FieldDraft;
  position: number;
  onChange: (field: FieldDraft) => void;
  onRemove: () => void;
  canRemove: boolean;
}

/** One row of the field list; labels repeat per row because the browser test looks them up by name. */
export function FieldEditor({ field, position, onChange, onRemove, canRemove }: FieldEditorProps) {
  const id = useId();
  const update = (change: Partial<FieldDraft>) => onChange({ ...field, ...change });
  return (
    <fieldset>
      <legend>Field {position}</legend>
      <label htmlFor={`${id}-name`}>Field name</label>
      <input id={`${id}-name`} value={field.name} onChange={(e) => update({ name: e.target.value })} />
      <label htmlFor={`${id}-type`}>Field type</label>
      <select id={`${id}-type`} value={field.type} onChange={(e) => update({ type: e.target.value as FieldType })}>
        {FIELD_TYPES.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={field.required} onChange={(e) => update({ required: e.target.checked })} />
        Required
      </label>
      <label>
        <input type="checkbox" checked={field.unique} onChange={(e) => update({ unique: e.target.checked })} />
        Unique
      </label>
      <label htmlFor={`${id}-min`}>Min</label>
      <input id={`${id}-min`} type="number" value={field.min} onChange={(e) => update({ min: e.target.value })} />
      <label htmlFor={`${id}-max`}>Max</label>
      <input id={`${id}-max`} type="number" value={field.max} onChange={(e) => update({ max: e.target.value })} />
      {field.type === 'boolean' && (
        <>
          <label htmlFor={`${id}-true`}>True written as</label>
          <input
            id={`${id}-true`}
            placeholder="true"
            value={field.trueText}
            onChange={(e) => update({ trueText: e.target.value })}
          />
          <label htmlFor={`${id}-false`}>False written as</label>
          <input
            id={`${id}-false`}
            placeholder="false"
            value={field.falseText}
            onChange={(e) => update({ falseText: e.target.value })}
          />
        </>
      )}
      {field.type === 'number' && (
        <>
          <label htmlFor={`${id}-decimals`}>Decimals</label>
          <input
            id={`${id}-decimals`}
            type="number"
            min={0}
            max={15}
            value={field.decimals}
            onChange={(e) => update({ decimals: e.target.value })}
          />
        </>
      )}
      <label htmlFor={`${id}-missing`}>Missing written as</label>
      <input
        id={`${id}-missing`}
        placeholder="(empty)"
        value={field.missing}
        onChange={(e) => update({ missing: e.target.value })}
      />
      <button type="button" onClick={onRemove} disabled={!canRemove}>
        Remove
      </button>
    </fieldset>
  );
}
