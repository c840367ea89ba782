package org.destalk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.destalk.coordinator.ContentRegistry;
import org.destalk.handoff.HandoffApiController;
import org.destalk.handoff.HandoffService;
import org.destalk.handoff.HandoffSettings;
import org.destalk.handoff.HelplinePageController;
import org.destalk.session.SessionKeys;
import org.destalk.session.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Helpline hand-offs: the API, the staff page, and redeeming codes in conversations. */
@Configuration(proxyBeanMethods = false)
class HandoffConfiguration {

    /** One configured helpline: an id to recognise it by, and its bearer token (from an environment variable). */
    record Helpline(String id, String token) {
    }

    @Bean
    HandoffSettings handoffSettings(Environment environment,
                                    @Value("${bot.handoff.code-ttl:24h}") Duration codeTtl,
                                    @Value("${bot.handoff.telegram-bot:}") String telegramBot,
                                    @Value("${bot.handoff.sms-number:}") String smsNumber,
                                    @Value("${bot.handoff.redeem-per-hour:10}") int redeemPerHour,
                                    @Value("${bot.handoff.calls-per-minute:60}") int callsPerMinute) {
        List<Helpline> helplines = Binder.get(environment).bind("bot.handoff.helplines", Bindable.listOf(Helpline.class)).orElse(List.of());
        Map<String, String> byToken = new HashMap<>();
        helplines.stream().filter(helpline -> helpline.token() != null && helpline.token().length() >= 16)
                .forEach(helpline -> byToken.put(helpline.token(), helpline.id()));
        return new HandoffSettings(Map.copyOf(byToken), codeTtl, telegramBot, smsNumber, redeemPerHour, callsPerMinute);
    }

    @Bean
    HandoffService handoffService(SessionStore store, SessionKeys keys, ContentRegistry registry, HandoffSettings settings, Clock clock) {
        return new HandoffService(store, keys, registry::content, settings, clock);
    }

    @Bean
    HandoffApiController handoffApi(HandoffService service, ContentRegistry registry, SessionStore store, SessionKeys keys) {
        return new HandoffApiController(service, registry::content, store, keys);
    }

    @Bean
    HelplinePageController helplinePage(HandoffService service, ContentRegistry registry, SessionStore store, SessionKeys keys) {
        return new HelplinePageController(service, registry::content, store, keys);
    }
}
