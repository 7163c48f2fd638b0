import type { components } from '@/api/schema.gen';
import type { Page } from '@/lib/page';

export type SchemaDefinition = components['schemas']['DataSchema'];

export type Cardinality = 'one-to-many' | 'one-to-one';

export interface ChildCount {
  min?: number | null;
  max?: number | null;
  mean?: number | null;
}

export interface SequenceSpec {
  orderBy: string;
  parentStart?: string | null;
}

export interface TableRelationship {
  parent: string;
  parentKey: string;
  child: string;
  childKey: string;
  cardinality: Cardinality;
  children?: ChildCount | null;
  sequence?: SequenceSpec | null;
}

export interface DatasetTable {
  name: string;
  schemaId: string;
  schemaVersion: number;
  fieldCount: number;
}

export interface Dataset {
  id: string;
  name: string;
  description?: string | null;
  domain?: string | null;
  version: number;
  tables: DatasetTable[];
  relationships: TableRelationship[];
  createdAt: string;
  updatedAt: string;
}

export type DatasetPage = Page<Dataset>;

export interface DatasetRequest {
  name: string;
  description?: string;
  domain?: string;
  tableSchemaIds: string[];
  relationships: TableRelationship[];
}

export interface DetectRequest {
  seedIds: string[];
}

export interface DetectedTable {
  seedId: string;
  name: string;
  schema: SchemaDefinition;
  primaryKey?: string | null;
}

export interface ProposedRelationship {
  relationship: TableRelationship;
  inclusion: number;
  reason: string;
}

export interface Orphans {
  child: string;
  childKey: string;
  parent: string;
  rows: number;
  examples: string[];
}

export interface Detection {
  tables: DetectedTable[];
  relationships: ProposedRelationship[];
  orphans: Orphans[];
}

export interface FromSeedsRequest {
  name: string;
  description?: string;
  domain?: string;
  tables: { seedId: string; schema: SchemaDefinition }[];
  relationships: TableRelationship[];
}

export type Row = Record<string, unknown>;

export interface DatasetPreview {
  tables: Record<string, Row[]>;
}

export type RunStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export interface TrainRequest {
  seeds: Record<string, string>;
}

export interface DatasetTraining {
  id: string;
  status: RunStatus;
  error?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
}

export const DATASET_FORMATS = ['csv', 'jsonl', 'xlsx', 'sql'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export interface GenerateRequest {
  rootRows?: Record<string, number>;
  seed?: number;
  format: DatasetFormat;
}

export interface ParentChildTrend {
  parentColumn: string;
  childColumn: string;
  real: number;
  synthetic: number;
  similarity: number;
}

export interface RelationshipScore {
  parent: string;
  child: string;
  childKey: string;
  cardinalityShapeSimilarity: number;
  trends: ParentChildTrend[];
  danglingKeys: number;
  orphanRowsInSeed: number;
}

export type TableQuality = Partial<components['schemas']['EvaluationReport']>;

export interface DatasetReport {
  quality: number;
  tables: Record<string, TableQuality>;
  relationships: RelationshipScore[];
}

export interface DatasetJob {
  id: string;
  datasetId: string;
  status: RunStatus;
  format: DatasetFormat;
  seed: string;
  rowsPerTable: Record<string, number>;
  rowsWritten: number;
  report: DatasetReport | null;
  error?: string | null;
  createdAt: string;
  finishedAt?: string | null;
}
