package org.destalk.app;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A liveness answer for load balancers that costs nothing: unlike /actuator/health it does not ask
 * Redis, so a Redis outage (which the bot survives) never takes the process out of rotation. The
 * benchmarks also use it as the cheapest request the application can serve.
 */
@RestController
class PingController {

    @GetMapping(path = "/ping", produces = MediaType.TEXT_PLAIN_VALUE)
    String ping() {
        return "ok";
    }
}
