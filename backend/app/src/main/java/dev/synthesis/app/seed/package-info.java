/** Seed data: uploads checked and stored in the object store, their detected schema and preview, validation against schemas. */
package dev.synthesis.app.seed;
