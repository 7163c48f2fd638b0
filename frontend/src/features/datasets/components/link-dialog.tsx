import { Button, Fieldset, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import {
  LINK_KINDS,
  isTemporal,
  keyFields,
  type FieldDefinition,
  type LinkDraft,
  type LinkKind,
} from '../lib/relationship-draft';

interface LinkDialogProps {
  /** The link being added or edited; the dialog is closed when there is none. */
  draft: LinkDraft | null;
  /** True when the draft is an existing relationship, which cannot turn into a join table. */
  editing: boolean;
  /** Each table's fields, by table name. */
  fieldsOf: (table: string) => FieldDefinition[];
  tables: string[];
  onSubmit: (draft: LinkDraft) => void;
  onClose: () => void;
}

/** Where a child's field points and how many children a parent has: the keyboard's way to draw a link. */
export function LinkDialog({ draft, editing, ...props }: LinkDialogProps) {
  return (
    <Modal
      opened={draft !== null}
      onClose={props.onClose}
      title={draft ? `Link ${draft.child}.${draft.childKey}` : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {/* keyed, so reopening it on another field starts from that field's draft */}
      {draft && <LinkForm key={`${draft.child}.${draft.childKey}`} initial={draft} editing={editing} {...props} />}
    </Modal>
  );
}

function LinkForm({
  initial,
  editing,
  fieldsOf,
  tables,
  onSubmit,
  onClose,
}: Omit<LinkDialogProps, 'draft'> & { initial: LinkDraft }) {
  const [draft, setDraft] = useState(initial);
  const change = (changed: Partial<LinkDraft>) => setDraft((current) => ({ ...current, ...changed }));
  const keys = draft.parent ? keyFields(fieldsOf(draft.parent)) : [];
  const choose = (placeholder: string, names: string[]) => [{ value: '', label: placeholder }, ...names];
  const kinds = editing ? LINK_KINDS.filter((kind) => kind.value !== 'many-to-many') : LINK_KINDS;
  const sequenceFields = fieldsOf(draft.child).filter(isTemporal);
  const parentStarts = draft.parent ? fieldsOf(draft.parent).filter(isTemporal) : [];
  const complete = draft.parent !== '' && draft.parentKey !== '';
  const many = draft.kind === 'many-to-many';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Parent table"
            data={choose('Choose a table', tables)}
            value={draft.parent}
            onChange={(event) => {
              const parent = event.currentTarget.value;
              const onlyKey = parent ? keyFields(fieldsOf(parent)) : [];
              change({ parent, parentKey: onlyKey.length === 1 ? (onlyKey[0].name ?? '') : '', parentStart: '' });
            }}
          />
          <NativeSelect
            label="Parent key"
            description="A unique field of the parent"
            data={choose(
              'Choose a key',
              keys.map((field) => field.name ?? ''),
            )}
            value={draft.parentKey}
            disabled={!draft.parent}
            onChange={(event) => change({ parentKey: event.currentTarget.value })}
          />
        </SimpleGrid>
        <NativeSelect
          label="Cardinality"
          data={kinds}
          value={draft.kind}
          onChange={(event) => change({ kind: event.currentTarget.value as LinkKind })}
        />
        {many && (
          <Text size="sm" c="dimmed">
            Adds the table {draft.child}_{draft.parent || '…'} with one row per pair, linked to both tables, and saves
            the dataset.
          </Text>
        )}
        {draft.kind === 'one-to-many' && (
          <Fieldset legend="Children per parent (optional; a seed's counts are learned instead)" variant="unstyled">
            <SimpleGrid cols={3} spacing="sm">
              {(['childrenMin', 'childrenMax', 'childrenMean'] as const).map((key) => (
                <TextInput
                  key={key}
                  type="number"
                  min={0}
                  label={{ childrenMin: 'Min', childrenMax: 'Max', childrenMean: 'Mean' }[key]}
                  value={draft[key]}
                  onChange={(event) => change({ [key]: event.currentTarget.value })}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        )}
        {!many && sequenceFields.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label="Events ordered by"
              description={`Makes ${draft.child} a time sequence per parent`}
              data={choose(
                'Not a sequence',
                sequenceFields.map((field) => field.name ?? ''),
              )}
              value={draft.orderBy}
              onChange={(event) => change({ orderBy: event.currentTarget.value })}
            />
            <NativeSelect
              label="Never before the parent's"
              description="A date of the parent the events follow"
              data={choose(
                'No start',
                parentStarts.map((field) => field.name ?? ''),
              )}
              value={draft.parentStart}
              disabled={!draft.orderBy}
              onChange={(event) => change({ parentStart: event.currentTarget.value })}
            />
          </SimpleGrid>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!complete}>
            {editing ? 'Save link' : many ? 'Add join table' : 'Add link'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
