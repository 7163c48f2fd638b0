/** Reading seed files (CSV, JSON, JSON Lines, XLSX) into raw tables within limits, and streaming typed rows out in every output format. */
package dev.synthesis.engine.io;
