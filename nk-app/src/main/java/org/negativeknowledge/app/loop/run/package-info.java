/**
 * The entry points of {@code nk loop}: {@link org.negativeknowledge.app.loop.run.Loop} runs a loop
 * specification and reports on a run folder; {@link org.negativeknowledge.app.loop.run.LoopTasks}
 * reads tasks.
 */
package org.negativeknowledge.app.loop.run;
