package org.fazhikg.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a TDB2 database, as a running server would: a JVM of its own that locks
 * the database's {@code tdb.lock} the way Jena does (an OS file lock, with its process id written
 * in the file) and keeps it until its standard input closes. Needs nothing but the JDK, so it runs
 * from the test classes folder alone.
 */
final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    /** Starts a JVM holding {@code lockFile}; returns once it holds it. */
    static LockHolder start(Path lockFile) throws IOException, URISyntaxException {
        Path classes = Path.of(LockHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classes.toString(), LockHolder.class.getName(), lockFile.toString())
                .redirectErrorStream(true).start();
        String line = new String(p.getInputStream().readNBytes("locked\n".length()), StandardCharsets.UTF_8);
        if (!line.equals("locked\n")) {
            p.destroyForcibly();
            throw new IllegalStateException("lock holder failed: " + line + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new LockHolder(p);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.getOutputStream().close();
        if (!process.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) process.destroyForcibly().waitFor();
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                System.out.println("cannot lock " + args[0]);
                System.exit(1);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            System.out.print("locked\n");
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // hold the lock until the test closes our standard input
            }
        }
    }
}
