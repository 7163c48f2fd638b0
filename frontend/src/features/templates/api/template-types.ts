import type { components } from '@/api/schema.gen';

export type SchemaDefinition = components['schemas']['DataSchema'];

export interface TemplateRelationship {
  parent: string;
  parentKey: string;
  child: string;
  childKey: string;
  cardinality: 'one-to-many' | 'one-to-one';
  children?: { min?: number | null; max?: number | null; mean?: number | null } | null;
  sequence?: { orderBy: string; parentStart?: string | null } | null;
}

export interface TemplateSummary {
  id: string;
  title: string;
  summary: string;
  domain: string;
  tables: { name: string; fieldCount: number }[];
  relationshipCount: number;
}

export interface TemplateDataset {
  name: string;
  description?: string | null;
  domain?: string | null;
  tables: SchemaDefinition[];
  relationships: TemplateRelationship[];
}

export interface Template {
  id: string;
  title: string;
  summary: string;
  domain: string;
  dataset: TemplateDataset;
  defaultRootRows: Record<string, number>;
  preview: Record<string, Record<string, unknown>[]>;
}

export interface InstantiateRequest {
  name?: string;
}

export interface InstantiatedDataset {
  id: string;
  name: string;
}
