/**
 * The differential-privacy budget of each seed, per tenant: what an admin allows, the ledger of what
 * each DP training spent, and the check that refuses a training the budget cannot pay for.
 */
package dev.synthesis.app.privacy;
