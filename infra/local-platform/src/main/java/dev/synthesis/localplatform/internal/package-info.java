/** The individual servers, child-process handling and readiness checks behind {@code LocalPlatform}. */
package dev.synthesis.localplatform.internal;
