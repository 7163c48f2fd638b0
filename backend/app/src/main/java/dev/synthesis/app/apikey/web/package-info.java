/** The tenant's API key endpoints. */
package dev.synthesis.app.apikey.web;
