package org.fazhikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void help_lists_the_commands_and_exits_zero() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("mentions") && r.out().contains("evaluate"), r.out());
    }

    @Test
    void every_command_has_help() {
        for (String cmd : new String[] {"mentions", "evaluate"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("--data"), cmd + ": " + r.out());
        }
    }

    @Test
    void an_unknown_option_is_a_one_line_user_error() {
        Run r = run("mentions", "--out", "x.csv", "--bogus");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--bogus"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void an_unknown_command_is_a_user_error() {
        Run r = run("frobnicate");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void no_command_is_a_user_error_listing_the_commands() {
        Run r = run();
        assertEquals(1, r.code());
        assertTrue(r.err().contains("mentions"), r.err());
    }

    @Test
    void a_missing_data_folder_is_a_one_line_user_error_naming_it(@TempDir Path tmp) {
        Run r = run("mentions", "--data", tmp.resolve("absent").toString(), "--out", tmp.resolve("m.csv").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("absent"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void evaluate_with_a_missing_gold_folder_is_a_user_error(@TempDir Path tmp) {
        Run r = run("evaluate", "--gold", tmp.resolve("nogold").toString(), "--data", "src/test/resources/cli/reports");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("nogold"), r.err());
    }
}
