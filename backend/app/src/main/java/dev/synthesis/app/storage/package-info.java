/** The S3-compatible object store (MinIO API) holding seeds, models and outputs under tenant-scoped keys. */
package dev.synthesis.app.storage;
