/** Internal to nk loop: curate implementations. */
package org.negativeknowledge.app.loop.internal.curate;
