/** How every failure leaves the API: RFC 9457 problem details with a stable type per kind of failure. */
package dev.synthesis.app.problem;
