/** Not API: text excerpts of long artifacts and the cause chains of error messages. */
package org.negativeknowledge.curator.internal;
