/**
 * {@code nk loop}: attempt, fail, curate, consult, attempt again, on a user's tasks or as a replay of
 * the paper's section-3 study. {@link org.negativeknowledge.app.loop.Loop} runs a {@link
 * org.negativeknowledge.app.loop.LoopSpec} and returns a {@link
 * org.negativeknowledge.app.loop.LoopReport}; tasks are read by {@link
 * org.negativeknowledge.app.loop.LoopTasks} (format: {@link org.negativeknowledge.app.loop.TaskSchema});
 * the solver, executor and curator are interfaces ({@link org.negativeknowledge.app.loop.Solver},
 * {@link org.negativeknowledge.app.loop.CandidateExecutor}, {@link
 * org.negativeknowledge.app.loop.LoopCurator}) chosen by {@link
 * org.negativeknowledge.app.loop.SolverChoice}, {@link org.negativeknowledge.app.loop.ExecutorChoice}
 * and {@link org.negativeknowledge.app.loop.CuratorChoice}. The engine and the implementations are in
 * {@code internal}.
 */
package org.negativeknowledge.app.loop;
