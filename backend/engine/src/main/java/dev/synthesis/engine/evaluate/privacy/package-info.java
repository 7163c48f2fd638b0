/** Privacy metrics: how close synthetic rows come to the real rows a generator was trained on. */
package dev.synthesis.engine.evaluate.privacy;
