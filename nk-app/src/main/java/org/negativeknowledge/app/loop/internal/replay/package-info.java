/** Internal to nk loop: replay implementations. */
package org.negativeknowledge.app.loop.internal.replay;
