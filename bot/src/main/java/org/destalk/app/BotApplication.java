package org.destalk.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The bot as a server: channels' webhooks, the helpline and coordinator pages, health and metrics. */
@SpringBootApplication
@EnableConfigurationProperties(BotProperties.class)
public class BotApplication {

    public static void run(String[] args) {
        SpringApplication.run(BotApplication.class, args);
    }
}
