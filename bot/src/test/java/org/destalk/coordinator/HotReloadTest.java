package org.destalk.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.destalk.app.BotApplication;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.conversation.ConversationService;
import org.destalk.support.DialogsCopy;
import org.destalk.support.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Editing files under a running bot: valid changes go live within seconds, broken ones never do. */
@SpringBootTest(classes = BotApplication.class, properties = {"bot.admin.watch=true", "bot.admin.watch-quiet=200ms"})
class HotReloadTest {

    private static final DialogsCopy DIALOGS = DialogsCopy.ofShipped();
    private static final String MESSAGES = "messages/en.yml";
    private static final String CHECK = "flows/check.yml";
    private static final String ORIGINAL_MESSAGES = DIALOGS.read(MESSAGES);
    private static final String ORIGINAL_CHECK = DIALOGS.read(CHECK);
    private static final String ORIGINAL_VERSION = ContentLoader.checksum(DIALOGS.root);
    private static final Duration SECONDS = Duration.ofSeconds(10);
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @DynamicPropertySource
    static void dialogs(DynamicPropertyRegistry registry) {
        registry.add("bot.paths.dialogs", DIALOGS.root::toString);
    }

    @Autowired
    DialogPublisher publisher;
    @Autowired
    ConversationService conversations;

    @AfterEach
    void restore() {
        DIALOGS.write(MESSAGES, ORIGINAL_MESSAGES);
        DIALOGS.write(CHECK, ORIGINAL_CHECK);
        assertThat(DialogsCopy.within(SECONDS, () -> publisher.status().published() && publisher.status().version().equals(ORIGINAL_VERSION)))
                .as("the original dialogs are served again").isTrue();
    }

    @Test
    void aValidChangeIsPublishedWithinSecondsWhileConversationsGoOn() {
        String person = person();
        send(person, "/start");
        String before = publisher.status().version();

        DIALOGS.replace(MESSAGES, "Let's look at this together, one step at a time.", "We'll go through this together, calmly.");

        assertThat(DialogsCopy.within(SECONDS, () -> !publisher.status().version().equals(before))).as("published").isTrue();
        assertThat(texts(send(person, "1"))).anyMatch(text -> text.startsWith("We'll go through this together, calmly."));
    }

    @Test
    void aBrokenChangeIsRefusedWithItsPlaceAndTheOldVersionKeepsServing() {
        String person = person();
        send(person, "/start");
        String served = publisher.status().version();
        try (LogCapture logs = new LogCapture()) {
            DIALOGS.replace(CHECK, "next: knows}", "next: no_such_node}");

            assertThat(DialogsCopy.within(SECONDS, () -> !publisher.status().published())).as("refused").isTrue();
            assertThat(publisher.status().version()).isEqualTo(served);
            assertThat(publisher.status().problems()).anyMatch(problem -> problem.isError() && problem.position().file().equals(CHECK)
                    && problem.position().line() > 0 && problem.position().column() > 0);
            assertThat(logs.lines()).anyMatch(line -> line.matches(".*flows/check\\.yml:\\d+:\\d+ .*error.*no_such_node.*"));
        }
        assertThat(texts(send(person, "1"))).anyMatch(text -> text.startsWith("Let's look at this together"));
    }

    @Test
    void someoneAtANodeThatDisappearedIsTakenToTheDialogsStartWithANote() {
        String person = person();
        send(person, "/start");
        send(person, "1");
        send(person, "1"); // now at check.knows
        String before = publisher.status().version();

        DIALOGS.write(CHECK, ORIGINAL_CHECK.replace("  knows:\n", "  knows_now:\n").replace("next: knows}", "next: knows_now}"));

        assertThat(DialogsCopy.within(SECONDS, () -> !publisher.status().version().equals(before))).as("published").isTrue();
        List<String> texts = texts(send(person, "1"));
        assertThat(texts.get(0)).startsWith("Things have changed a little here");
        assertThat(texts).anyMatch(text -> text.startsWith("Let's look at this together"));
    }

    private static String person() {
        return "reload-" + PEOPLE.incrementAndGet();
    }

    private Outbound send(String person, String text) {
        return conversations.handle(Inbound.text("telegram", person, text));
    }

    private static List<String> texts(Outbound outbound) {
        return outbound.messages().stream().map(Outbound.Message::text).toList();
    }
}
