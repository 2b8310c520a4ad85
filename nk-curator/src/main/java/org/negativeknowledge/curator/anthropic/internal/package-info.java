/** Not API: the translation to and from the SDK's Messages types and the bound on answer bodies. */
package org.negativeknowledge.curator.anthropic.internal;
