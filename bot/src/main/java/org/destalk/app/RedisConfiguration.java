package org.destalk.app;

import java.time.Clock;
import java.time.Duration;
import org.destalk.session.RedisConnector;
import org.destalk.session.RedisSessionStore;
import org.destalk.session.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sessions in Redis (bot.session.store=redis), shared by every bot process, with a health check. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bot.session.store", havingValue = "redis")
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisConnector redisConnector(@Value("${bot.session.redis.url}") String url,
                                  @Value("${bot.session.redis.timeout:300ms}") Duration timeout) {
        return new RedisConnector(url, timeout);
    }

    @Bean
    SessionStore redisSessionStore(RedisConnector connector, BotProperties properties, Clock clock) {
        return new RedisSessionStore(connector.commands(), properties.session().idle(), clock);
    }

    /** Down when Redis does not answer; the bot still answers people then, with an apology and the menu. */
    @Bean
    HealthIndicator redisHealthIndicator(RedisConnector connector) {
        return () -> {
            try {
                return "PONG".equals(connector.commands().ping()) ? Health.up().build() : Health.down().build();
            } catch (RuntimeException unreachable) {
                return Health.down().withDetail("error", unreachable.getClass().getSimpleName()).build();
            }
        };
    }
}
