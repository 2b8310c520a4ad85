package org.negativeknowledge.app.loop;

/**
 * A condition's own attempts in one round.
 *
 * @param round the round
 * @param step the attempts' key ({@code nk1/round2})
 * @param attempts attempts that ran
 * @param passed those that passed
 * @param memoryBytes memory object sizes, bytes
 * @param memoryTokens memory object sizes, cl100k_base tokens
 * @param solverTokens solver tokens per attempt (attempts with a known, non-zero count)
 */
public record RoundSummary(int round, String step, int attempts, int passed, Distribution memoryBytes,
    Distribution memoryTokens, Distribution solverTokens) {}
