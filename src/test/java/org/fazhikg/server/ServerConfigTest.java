package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaults_bind_loopback_with_the_public_base_iri() {
        ServerConfig c = ServerConfig.defaults();
        assertEquals("127.0.0.1", c.host());
        assertEquals("https://fazhi-kg.org/", c.baseIri());
        assertEquals(Duration.ofSeconds(30), c.timeout());
    }

    @Test
    void bad_values_are_refused_saying_what_is_allowed() {
        assertTrue(message(() -> ServerConfig.defaults().withPort(70000)).contains("0 for any free port"));
        assertTrue(message(() -> ServerConfig.defaults().withBaseIri("https://fazhi-kg.org")).contains("must end with '/'"));
        assertTrue(message(() -> ServerConfig.defaults().withBaseIri("urn:x:/")).contains("http(s)"));
        assertTrue(message(() -> ServerConfig.defaults().withTimeout(Duration.ZERO)).contains("positive"));
        assertTrue(message(() -> ServerConfig.defaults().withHost(" ")).contains("127.0.0.1"));
        assertTrue(message(() -> ServerConfig.defaults().withLimits(10, 4096)).contains("at least"));
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
