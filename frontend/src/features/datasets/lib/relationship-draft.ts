import type { ApiError } from '@/lib/api-error';

import type { Cardinality, Dataset, DatasetRequest, SchemaDefinition, TableRelationship } from '../api/dataset-types';

export type FieldDefinition = NonNullable<SchemaDefinition['fields']>[number];

/** Many-to-many is no relationship of its own: it becomes a join table with two one-to-many links. */
export type LinkKind = Cardinality | 'many-to-many';
export const LINK_KINDS: { value: LinkKind; label: string }[] = [
  { value: 'one-to-many', label: 'One to many' },
  { value: 'one-to-one', label: 'One to one' },
  { value: 'many-to-many', label: 'Many to many (adds a join table)' },
];

/** A link as typed into the dialog: numbers stay text until the relationship is built. */
export interface LinkDraft {
  child: string;
  childKey: string;
  parent: string;
  parentKey: string;
  kind: LinkKind;
  childrenMin: string;
  childrenMax: string;
  childrenMean: string;
  orderBy: string;
  parentStart: string;
}

export function newLinkDraft(from: { child: string; childKey: string }, to?: { parent: string; parentKey: string }) {
  return {
    ...from,
    parent: to?.parent ?? '',
    parentKey: to?.parentKey ?? '',
    kind: 'one-to-many',
    childrenMin: '',
    childrenMax: '',
    childrenMean: '',
    orderBy: '',
    parentStart: '',
  } satisfies LinkDraft;
}

function text(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function linkDraftOf(relationship: TableRelationship): LinkDraft {
  return {
    child: relationship.child,
    childKey: relationship.childKey,
    parent: relationship.parent,
    parentKey: relationship.parentKey,
    kind: relationship.cardinality,
    childrenMin: text(relationship.children?.min),
    childrenMax: text(relationship.children?.max),
    childrenMean: text(relationship.children?.mean),
    orderBy: relationship.sequence?.orderBy ?? '',
    parentStart: relationship.sequence?.parentStart ?? '',
  };
}

function numberOrNull(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' || !Number.isFinite(Number(trimmed)) ? null : Number(trimmed);
}

/** The relationship a one-to-many or one-to-one draft stands for; only the parts the user set. */
export function relationshipOf(draft: LinkDraft): TableRelationship {
  const children = {
    min: numberOrNull(draft.childrenMin),
    max: numberOrNull(draft.childrenMax),
    mean: numberOrNull(draft.childrenMean),
  };
  const anyChildren = Object.values(children).some((value) => value !== null);
  return {
    parent: draft.parent,
    parentKey: draft.parentKey,
    child: draft.child,
    childKey: draft.childKey,
    cardinality: draft.kind === 'one-to-one' ? 'one-to-one' : 'one-to-many',
    children: anyChildren ? children : null,
    sequence: draft.orderBy ? { orderBy: draft.orderBy, parentStart: draft.parentStart || null } : null,
  };
}

/**
 * The join table of a many-to-many draft: one required column per joined key, typed as that key,
 * and a link from each column to its key; the first link drives the rows (join rows per `child` row).
 */
export function joinTableOf(
  draft: LinkDraft,
  childKeyType: FieldDefinition['type'],
  parentKeyType: FieldDefinition['type'],
) {
  const name = `${draft.child}_${draft.parent}`;
  const left = `${draft.child}_${draft.childKey}`;
  const right = `${draft.parent}_${draft.parentKey}`;
  const column = (fieldName: string, type: FieldDefinition['type']): FieldDefinition => ({
    name: fieldName,
    type,
    constraints: { required: true, unique: false },
  });
  const link = (parent: string, parentKey: string, childKey: string): TableRelationship => ({
    parent,
    parentKey,
    child: name,
    childKey,
    cardinality: 'one-to-many',
    children: null,
    sequence: null,
  });
  return {
    definition: {
      name,
      description: `Links ${draft.child} and ${draft.parent}, many to many`,
      fields: [column(left, childKeyType), column(right, parentKeyType)],
    } satisfies SchemaDefinition,
    relationships: [link(draft.child, draft.childKey, left), link(draft.parent, draft.parentKey, right)],
  };
}

/** What PUT /api/datasets/{id} takes: the dataset as it is, with these relationships. */
export function requestOf(dataset: Dataset, relationships: TableRelationship[]): DatasetRequest {
  return {
    name: dataset.name,
    ...(dataset.description ? { description: dataset.description } : {}),
    ...(dataset.domain ? { domain: dataset.domain } : {}),
    tableSchemaIds: dataset.tables.map((table) => table.schemaId),
    relationships,
  };
}

/** The fields a link may point at: the unique ones, or every field of a table that declares none. */
export function keyFields(fields: FieldDefinition[]): FieldDefinition[] {
  const keys = fields.filter((field) => field.constraints?.unique);
  return keys.length > 0 ? keys : fields;
}

export function isTemporal(field: FieldDefinition): boolean {
  return field.type === 'date' || field.type === 'datetime';
}

export function linkLabel(relationship: Pick<TableRelationship, 'child' | 'childKey' | 'parent' | 'parentKey'>) {
  return `${relationship.child}.${relationship.childKey} → ${relationship.parent}.${relationship.parentKey}`;
}

const RELATIONSHIP_PATH = /^relationships\[(\d+)\]/;

/**
 * A refused save's problems by the relationship they name: by index (`relationships[2].parentKey`),
 * or, for the engine's sentences about `relationships`, by the child field they mention. The rest
 * are the dataset's as a whole.
 */
export function problemsByRelationship(error: ApiError, relationships: TableRelationship[]): Map<number, string[]> {
  const byIndex = new Map<number, string[]>();
  const add = (index: number, message: string) => byIndex.set(index, [...(byIndex.get(index) ?? []), message]);
  for (const { path, message } of error.errors) {
    const match = RELATIONSHIP_PATH.exec(path);
    if (match) {
      add(Number(match[1]), message);
    } else if (path === 'relationships') {
      relationships.forEach((relationship, index) => {
        if (message.includes(`${relationship.child}.${relationship.childKey}`)) {
          add(index, message);
        }
      });
    }
  }
  return byIndex;
}
