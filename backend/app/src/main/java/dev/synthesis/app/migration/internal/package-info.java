/** The Flyway set-up both sides share and the start-up check of the serving app. */
package dev.synthesis.app.migration.internal;
