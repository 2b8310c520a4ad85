package org.negativeknowledge.curator.signature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The last Python traceback of a log: the exception that ended the run and the frames that led
 * to it (outermost first). Chained tracebacks ("During handling of the above exception ...")
 * yield the last one, which is the exception that surfaced.
 *
 * @param exceptionType the exception's class as printed, possibly qualified ({@code
 *     pandas._libs.tslibs.np_datetime.OutOfBoundsDatetime})
 * @param message the message on the exception line, trimmed; empty when none
 * @param frames the frames, outermost first; long tracebacks keep only the innermost ones
 * @param framesOmitted how many outer frames were dropped to bound memory
 */
public record PythonTraceback(
    String exceptionType, String message, List<TracebackFrame> frames, int framesOmitted) {

  public PythonTraceback {
    Objects.requireNonNull(exceptionType, "exceptionType");
    Objects.requireNonNull(message, "message");
    frames = List.copyOf(frames);
  }

  /** The exception class without its module ({@code OutOfBoundsDatetime}). */
  public String simpleType() {
    int dot = exceptionType.lastIndexOf('.');
    return dot < 0 ? exceptionType : exceptionType.substring(dot + 1);
  }

  /** The frame where the exception was raised. */
  public Optional<TracebackFrame> innermostFrame() {
    return frames.isEmpty() ? Optional.empty() : Optional.of(frames.get(frames.size() - 1));
  }

  /** The innermost frame in the user's own code (not in an installed library), if any. */
  public Optional<TracebackFrame> innermostUserFrame() {
    for (int i = frames.size() - 1; i >= 0; i--) {
      if (!frames.get(i).inLibrary()) {
        return Optional.of(frames.get(i));
      }
    }
    return Optional.empty();
  }

  /** True when the exception was raised inside an installed library rather than the user's code. */
  public boolean raisedInLibrary() {
    return innermostFrame().map(TracebackFrame::inLibrary).orElse(false);
  }

  /** {@code Type: message}, or the type alone when there is no message. */
  public String headline() {
    return message.isEmpty() ? simpleType() : simpleType() + ": " + message;
  }
}
