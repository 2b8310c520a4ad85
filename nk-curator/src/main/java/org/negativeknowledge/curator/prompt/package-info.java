/** The curator's prompt templates (depth-1, deep, round 2), built in or overridden from a folder. */
package org.negativeknowledge.curator.prompt;
