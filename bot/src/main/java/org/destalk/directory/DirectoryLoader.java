package org.destalk.directory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.destalk.dialog.DialogLoader;
import org.destalk.dialog.Problems;
import org.destalk.dialog.YNode;
import org.destalk.dialog.YamlFiles;

/** Loads dialogs/directory/: one file per country (es.yml, gb.yml, ...) and international.yml. */
public final class DirectoryLoader {

    public static final String FOLDER = "directory";
    private static final String INTERNATIONAL_FILE = "international";

    private DirectoryLoader() {
    }

    public static Directory load(Path dialogsRoot, List<String> languages, LocalDate today, Problems problems) {
        DirectoryParser parser = new DirectoryParser(languages, today);
        Map<String, Country> countries = new LinkedHashMap<>();
        Country international = null;
        Map<String, String> lineFiles = new HashMap<>();
        if (!Files.isDirectory(dialogsRoot.resolve(FOLDER))) {
            return Directory.empty(); // a bot without a directory only has the international texts it was given
        }
        for (Path file : DialogLoader.yamlFiles(dialogsRoot.resolve(FOLDER), problems)) {
            String base = DialogLoader.baseName(file);
            String display = FOLDER + "/" + file.getFileName();
            YNode root = YamlFiles.read(file, display, problems);
            boolean isInternational = INTERNATIONAL_FILE.equals(base);
            String code = isInternational ? DirectoryParser.INTERNATIONAL : base.toUpperCase(Locale.ROOT);
            Country country = root == null ? null : parser.parse(root, code);
            if (country == null) {
                continue;
            }
            for (Line line : country.lines()) {
                String previous = lineFiles.putIfAbsent(line.id(), display);
                if (previous != null) {
                    problems.error(line.position(), "duplicate-id", "Line id '" + line.id() + "' is also used in " + previous + ".",
                            "give each line a unique id.");
                }
            }
            if (isInternational) {
                international = country;
            } else {
                countries.put(country.code(), country);
            }
        }
        return new Directory(countries, international);
    }
}
