/** The tools-mode sandbox: which files a model's Read and Write calls may touch, once. */
package org.negativeknowledge.curator.sandbox;
