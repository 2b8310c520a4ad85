/**
 * {@code nk serve}: embedded Tomcat with the guard (token, loopback, origin, bodies), the JSON API
 * over the application layer, MCP over Streamable HTTP and the web page.
 */
package org.negativeknowledge.server.http;
