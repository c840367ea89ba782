package org.destalk.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.destalk.conversation.ConversationService;
import org.destalk.conversation.StartCodes;
import org.destalk.coordinator.ContentRegistry;
import org.destalk.coordinator.DialogPublisher;
import org.destalk.nlp.Understander;
import org.destalk.session.MemorySessionStore;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The bot's core parts as Spring beans: content, language understanding, sessions, conversations. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DialogPublisher dialogPublisher(BotProperties properties, Clock clock) {
        return DialogPublisher.start(RepoPaths.resolve(properties.paths().dialogs()), properties.name(), clock);
    }

    @Bean
    ContentRegistry contentRegistry(DialogPublisher publisher) {
        return publisher.registry();
    }

    @Bean
    Understander understander(BotProperties properties, ContentRegistry registry) {
        return LoadingUnderstander.start(() -> Parts.understander(RepoPaths.resolve(properties.paths().nlpModels()), registry.content()));
    }

    @Bean
    SessionKeys sessionKeys(BotProperties properties) {
        return SessionKeys.fromConfig(properties.session().keySecret());
    }

    @Bean
    @ConditionalOnProperty(name = "bot.session.store", havingValue = "memory", matchIfMissing = true)
    SessionStore memorySessionStore(BotProperties properties, Clock clock) {
        return new MemorySessionStore(properties.session().idle(), properties.session().maxSessions(), clock);
    }

    @Bean
    ConversationService conversations(ContentRegistry registry, SessionStore store, SessionKeys keys, Understander understander,
                                      StartCodes codes, MeterRegistry meters, BotProperties properties) {
        ConversationService.Limits limits = new ConversationService.Limits(properties.limits().deliveryMemory(),
                properties.limits().messagesPerMinute());
        return Parts.conversations(registry, store, keys, understander, codes, meters, limits);
    }

    /** First of all filters, so that no oversized body is read by anything. */
    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(BotProperties properties) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(properties.limits().maxBody().toBytes(), properties.limits().maxAdminBody().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
