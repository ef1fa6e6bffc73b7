package org.fazhikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.fazhikg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @Test
    void serve_and_up_have_help_with_their_options() {
        for (String cmd : new String[] {"serve", "up"}) {
            CliTest.Run r = CliTest.run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("--port") && r.out().contains("--base-iri") && r.out().contains("--timeout"), r.out());
        }
    }

    @Test
    void bad_settings_are_one_line_user_errors(@TempDir Path tmp) {
        CliTest.Run port = CliTest.run("serve", "--store", tmp.toString(), "--port", "70000");
        assertEquals(1, port.code());
        assertTrue(port.err().contains("0 for any free port"), port.err());
        CliTest.Run timeout = CliTest.run("serve", "--store", tmp.toString(), "--timeout", "0");
        assertEquals(1, timeout.code());
        assertEquals(1, timeout.err().strip().lines().count(), timeout.err());
        CliTest.Run store = CliTest.run("serve", "--store", tmp.resolve("none").toString());
        assertEquals(1, store.code());
        assertTrue(store.err().contains("store not found"), store.err());
        CliTest.Run data = CliTest.run("up", "--data", tmp.resolve("none").toString(), "--store", tmp.resolve("s").toString());
        assertEquals(1, data.code());
        assertTrue(data.err().contains("data folder not found"), data.err());
    }

    @Test
    void a_port_in_use_is_a_user_error_not_a_hang(@TempDir Path tmp) throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.replaceReport("x", ModelFactory.createDefaultModel().add(
                    ModelFactory.createDefaultModel().createResource("https://fazhi-kg.org/resource/x"), RDFS.label, "x"));
        }
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliTest.Run r = CliTest.run("serve", "--store", tmp.resolve("store").toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
        }
    }

    @Test
    void up_builds_when_the_store_is_missing_empty_or_older_than_the_reports(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("reports"));
        Path report = Files.writeString(data.resolve("r.txt"), "某县2023年法治政府建设年度报告");
        Path storeDir = tmp.resolve("store");
        assertEquals(Optional.of("no store yet"), UpCommand.reasonToBuild(data, storeDir));
        Files.createDirectories(storeDir);
        assertEquals(Optional.of("no store yet"), UpCommand.reasonToBuild(data, storeDir));
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.replaceReport("r", ModelFactory.createDefaultModel().add(
                    ModelFactory.createDefaultModel().createResource("https://fazhi-kg.org/resource/r"), RDFS.label, "r"));
        }
        Instant built = Instant.now().minusSeconds(7200);
        try (var files = Files.walk(storeDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, FileTime.from(built));
        }
        Files.setLastModifiedTime(report, FileTime.from(built.minusSeconds(3600)));
        assertEquals(Optional.empty(), UpCommand.reasonToBuild(data, storeDir));
        Files.setLastModifiedTime(report, FileTime.from(built.plusSeconds(3600)));
        // opening the store to look does not make it look newer than the edited report
        assertEquals(Optional.of("reports changed since the last build"), UpCommand.reasonToBuild(data, storeDir));
        assertEquals(Optional.of("reports changed since the last build"), UpCommand.reasonToBuild(data, storeDir));
    }
}
