/**
 * The server's settings and failures, and the one map of failure kinds to HTTP statuses.
 */
package org.negativeknowledge.server;
