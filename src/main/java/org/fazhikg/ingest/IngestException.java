package org.fazhikg.ingest;

/**
 * A problem with the user's data, told in one line that names the file (and line) and what is allowed.
 * {@link Corpus#open} throws it when the folder or its manifest is unusable (the build cannot start);
 * {@link Corpus#read} throws it when one report file is empty, binary or unreadable (the build skips
 * that file and goes on).
 *
 * <pre>
 * try { docs.add(corpus.read(source)); }
 * catch (IngestException e) { System.err.println(e.getMessage()); } // data/reports/x.txt: empty file, skipped
 * </pre>
 */
public final class IngestException extends org.fazhikg.UserException {
    IngestException(String message) {
        super(message);
    }

    IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
