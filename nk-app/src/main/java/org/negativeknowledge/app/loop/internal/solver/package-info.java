/** Internal to nk loop: solver implementations. */
package org.negativeknowledge.app.loop.internal.solver;
