/** Internal to nk loop: exec implementations. */
package org.negativeknowledge.app.loop.internal.exec;
