import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';

import type { FieldModelEntry } from '../api/schema-types';
import { emptyField, moveField, type FieldDraft } from '../lib/schema-draft';
import { FieldEditor } from './field-editor';

interface FieldListEditorProps {
  fields: FieldDraft[];
  errors: Record<number, Record<string, string>>;
  models: FieldModelEntry[] | undefined;
  onChange: (change: (fields: FieldDraft[]) => FieldDraft[]) => void;
}

const NO_ERRORS: Record<string, string> = {};

/**
 * The schema's fields in order, one editor each; the last field cannot be removed. Editors get
 * callbacks that never change, so typing in one field re-renders that field only.
 */
export function FieldListEditor({ fields, errors, models, onChange }: FieldListEditorProps) {
  const change = useCallback(
    (key: number, changed: Partial<FieldDraft>) =>
      onChange((current) => current.map((f) => (f.key === key ? { ...f, ...changed } : f))),
    [onChange],
  );
  const move = useCallback(
    (key: number, to: number) =>
      onChange((current) =>
        moveField(
          current,
          current.findIndex((f) => f.key === key),
          to,
        ),
      ),
    [onChange],
  );
  const remove = useCallback((key: number) => onChange((current) => current.filter((f) => f.key !== key)), [onChange]);
  return (
    <Stack gap="md" component="section" aria-labelledby="designer-fields-heading">
      <Group justify="space-between">
        <Title order={2} size="h4" id="designer-fields-heading">
          Fields
        </Title>
        <Text size="sm" c="dimmed">
          {fields.length === 1 ? '1 field' : `${fields.length} fields`}, written in this order
        </Text>
      </Group>
      {fields.map((field, index) => (
        <FieldEditor
          key={field.key}
          field={field}
          position={index + 1}
          count={fields.length}
          errors={errors[field.key] ?? NO_ERRORS}
          models={models}
          onChange={change}
          onMove={move}
          onRemove={remove}
        />
      ))}
      <Group>
        <Button variant="light" onClick={() => onChange((current) => [...current, emptyField()])}>
          Add field
        </Button>
      </Group>
    </Stack>
  );
}
