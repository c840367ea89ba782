package org.destalk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import org.destalk.support.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An exception that escapes a handler is answered with a bare status and logged by class name only. */
class QuietErrorsTest {

    private static final String WORDS = "he reads my messages +447700900123";

    @RestController
    static class Failing {
        @GetMapping("/fails")
        String fails() {
            throw new IllegalStateException("could not handle: " + WORDS);
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new QuietErrors()).build();

    @Test
    void anUnexpectedFailureIsA500WithoutItsMessage() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            mvc.perform(get("/fails")).andExpect(status().isInternalServerError()).andExpect(content().string(""));

            // Spring itself traces resolved exceptions at DEBUG, which the server's configuration never enables.
            assertThat(logs.lines(Level.INFO)).noneMatch(line -> line.contains("reads my messages") || line.contains("447700900123"));
            assertThat(logs.lines()).anyMatch(line -> line.contains("A request failed (IllegalStateException)"));
        }
    }

    @Test
    void theCallersOwnMistakesKeepTheirStatus() throws Exception {
        mvc.perform(post("/fails")).andExpect(status().isMethodNotAllowed());
    }
}
