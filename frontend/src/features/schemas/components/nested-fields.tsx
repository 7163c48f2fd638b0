import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';

import type { FieldModelEntry } from '../api/schema-types';
import { emptyField, moveField, type FieldDraft } from '../lib/schema-draft';
// a cycle on purpose: a member is a field, edited by the same editor, one level deeper
import { FieldEditor } from './field-editor';

interface NestedProps {
  field: FieldDraft;
  /** The field's name, or its legend when it has none, to name what is nested in it. */
  owner: string;
  /** The field's errors; a member's are under `fields[i].`, the item's under `items.`. */
  errors: Record<string, string>;
  models: FieldModelEntry[] | undefined;
  onChange: (change: Partial<FieldDraft>) => void;
}

/** The errors under `prefix`, with the prefix taken off, for the editor of a member or of the item. */
function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

const indented = {
  marginTop: 'var(--mantine-spacing-sm)',
  paddingLeft: 'var(--mantine-spacing-md)',
  borderLeft: '3px solid var(--mantine-color-gray-4)',
};

/** A json field's members: a list of fields of its own, added, removed and reordered like the schema's. */
export function MembersEditor({ field, owner: name, errors, models, onChange }: NestedProps) {
  const members = field.members;
  const setMembers = (next: FieldDraft[]) => onChange({ members: next });
  return (
    <Stack gap="sm" style={indented} role="group" aria-label={`Members of ${name}`}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        Members
      </Text>
      {members.length === 0 && (
        <Text size="sm" c="dimmed">
          No members declared: the object is learned from a seed, or generated empty.
        </Text>
      )}
      {members.map((member, index) => (
        <FieldEditor
          key={member.key}
          field={member}
          legend={`${name} member ${index + 1}`}
          position={index + 1}
          count={members.length}
          removable
          errors={errorsUnder(errors, `fields[${index}].`)}
          models={models}
          onChange={(key, change) => setMembers(members.map((m) => (m.key === key ? { ...m, ...change } : m)))}
          onMove={(key, to) =>
            setMembers(
              moveField(
                members,
                members.findIndex((m) => m.key === key),
                to,
              ),
            )
          }
          onRemove={(key) => setMembers(members.filter((m) => m.key !== key))}
        />
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => setMembers([...members, emptyField()])}>
          Add member to {name}
        </Button>
      </Group>
    </Stack>
  );
}

/** An array field's item type, declared once for every item, and how many items an array holds. */
export function ItemsEditor({ field, owner: name, errors, models, onChange }: NestedProps) {
  const item = field.items;
  return (
    <Stack gap="sm" style={indented} role="group" aria-label={`Items of ${name}`}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        Items
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <NumberInput
          label="Min items"
          min={0}
          allowDecimal={false}
          value={field.minItems}
          onChange={(value) => onChange({ minItems: String(value) })}
          error={errors['constraints.minItems']}
        />
        <NumberInput
          label="Max items"
          min={0}
          allowDecimal={false}
          value={field.maxItems}
          onChange={(value) => onChange({ maxItems: String(value) })}
          error={errors['constraints.maxItems']}
        />
      </SimpleGrid>
      {item ? (
        <FieldEditor
          field={item}
          legend={`Item of ${name}`}
          position={1}
          count={1}
          removable
          errors={errorsUnder(errors, 'items.')}
          models={models}
          onChange={(_, change) => onChange({ items: { ...item, ...change } })}
          onMove={() => undefined}
          onRemove={() => onChange({ items: null })}
        />
      ) : (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange({ items: emptyField() })}>
            Declare the item type of {name}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
