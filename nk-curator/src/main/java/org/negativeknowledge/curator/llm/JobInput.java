package org.negativeknowledge.curator.llm;

import java.nio.file.Path;

/**
 * One input of a curation job.
 *
 * @param name the audit key ({@code round1_exec_log}, {@code r2_candidate}, ...)
 * @param label what the prompt calls it
 * @param location the file (for an absent eval log: where it would have been)
 * @param present false for an absent eval log
 * @param budgetChars the excerpt budget
 */
record JobInput(String name, String label, Path location, boolean present, int budgetChars) {}
