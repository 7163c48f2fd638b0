/** JSON fields: kinds, presence and value models learned per JSON path. */
package dev.synthesis.engine.model.json;
