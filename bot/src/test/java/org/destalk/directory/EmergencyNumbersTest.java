package org.destalk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.destalk.support.Contents;
import org.junit.jupiter.api.Test;

/** Which messages are nothing but an emergency number, on the shipped directory. */
class EmergencyNumbersTest {

    private final Directory directory = Contents.shipped().directory();

    @Test
    void everyListedCountrysNumbersCountTypedAloneWithSpacesOrAnExclamation() {
        for (Country country : directory.countries()) {
            assertThat(directory.isEmergencyNumber(country.emergency().number())).as(country.code()).isTrue();
            country.emergency().also().forEach(also -> assertThat(directory.isEmergencyNumber(" " + also + "!")).as(also).isTrue());
        }
        assertThat(directory.isEmergencyNumber("9 1 1")).isTrue();
    }

    @Test
    void numbersWithWordsOrOtherNumbersDoNot() {
        assertThat(directory.isEmergencyNumber("I called 112 last year")).isFalse();
        assertThat(directory.isEmergencyNumber("2")).isFalse();
        assertThat(directory.isEmergencyNumber("1120")).isFalse();
        assertThat(directory.isEmergencyNumber("")).isFalse();
        assertThat(directory.isEmergencyNumber("!!")).isFalse();
    }
}
