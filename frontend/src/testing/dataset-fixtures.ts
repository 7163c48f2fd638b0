// Test data may know a feature's types; features never import from here.
import type { Dataset, DatasetJob } from '@/features/datasets/api/dataset-types';
import type { Schema } from '@/features/schemas/api/schema-types';

import { aSchema } from './schema-fixtures';

export const customersSchema: Schema = aSchema({
  id: 's-customers',
  name: 'customers',
  fields: [
    {
      name: 'id',
      type: 'integer',
      constraints: { required: true, unique: true },
      model: 'auto',
      privacyLevel: 'medium',
    },
    {
      name: 'name',
      type: 'string',
      constraints: { required: true, unique: false },
      model: 'auto',
      privacyLevel: 'medium',
    },
    {
      name: 'since',
      type: 'date',
      constraints: { required: true, unique: false },
      model: 'auto',
      privacyLevel: 'medium',
    },
  ],
});

export const ordersSchema: Schema = aSchema({
  id: 's-orders',
  name: 'orders',
  fields: [
    {
      name: 'order_id',
      type: 'integer',
      constraints: { required: true, unique: true },
      model: 'auto',
      privacyLevel: 'medium',
    },
    {
      name: 'customer_id',
      type: 'integer',
      constraints: { required: true, unique: false },
      model: 'auto',
      privacyLevel: 'medium',
    },
    {
      name: 'placed_at',
      type: 'datetime',
      constraints: { required: true, unique: false },
      model: 'auto',
      privacyLevel: 'medium',
    },
  ],
});

export function aDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    id: 'd1',
    name: 'Shop',
    description: 'Customers and their orders',
    domain: 'retail',
    version: 1,
    tables: [
      { name: 'customers', schemaId: 's-customers', schemaVersion: 3, fieldCount: 3 },
      { name: 'orders', schemaId: 's-orders', schemaVersion: 3, fieldCount: 3 },
    ],
    relationships: [],
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-02T10:00:00Z',
    ...overrides,
  };
}

export const ordersOfCustomers = {
  parent: 'customers',
  parentKey: 'id',
  child: 'orders',
  childKey: 'customer_id',
  cardinality: 'one-to-many',
  children: null,
  sequence: null,
} as const;

export function aDatasetJob(overrides: Partial<DatasetJob> = {}): DatasetJob {
  return {
    id: 'j1-0000-0000',
    datasetId: 'd1',
    status: 'COMPLETED',
    format: 'csv',
    seed: '42',
    rowsPerTable: { customers: 1000, orders: 4200 },
    rowsWritten: 5200,
    report: null,
    createdAt: '2026-12-03T10:00:00Z',
    finishedAt: '2026-12-03T10:01:00Z',
    ...overrides,
  };
}
