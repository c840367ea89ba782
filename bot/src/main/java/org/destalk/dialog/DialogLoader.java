package org.destalk.dialog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads dialogs/settings.yml, dialogs/flows/*.yml and dialogs/messages/*.yml, reporting every problem
 * it meets instead of stopping at the first.
 */
public final class DialogLoader {

    public static final String SETTINGS_FILE = "settings.yml";
    public static final String FLOWS_DIR = "flows";
    public static final String MESSAGES_DIR = "messages";

    private DialogLoader() {
    }

    public static DialogBundle load(Path root, Problems problems) {
        YNode settingsNode = YamlFiles.read(root.resolve(SETTINGS_FILE), SETTINGS_FILE, problems);
        Settings settings = settingsNode == null ? null : SettingsParser.parse(settingsNode);
        Map<String, Dialog> dialogs = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (Path file : yamlFiles(root.resolve(FLOWS_DIR), problems)) {
            YNode node = YamlFiles.read(file, FLOWS_DIR + "/" + file.getFileName(), problems);
            Dialog dialog = node == null ? null : DialogParser.parse(node, baseName(file));
            if (dialog != null) {
                dialogs.put(dialog.id(), dialog);
            } else {
                unreadable.add(baseName(file));
            }
        }
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        for (Path file : yamlFiles(root.resolve(MESSAGES_DIR), problems)) {
            YNode node = YamlFiles.read(file, MESSAGES_DIR + "/" + file.getFileName(), problems);
            Catalog catalog = node == null ? null : CatalogParser.parse(node, baseName(file));
            if (catalog != null) {
                catalogs.put(catalog.language(), catalog);
            }
        }
        if (settings == null) {
            return null;
        }
        return new DialogBundle(settings, Collections.unmodifiableMap(dialogs), Collections.unmodifiableMap(catalogs), Set.copyOf(unreadable));
    }

    /** The .yml files of a folder in name order, so that problems come out in a stable order. */
    public static List<Path> yamlFiles(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.Severity.ERROR, Position.of(dir.getFileName() + "/"), "", "missing-folder",
                    "The folder " + dir.getFileName() + "/ is missing.", "create it with at least one .yml file.");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = new ArrayList<>(files.filter(file -> file.getFileName().toString().endsWith(".yml")).sorted().toList());
            return yaml;
        } catch (IOException e) {
            problems.add(Problem.Severity.ERROR, Position.of(dir.getFileName() + "/"), "", "unreadable-file",
                    "The folder " + dir.getFileName() + "/ cannot be read.", "");
            return List.of();
        }
    }

    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yml".length());
    }
}
