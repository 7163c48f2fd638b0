import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  TagsInput,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { memo, type ReactNode } from 'react';

import {
  FIELD_MODELS,
  FIELD_TYPES,
  PRIVACY_LEVELS,
  SEMANTIC_KINDS,
  modelLabel,
  privacyLevelHint,
  semanticKindLabel,
  type FieldModel,
  type FieldModelEntry,
  type FieldType,
  type PrivacyLevel,
  type SemanticKind,
} from '../api/schema-types';
import { modelGuide } from '../lib/model-guide';
import { applies, type FieldDraft } from '../lib/schema-draft';
import { ItemsEditor, MembersEditor } from './nested-fields';
import { PatternInput } from './pattern-input';

interface FieldEditorProps {
  field: FieldDraft;
  /** What the field is called in its box and its buttons' names; "Field 2" unless it is nested. */
  legend?: string;
  position: number;
  count: number;
  /** A nested field may go even when it is the only one; a schema keeps at least one field. */
  removable?: boolean;
  /** Server errors by path inside the field, e.g. `constraints.min`. */
  errors: Record<string, string>;
  /** The engine's model catalog, once loaded. */
  models: FieldModelEntry[] | undefined;
  onChange: (key: number, change: Partial<FieldDraft>) => void;
  onMove: (key: number, to: number) => void;
  onRemove: (key: number) => void;
}

/** Descriptions below the inputs, so that inputs side by side line up whatever their hints' lengths. */
const HINT_BELOW: { inputWrapperOrder: ('label' | 'input' | 'description' | 'error')[] } = {
  inputWrapperOrder: ['label', 'input', 'description', 'error'],
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
        {title}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        {children}
      </SimpleGrid>
    </div>
  );
}

/** One field of the designer: every property the API accepts for its type, and nothing that does not apply. */
export const FieldEditor = memo(function FieldEditor(props: FieldEditorProps) {
  const { field, position, count, errors, models, onMove, onRemove } = props;
  const legend = props.legend ?? `Field ${position}`;
  const named = props.legend ?? `field ${position}`;
  // what its members and item are named after: an array's item has no name of its own
  const owner = field.name.trim() || legend;
  const { type } = field;
  const guide = modelGuide(models, FIELD_MODELS, type, field.model);
  const onChange = (change: Partial<FieldDraft>) => props.onChange(field.key, change);
  const text = (key: keyof FieldDraft) => (event: { currentTarget: { value: string } }) =>
    onChange({ [key]: event.currentTarget.value });
  const number = (key: keyof FieldDraft) => (value: string | number) => onChange({ [key]: String(value) });

  return (
    <Fieldset legend={legend} variant="default" radius="md">
      <Group justify="flex-end" gap={4} mt={-8} mb="xs">
        <Tooltip label="Move up">
          <ActionIcon
            variant="subtle"
            aria-label={`Move ${named} up`}
            disabled={position === 1}
            onClick={() => onMove(field.key, position - 2)}
          >
            ↑
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Move down">
          <ActionIcon
            variant="subtle"
            aria-label={`Move ${named} down`}
            disabled={position === count}
            onClick={() => onMove(field.key, position)}
          >
            ↓
          </ActionIcon>
        </Tooltip>
        <Button
          variant="subtle"
          color="red"
          size="compact-sm"
          onClick={() => onRemove(field.key)}
          disabled={count === 1 && !props.removable}
          aria-label={props.legend ? `Remove ${named}` : undefined}
        >
          Remove
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput label="Field name" value={field.name} onChange={text('name')} error={errors.name} />
        <NativeSelect
          label="Field type"
          data={FIELD_TYPES}
          value={type}
          onChange={(event) => onChange({ type: event.currentTarget.value as FieldType })}
          error={errors.type}
        />
        <NativeSelect
          {...HINT_BELOW}
          label="Model"
          data={guide.choices.map((model) => ({ value: model, label: modelLabel(model) }))}
          description={guide.hint}
          value={field.model}
          onChange={(event) => onChange({ model: event.currentTarget.value as FieldModel })}
          error={errors.model}
        />
        <NativeSelect
          {...HINT_BELOW}
          label="Privacy level"
          data={PRIVACY_LEVELS.map((level) => ({ value: level, label: level[0].toUpperCase() + level.slice(1) }))}
          description={privacyLevelHint(field.privacyLevel)}
          value={field.privacyLevel}
          onChange={(event) => onChange({ privacyLevel: event.currentTarget.value as PrivacyLevel })}
          error={errors.privacyLevel}
        />
      </SimpleGrid>
      <Group mt="sm" gap="lg" align="flex-end" wrap="wrap">
        <Checkbox
          label="Required"
          description="No missing values"
          checked={field.required}
          onChange={(event) => onChange({ required: event.currentTarget.checked })}
        />
        {applies.unique(type) && (
          <Checkbox
            label="Unique"
            description="No value repeats"
            checked={field.unique}
            onChange={(event) => onChange({ unique: event.currentTarget.checked })}
            error={errors['constraints.unique']}
          />
        )}
        <TextInput
          label="Field description"
          value={field.description}
          onChange={text('description')}
          error={errors.description}
          style={{ flex: '1 1 16rem' }}
        />
      </Group>
      <ObservedNote field={field} />
      <Constraints field={field} errors={errors} onChange={onChange} number={number} text={text} />
      <Section title="Written as">
        {applies.booleanText(type) && (
          <>
            <TextInput
              label="True written as"
              placeholder="true"
              value={field.trueText}
              onChange={text('trueText')}
              error={errors['representation.trueText']}
            />
            <TextInput
              label="False written as"
              placeholder="false"
              value={field.falseText}
              onChange={text('falseText')}
              error={errors['representation.falseText']}
            />
          </>
        )}
        {applies.decimals(type) && (
          <>
            <NumberInput
              {...HINT_BELOW}
              label="Decimals"
              description="Blank writes the shortest exact number"
              min={0}
              max={15}
              allowDecimal={false}
              value={field.decimals}
              onChange={number('decimals')}
              error={errors['representation.decimals']}
            />
            <Checkbox
              label="Keep trailing zeros"
              description="12.50 rather than 12.5"
              mt="lg"
              disabled={field.decimals.trim() === ''}
              checked={field.trailingZeros}
              onChange={(event) => onChange({ trailingZeros: event.currentTarget.checked })}
            />
          </>
        )}
        {applies.temporal(type) && (
          <TextInput
            {...HINT_BELOW}
            label="Format"
            description="Date-time pattern, e.g. dd/MM/yyyy; blank is ISO-8601"
            value={field.format}
            onChange={text('format')}
            error={errors.format}
          />
        )}
        <TextInput
          {...HINT_BELOW}
          label="Missing written as"
          description="e.g. NA; blank writes an empty value"
          placeholder="(empty)"
          value={field.missing}
          onChange={text('missing')}
          error={errors['representation.missing']}
        />
      </Section>
      {applies.members(type) && (
        <MembersEditor field={field} owner={owner} errors={errors} models={models} onChange={onChange} />
      )}
      {applies.items(type) && (
        <ItemsEditor field={field} owner={owner} errors={errors} models={models} onChange={onChange} />
      )}
    </Fieldset>
  );
});

interface ConstraintsProps {
  field: FieldDraft;
  errors: Record<string, string>;
  onChange: (change: Partial<FieldDraft>) => void;
  number: (key: keyof FieldDraft) => (value: string | number) => void;
  text: (key: keyof FieldDraft) => (event: { currentTarget: { value: string } }) => void;
}

function Constraints({ field, errors, onChange, number, text }: ConstraintsProps) {
  const { type } = field;
  if (!applies.bounds(type) && !applies.text(type) && !applies.enumValues(type)) {
    return null;
  }
  return (
    <Section title="Constraints">
      {applies.numeric(type) && (
        <>
          <NumberInput
            label="Min"
            allowDecimal={type === 'number'}
            value={field.min}
            onChange={number('min')}
            error={errors['constraints.min']}
          />
          <NumberInput
            label="Max"
            allowDecimal={type === 'number'}
            value={field.max}
            onChange={number('max')}
            error={errors['constraints.max']}
          />
        </>
      )}
      {applies.temporal(type) && (
        <>
          <TemporalBound
            label="Min"
            type={type}
            value={field.min}
            onChange={text('min')}
            error={errors['constraints.min']}
          />
          <TemporalBound
            label="Max"
            type={type}
            value={field.max}
            onChange={text('max')}
            error={errors['constraints.max']}
          />
        </>
      )}
      {applies.text(type) && (
        <>
          <NumberInput
            label="Min length"
            min={0}
            allowDecimal={false}
            value={field.minLength}
            onChange={number('minLength')}
            error={errors['constraints.minLength']}
          />
          <NumberInput
            label="Max length"
            min={0}
            allowDecimal={false}
            value={field.maxLength}
            onChange={number('maxLength')}
            error={errors['constraints.maxLength']}
          />
          <PatternInput
            value={field.pattern}
            onChange={(pattern) => onChange({ pattern })}
            error={errors['constraints.pattern']}
          />
          <NativeSelect
            {...HINT_BELOW}
            label="Meaning"
            description="Personal kinds are always faked, never learned"
            data={[
              { value: '', label: 'Not set' },
              ...SEMANTIC_KINDS.map((kind) => ({ value: kind, label: semanticKindLabel(kind) })),
            ]}
            value={field.semanticKind}
            onChange={(event) => onChange({ semanticKind: event.currentTarget.value as SemanticKind | '' })}
            error={errors.semanticKind}
          />
        </>
      )}
      {applies.enumValues(type) && (
        <TagsInput
          {...HINT_BELOW}
          label="Allowed values"
          description="Press Enter after each; blank allows any value"
          value={field.enumValues}
          onChange={(enumValues) => onChange({ enumValues })}
          error={errors['constraints.enum']}
          clearable
          style={{ gridColumn: 'span 2' }}
        />
      )}
      {(type === 'string' || type === 'integer') && (
        <>
          <TextInput
            {...HINT_BELOW}
            label="Foreign key"
            description="schemaName.fieldName this field refers to"
            value={field.foreignKey}
            onChange={text('foreignKey')}
            error={errors['relationships.foreignKey']}
          />
          <TextInput
            {...HINT_BELOW}
            label="Join table"
            description="For many-to-many links"
            value={field.joinTable}
            onChange={text('joinTable')}
            error={errors['relationships.joinTable']}
          />
        </>
      )}
    </Section>
  );
}

interface TemporalBoundProps {
  label: string;
  type: FieldType;
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error?: string;
}

/** A date picker for dates; date-times are typed, since they may carry an offset the picker cannot show. */
function TemporalBound({ label, type, value, onChange, error }: TemporalBoundProps) {
  return type === 'date' ? (
    <TextInput type="date" label={label} value={value} onChange={onChange} error={error} />
  ) : (
    <TextInput
      {...HINT_BELOW}
      label={label}
      description="ISO-8601, e.g. 2024-01-31T12:00:00Z"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

function boundText(bound: unknown): string {
  if (bound === undefined || bound === null) {
    return '…';
  }
  return typeof bound === 'string' ? bound : JSON.stringify(bound);
}

/** What the seed showed, for a schema made from one: a hint, never enforced. */
function ObservedNote({ field }: { field: FieldDraft }) {
  const seen = field.observed;
  if (!seen) {
    return null;
  }
  const parts = [
    seen.min !== undefined || seen.max !== undefined ? `values ${boundText(seen.min)} to ${boundText(seen.max)}` : '',
    seen.minLength !== undefined || seen.maxLength !== undefined
      ? `lengths ${seen.minLength ?? '…'} to ${seen.maxLength ?? '…'}`
      : '',
    seen.pattern ? `pattern ${seen.pattern}` : '',
  ].filter(Boolean);
  if (parts.length === 0) {
    return null;
  }
  return (
    <Text size="sm" c="dimmed" mt="xs">
      The seed showed {parts.join(', ')} (not enforced; set a constraint to enforce it).
    </Text>
  );
}
