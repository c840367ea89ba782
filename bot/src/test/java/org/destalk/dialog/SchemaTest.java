package org.destalk.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.destalk.support.Repo;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The JSON Schemas in dialogs/schema/ (for editor completion) accept every shipped file and reject what
 * the loader rejects, so editors and the checker never disagree on the shape of a file.
 */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyShippedFileMatchesItsSchema() throws IOException {
        Path dialogs = Repo.dialogs();
        assertValid("settings-v1", List.of(dialogs.resolve("settings.yml")));
        assertValid("dialog-v1", yamlFiles(dialogs.resolve("flows")));
        assertValid("messages-v1", yamlFiles(dialogs.resolve("messages")));
        assertValid("directory-v1", yamlFiles(dialogs.resolve("directory")));
    }

    @Test
    void theDialogSchemaRejectsAMisspeltKeyLikeTheChecker() throws IOException {
        Path broken = Repo.fixture("broken/unknown-key/flows/menu.yml");
        assertFalse(schema("dialog-v1").validate(tree(broken)).isEmpty());
    }

    private static void assertValid(String schemaName, List<Path> files) throws IOException {
        JsonSchema schema = schema(schemaName);
        for (Path file : files) {
            Set<ValidationMessage> problems = schema.validate(tree(file));
            assertEquals(Set.of(), problems, file.toString());
        }
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Repo.dialogs().resolve("schema/" + name + ".schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode tree(Path file) throws IOException {
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(Files.newBufferedReader(file));
        return JSON.valueToTree(plain(root));
    }

    /**
     * Reads values as editors do (YAML 1.2): only true and false are booleans, so `yes` stays the intent
     * yes, and dates stay text, exactly as the bot's own loader reads them.
     */
    private static Object plain(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                map.put(((ScalarNode) tuple.getKeyNode()).getValue(), plain(tuple.getValueNode()));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(SchemaTest::plain).toList();
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (!scalar.isPlain()) {
            return text;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.matches("-?[0-9]+")) {
            return Long.valueOf(text);
        }
        return text.isEmpty() || text.equals("~") || text.equals("null") ? null : text;
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
