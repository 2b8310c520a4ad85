/**
 * Reading and writing the loop's run files (text and JSON, written atomically).
 */
package org.negativeknowledge.app.loop.internal.files;
