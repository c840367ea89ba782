package org.destalk.coordinator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.destalk.dialog.DialogBundle;
import org.destalk.dialog.DialogChecker;
import org.destalk.dialog.DialogLoader;
import org.destalk.dialog.Problems;
import org.destalk.directory.Directory;
import org.destalk.directory.DirectoryLoader;
import org.destalk.directory.DirectoryParser;
import org.destalk.engine.Content;

/**
 * Loads and checks everything under dialogs/ in one pass. Content with any error is never returned,
 * so it can never be published; all problems are returned either way.
 */
public final class ContentLoader {

    private final Clock clock;

    public ContentLoader(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param content what can be published, or null when there is any error
     * @param bundle  the dialogs, settings and catalogs as loaded, errors or not, so that reports such as
     *                translation coverage still work on content that cannot be published; null only when
     *                settings.yml itself cannot be read
     */
    public record Result(Content content, Problems problems, DialogBundle bundle) {
        public boolean published() {
            return content != null;
        }
    }

    public Result load(Path root) {
        Problems problems = new Problems();
        DialogBundle bundle = DialogLoader.load(root, problems);
        LocalDate today = LocalDate.now(clock);
        List<String> languages = bundle == null ? List.of() : bundle.settings().languages();
        Directory directory = DirectoryLoader.load(root, languages, today, problems);
        if (bundle != null) {
            Set<String> countries = new HashSet<>();
            directory.countries().forEach(country -> countries.add(country.code()));
            countries.add(DirectoryParser.INTERNATIONAL);
            DialogChecker.check(bundle, countries, problems);
        }
        if (bundle == null || problems.hasErrors()) {
            return new Result(null, problems, bundle);
        }
        return new Result(new Content(bundle, directory, checksum(root), clock.instant()), problems, bundle);
    }

    /** Content is every .yml file except the golden conversation tests, which only the test suite reads. */
    private static boolean isContent(Path file) {
        return Files.isRegularFile(file) && file.toString().endsWith(".yml") && !file.toString().contains("/tests/");
    }

    /** A short fingerprint of every content file, naming the published version in the admin API and logs. */
    static String checksum(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(ContentLoader::isContent).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
