/** How keys are made, hashed, stored and found for authentication. */
package dev.synthesis.app.apikey.internal;
