package org.fazhikg.evaluate;

/** A user error in evaluation input (missing gold folder, malformed answer file); the message is one line. */
public final class EvaluationException extends org.fazhikg.UserException {
    public EvaluationException(String message) {
        super(message);
    }
}
