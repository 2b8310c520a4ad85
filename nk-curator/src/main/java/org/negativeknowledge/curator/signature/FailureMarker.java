package org.negativeknowledge.curator.signature;

/** Mechanical failure classes recognised in a log; several may hold for one run. */
public enum FailureMarker {
  /** A Python module is not installed ({@code ModuleNotFoundError}, "requires X to be installed"). */
  MISSING_MODULE,
  /** A file or directory the program opened does not exist. */
  MISSING_FILE,
  /** A name the code used is absent from the installed library version (attribute, import name). */
  MISSING_API,
  /** A call does not match the installed function's signature (unexpected or missing argument). */
  CALL_SIGNATURE_MISMATCH,
  /** A key or column the code indexed does not exist. */
  MISSING_KEY,
  /** Array or tensor shapes / dimensions disagree. */
  SHAPE_MISMATCH,
  /** Data types disagree (cast, conversion, scalar type). */
  DTYPE_MISMATCH,
  /** Non-finite values (NaN, Inf) appeared: numerical divergence. */
  NON_FINITE,
  /** The run hit a time limit. */
  TIMEOUT,
  /** The run was killed by a signal. */
  KILLED,
  /** Host memory was exhausted. */
  OUT_OF_MEMORY_HOST,
  /** GPU (CUDA) memory was exhausted. */
  OUT_OF_MEMORY_CUDA,
  /** The program's own output looks degenerate (placeholder, empty or zero results). */
  DEGENERATE_OUTPUT,
  /** The log holds binary (NUL) bytes or undecodable text that was replaced. */
  UNDECODABLE_BYTES
}
