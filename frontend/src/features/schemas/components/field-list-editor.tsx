import { emptyField, type FieldDraft } from '../lib/schema-draft';
import { FieldEditor } from './field-editor';

interface FieldListEditorProps {
  fields: FieldDraft[];
  onChange: (change: (fields: FieldDraft[]) => FieldDraft[]) => void;
}

/** The schema's fields, one editor each, with "Add field"; the last field cannot be removed. */
export function FieldListEditor({ fields, onChange }: FieldListEditorProps) {
  return (
    <>
      {fields.map((field, index) => (
        <FieldEditor
          key={field.key}
          field={field}
          position={index + 1}
          canRemove={fields.length > 1}
          onChange={(changed) => onChange((current) => current.map((f) => (f.key === changed.key ? changed : f)))}
          onRemove={() => onChange((current) => current.filter((f) => f.key !== field.key))}
        />
      ))}
      <button type="button" onClick={() => onChange((current) => [...current, emptyField()])}>
        Add field
      </button>
    </>
  );
}
