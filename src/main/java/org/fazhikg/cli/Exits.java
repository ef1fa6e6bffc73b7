package org.fazhikg.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.fazhikg.UserException;

/** Exit codes and how an exception becomes one. */
final class Exits {
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int BUG = 2;

    private Exits() {}

    static int report(Exception ex, PrintWriter err) {
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof UserException || cause instanceof NoSuchFileException) {
            String msg = cause instanceof NoSuchFileException n ? "no such file: " + n.getFile() : cause.getMessage();
            err.println("fazhi-kg: " + msg);
            return USER_ERROR;
        }
        err.println("fazhi-kg: unexpected failure (a bug; please report it with this trace):");
        ex.printStackTrace(err);
        return BUG;
    }
}
