package org.destalk.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.destalk.dialog.Problem;
import org.destalk.directory.Country;
import org.destalk.engine.Content;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;

/** The dialogs and directory the project ships: valid, complete and free of warnings. */
class ShippedContentTest {

    @Test
    void theShippedContentHasNoErrorsAndNoWarnings() {
        ContentLoader.Result result = Contents.load(Repo.dialogs());
        assertEquals(List.of(), result.problems().list().stream().map(Problem::describe).toList());
        assertTrue(result.published());
    }

    @Test
    void theDirectoryCoversEveryCountryOfTheSourcedFacts() {
        Content content = Contents.shipped();
        List<String> codes = content.directory().countries().stream().map(Country::code).sorted().toList();
        assertEquals(List.of("AT", "AU", "BE", "CA", "DE", "ES", "FR", "GB", "IE", "IT", "NL", "PT", "US", "ZA"), codes);
        assertFalse(content.directory().international().lines().isEmpty(), "people whose country is not listed get resources too");
    }

    @Test
    void everyDirectoryEntryHasASourceAndACheckedOnDate() {
        for (Country country : Contents.shipped().directory().countries()) {
            country.lines().forEach(line -> {
                assertFalse(line.provenance().sources().isEmpty(), line.id());
                assertTrue(line.provenance().checkedOn() != null, line.id());
            });
            country.silent().forEach(silent -> assertFalse(silent.provenance().sources().isEmpty(), silent.id()));
        }
    }
}
