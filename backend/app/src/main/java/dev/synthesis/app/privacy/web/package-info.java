/** The privacy budget over HTTP: a seed's budget and ledger, and the admin's budgets per tenant and per seed. */
package dev.synthesis.app.privacy.web;
