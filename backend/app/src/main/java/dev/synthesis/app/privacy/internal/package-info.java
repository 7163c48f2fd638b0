/** The budgets and the ledger as PostgreSQL keeps them, and the charging of DP trainings. */
package dev.synthesis.app.privacy.internal;
