import {
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useCallback, useState, type ReactNode, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { formatCount } from '@/lib/format';
import { saveFile } from '@/lib/save-file';

import type { SchemaDefinition } from '../api/schema-types';
import { designerErrorsOf, errorCount } from '../lib/designer-errors';
import {
  emptySchemaDraft,
  schemaDefinitionOf,
  schemaDraftOf,
  type FieldDraft,
  type SchemaDraft,
} from '../lib/schema-draft';
import { parseSchemaJson, schemaFileName, schemaJson } from '../lib/schema-json';
import { useDraftPreview, useFieldModels } from '../hooks/use-schemas';
import { PrivacyCard, type PrivacyNumberKey } from './privacy-card';
import { FieldListEditor } from './field-list-editor';
import { DraftPreview } from './draft-preview';

interface SchemaDesignerProps {
  /** The form's accessible name, e.g. "New schema". */
  formName: string;
  /** The definition to start from (a stored version, a seed's detected schema); blank when absent. */
  initial?: SchemaDefinition;
  /** The seed the schema was made from: with differential privacy on, its remaining privacy budget is shown. */
  seedId?: string | null;
  submitLabel: string;
  pending: boolean;
  /** The failed save, if any; a 400's field errors are shown at their inputs. */
  error: unknown;
  onSubmit: (definition: SchemaDefinition) => void;
  /** Shown beside the submit button, e.g. a link back. */
  secondaryAction?: ReactNode;
  /** Shown just above the submit button, where the outcome of a save is looked for. */
  notice?: ReactNode;
}

type TextKey = 'name' | 'description' | 'domain';
type NumberKey = 'recordsPerDay' | 'days' | PrivacyNumberKey;

/**
 * The whole schema on one page: what it is, how much to make, how private, and its fields. Browser
 * validation is off (noValidate): the server's problem details are the one source of messages.
 */
export function SchemaDesigner(props: SchemaDesignerProps) {
  const { formName, initial, seedId, submitLabel, pending, error, onSubmit, secondaryAction, notice } = props;
  const [draft, setDraft] = useState<SchemaDraft>(() => (initial ? schemaDraftOf(initial) : emptySchemaDraft()));
  const [sentFields, setSentFields] = useState<FieldDraft[]>([]);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  // the inputs show the problems of whichever was tried last: a save or a preview
  const [lastTried, setLastTried] = useState<'save' | 'preview'>('save');
  const models = useFieldModels();
  const preview = useDraftPreview();
  const shownError: unknown = lastTried === 'preview' ? preview.error : error;
  const errors = designerErrorsOf(shownError, sentFields);
  const shownAtInputs = errorCount(errors) > 0;

  const setText = (key: TextKey) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const setNumber = (key: NumberKey) => (value: string | number) =>
    setDraft((current) => ({ ...current, [key]: String(value) }));
  const setFields = useCallback(
    (change: (fields: FieldDraft[]) => FieldDraft[]) =>
      setDraft((current) => ({ ...current, fields: change(current.fields) })),
    [],
  );
  const setDifferentialPrivacy = (on: boolean) =>
    setDraft((current) => ({
      ...current,
      differentialPrivacy: on,
      // sensible defaults: a common budget, and no real rows (they would void the guarantee)
      epsilon: on && current.epsilon.trim() === '' ? '1' : current.epsilon,
      syntheticRatio: on ? '100' : current.syntheticRatio,
    }));

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentFields(draft.fields);
    setLastTried('save');
    onSubmit(schemaDefinitionOf(draft));
  };
  const previewDraft = () => {
    setSentFields(draft.fields);
    setLastTried('preview');
    preview.mutate(schemaDefinitionOf(draft));
  };

  const importFile = async (file: File | null) => {
    if (!file) {
      return;
    }
    try {
      setDraft(schemaDraftOf(parseSchemaJson(await file.text())));
      setImportProblem(null);
    } catch (problem) {
      setImportProblem(problem instanceof Error ? problem.message : String(problem));
    }
  };
  const exportFile = () => {
    const blob = new Blob([schemaJson(schemaDefinitionOf(draft))], { type: 'application/json' });
    saveFile(blob, schemaFileName(draft.name));
  };

  const total = Number(draft.recordsPerDay) * Number(draft.days);
  return (
    <form aria-label={formName} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Group justify="flex-end" gap="sm">
          <FileButton onChange={(file) => void importFile(file)} accept="application/json,.json">
            {(fileProps) => (
              <Button variant="default" {...fileProps}>
                Import JSON
              </Button>
            )}
          </FileButton>
          <Button variant="default" onClick={exportFile}>
            Export JSON
          </Button>
        </Group>
        {importProblem && (
          <Alert role="alert" color="red" variant="light" title="Nothing was imported">
            {importProblem}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Card>
            <Title order={2} size="h4" mb="sm">
              Schema
            </Title>
            <Stack gap="xs">
              <TextInput label="Schema name" value={draft.name} onChange={setText('name')} error={errors.schema.name} />
              <Textarea
                label="Description"
                rows={2}
                value={draft.description}
                onChange={setText('description')}
                error={errors.schema.description}
              />
              <TextInput
                label="Domain"
                placeholder="e.g. healthcare"
                value={draft.domain}
                onChange={setText('domain')}
                error={errors.schema.domain}
              />
            </Stack>
          </Card>
          <Card>
            <Title order={2} size="h4" mb="sm">
              Target volume
            </Title>
            <Stack gap="xs">
              <NumberInput
                label="Records per day"
                min={1}
                allowDecimal={false}
                thousandSeparator=","
                value={draft.recordsPerDay}
                onChange={setNumber('recordsPerDay')}
                error={errors.schema['targetVolume.recordsPerDay']}
              />
              <NumberInput
                label="Days"
                min={1}
                max={3650}
                allowDecimal={false}
                value={draft.days}
                onChange={setNumber('days')}
                error={errors.schema['targetVolume.days']}
              />
              <Text size="sm" c="dimmed">
                {Number.isFinite(total) && total > 0
                  ? `${formatCount(total)} records in all, for deployments`
                  : 'Deployments make this many records each day'}
              </Text>
            </Stack>
          </Card>
          <PrivacyCard
            draft={draft}
            seedId={seedId ?? undefined}
            errors={errors.schema}
            onDifferentialPrivacy={setDifferentialPrivacy}
            onNumber={setNumber}
          />
        </SimpleGrid>
        <FieldListEditor fields={draft.fields} errors={errors.fields} models={models.data} onChange={setFields} />
        <DraftPreview
          onPreview={previewDraft}
          pending={preview.isPending}
          preview={lastTried === 'preview' ? preview.data : undefined}
        />
        {shownAtInputs && (
          <ErrorSummary
            title={lastTried === 'preview' ? 'No preview: the schema has problems' : 'The schema was not saved'}
            count={errorCount(errors)}
            other={errors.other}
          />
        )}
        {shownError !== null && shownError !== undefined && !shownAtInputs && <ProblemAlert error={shownError} />}
        {notice}
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {secondaryAction}
        </Group>
      </Stack>
    </form>
  );
}

interface ErrorSummaryProps {
  title: string;
  count: number;
  other: { place: string; message: string }[];
}

function ErrorSummary({ title, count, other }: ErrorSummaryProps) {
  return (
    <Alert role="alert" color="red" variant="light" title={title}>
      <Text size="sm">
        {count === 1 ? 'One value needs' : `${count} values need`} fixing
        {other.length < count ? '; the inputs concerned are marked above' : ''}.
      </Text>
      {other.length > 0 && (
        <List size="sm" mt="xs" aria-label="Other problems">
          {other.map(({ place, message }) => (
            <List.Item key={`${place}:${message}`}>
              {place}: {message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
