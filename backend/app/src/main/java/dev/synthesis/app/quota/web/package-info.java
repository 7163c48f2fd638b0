/** The quota endpoints: a tenant reads its own, a platform admin sets any tenant's. */
package dev.synthesis.app.quota.web;
