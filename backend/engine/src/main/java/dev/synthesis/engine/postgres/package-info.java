/** Loading rows into PostgreSQL by COPY: the text format's buffer and the typed table export. */
package dev.synthesis.engine.postgres;
