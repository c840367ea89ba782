package org.destalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void extendedCharactersTakeTwoSeptetsAndAnythingElseSwitchesToUtf16Units() {
        assertThat(SmsText.units("a€b")).isEqualTo(4);
        assertThat(SmsText.units("{x}|^~\\[]")).isEqualTo(17);
        assertThat(SmsText.units("Menü ¿€")).as("accented letters of the basic set count once").isEqualTo(8);
        assertThat(SmsText.units("ação €")).as("outside GSM-7 every UTF-16 unit counts once").isEqualTo(6);
        assertThat(SmsText.units("ok 👍")).isEqualTo(5);
    }

    @Test
    void aLoneSurrogateOrAPrivateCharacterIsNotGsm() {
        assertThat(SmsText.isGsm7("ok \uD83D")).isFalse();
        assertThat(SmsText.isGsm7("\uE000")).isFalse();
        assertThat(SmsText.isGsm7("ΔΦΓΛΩΠΨΣΘΞ ÆæßÉ §¤ \f")).isTrue();
    }

    @Test
    void segmentsFollowTheSingleAndSplitLimits() {
        assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("€".repeat(80))).as("160 septets").isEqualTo(1);
        assertThat(SmsText.segments("ç".repeat(70))).isEqualTo(1);
        assertThat(SmsText.segments("ç".repeat(71))).isEqualTo(2);
    }
}
