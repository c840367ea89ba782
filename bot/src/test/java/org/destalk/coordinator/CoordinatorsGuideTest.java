package org.destalk.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.destalk.dialog.Problem;
import org.destalk.support.Contents;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Every YAML example in dialogs/README.md is loaded on top of the shipped dialogs and must check
 * without a single error: the coordinators' guide can never drift from what the bot accepts.
 */
class CoordinatorsGuideTest {

    private static final Pattern BLOCK = Pattern.compile("```yaml\\n# file: ([^\\n(]+?)( \\(excerpt\\))?\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void everyExampleInTheGuideLoadsWithoutErrors() throws IOException {
        String guide = Files.readString(Repo.dialogs().resolve("README.md"));
        Path content = work.resolve("dialogs");
        Contents.copyTree(Repo.dialogs(), content);

        Matcher matcher = BLOCK.matcher(guide);
        List<String> applied = new ArrayList<>();
        while (matcher.find()) {
            String example = matcher.group(3);
            for (Path file : files(content, matcher.group(1).trim())) {
                if (matcher.group(2) != null) {
                    Files.writeString(file, merge(Files.readString(file), example));
                } else {
                    Files.writeString(file, example);
                }
            }
            applied.add(matcher.group(1).trim());
        }
        assertEquals(guide.split("```yaml", -1).length - 1, applied.size(), "every yaml block names its file");
        assertTrue(applied.contains("flows/example.yml") && applied.contains("directory/xx.yml"), applied.toString());

        List<String> errors = Contents.load(content).problems().list().stream().filter(Problem::isError).map(Problem::describe).toList();
        assertEquals(List.of(), errors);
    }

    /** The file a block names, or every file of its folder for "messages/*.yml". */
    private static List<Path> files(Path content, String name) throws IOException {
        if (!name.contains("*")) {
            return List.of(content.resolve(name));
        }
        Path folder = content.resolve(name.substring(0, name.lastIndexOf('/')));
        try (var listing = Files.list(folder)) {
            return listing.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** Deep-merges an excerpt into a file, reading every value as the text written (as the bot does). */
    @SuppressWarnings("unchecked")
    private static String merge(String original, String excerpt) {
        Yaml yaml = textOnlyYaml();
        Map<String, Object> target = yaml.load(original);
        mergeInto(target, (Map<String, Object>) yaml.load(excerpt));
        return yaml.dump(target);
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> target, Map<String, Object> addition) {
        addition.forEach((key, value) -> {
            Object existing = target.get(key);
            if (existing instanceof Map && value instanceof Map) {
                mergeInto((Map<String, Object>) existing, (Map<String, Object>) value);
            } else {
                target.put(key, value);
            }
        });
    }

    private static Yaml textOnlyYaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // no booleans, numbers or dates: "yes" stays the word yes
            }
        };
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(dump), dump, new LoaderOptions(), textOnly);
    }

}
