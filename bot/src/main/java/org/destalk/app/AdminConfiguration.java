package org.destalk.app;

import java.time.Clock;
import java.time.Duration;
import org.destalk.admin.AdminApiController;
import org.destalk.admin.AdminPageController;
import org.destalk.admin.AdminToken;
import org.destalk.conversation.Previews;
import org.destalk.coordinator.ContentRegistry;
import org.destalk.coordinator.DialogPublisher;
import org.destalk.coordinator.DialogWatcher;
import org.destalk.nlp.Understander;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Coordinators' tools in the running bot: publishing on save, the admin API, and the preview page. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    AdminToken adminToken(@Value("${bot.admin.token:}") String token) {
        return new AdminToken(token);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "bot.admin.watch", havingValue = "true", matchIfMissing = true)
    DialogWatcher dialogWatcher(DialogPublisher publisher, @Value("${bot.admin.watch-quiet:500ms}") Duration quiet) {
        return new DialogWatcher(publisher.root(), quiet, publisher::reload).start();
    }

    @Bean
    Previews previews(ContentRegistry registry, Understander understander) {
        return new Previews(registry, understander);
    }

    @Bean
    AdminApiController adminApi(AdminToken token, DialogPublisher publisher, Clock clock) {
        return new AdminApiController(token, publisher, clock);
    }

    @Bean
    AdminPageController adminPage(AdminToken token, ContentRegistry registry, Previews previews,
                                  @Value("${bot.sms.max-segments:3}") int maxSegments) {
        return new AdminPageController(token, registry, previews, maxSegments);
    }
}
