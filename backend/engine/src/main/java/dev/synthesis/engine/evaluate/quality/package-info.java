/** Utility metrics named after their SDMetrics counterparts, each a score in [0, 1] where 1 is best. */
package dev.synthesis.engine.evaluate.quality;
