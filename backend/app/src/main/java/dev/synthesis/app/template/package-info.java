/** Ready-made datasets for common domains, previewed without a seed and copied into a tenant's own dataset in one call. */
package dev.synthesis.app.template;
