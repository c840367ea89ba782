package org.destalk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Admin is off without a token, refuses a short one, and accepts only the exact bearer token. */
class AdminTokenTest {

    private static final String TOKEN = "a-coordinators-token-of-length";

    @Test
    void withoutATokenAdminDoesNotExist() {
        AdminGuard guard = new AdminGuard(new AdminToken(""));
        assertThat(guard.enabled()).isFalse();
        assertThat(guard.refusal("Bearer anything").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aShortTokenStopsTheStart() {
        assertThatThrownBy(() -> new AdminToken("short-token")).hasMessageContaining("at least " + AdminToken.MIN_LENGTH);
    }

    @Test
    void onlyTheExactBearerTokenIsAllowed() {
        AdminToken token = new AdminToken(TOKEN);
        assertThat(token.allows("Bearer " + TOKEN)).isTrue();
        assertThat(token.allows(TOKEN)).isFalse();
        assertThat(token.allows("Basic " + TOKEN)).isFalse();
        assertThat(token.allows("Bearer " + TOKEN.toUpperCase())).isFalse();
        assertThat(token.allows("Bearer " + TOKEN + "-")).isFalse();
        assertThat(token.allows(null)).isFalse();
        assertThat(new AdminGuard(token).refusal("Bearer " + TOKEN)).isNull();
    }
}
