/**
 * The web bank browser's static assets.
 */
package org.negativeknowledge.server.web;
