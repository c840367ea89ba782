package org.destalk.nlp;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trained intent and danger classifiers, identified by the checksum of the data and parameters they
 * were trained from. Training takes seconds; a start-up loads them instead, from (in this order) this
 * JVM, the copy packaged into the jar at build time, or a cache file, and trains only when the data
 * changed since. The result is the same either way: training is deterministic.
 */
public record TrainedModels(String checksum, BlendedClassifier intents, BlendedClassifier danger, Classifier languages) {

    public static final String PACKAGED = "/nlp/models.bin";
    /** Part of the checksum: models written in another layout, or with other features, are never read. */
    static final String FORMAT = "models-4";
    private static final Logger LOG = LoggerFactory.getLogger(TrainedModels.class);
    private static final Map<String, TrainedModels> IN_THIS_JVM = new ConcurrentHashMap<>();

    static TrainedModels obtain(NlpModels data, Classifier.Parameters parameters) throws IOException {
        String checksum = data.checksum(parameters);
        TrainedModels known = IN_THIS_JVM.get(checksum);
        if (known != null) {
            return known;
        }
        TrainedModels models = packaged(checksum);
        Path cache = cacheFile(checksum);
        if (models == null && Files.isRegularFile(cache)) {
            try (InputStream in = Files.newInputStream(cache)) {
                models = read(in, checksum);
            } catch (IOException unreadable) {
                models = null; // a damaged cache is simply trained again
            }
        }
        if (models == null) {
            LOG.info("Training language understanding from {} (the data changed since the last build)", data.folder());
            models = train(data, parameters, checksum);
            writeQuietly(models, cache);
        }
        IN_THIS_JVM.put(checksum, models);
        return models;
    }

    static TrainedModels train(NlpModels data, Classifier.Parameters parameters, String checksum) throws IOException {
        var training = data.examples(NlpModels.TRAIN);
        return new TrainedModels(checksum, data.intents(training, parameters), data.dangerTiers(training, parameters),
                data.languages(training, parameters));
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(checksum);
        intents.write(data);
        danger.write(data);
        writeModel(data, languages);
        data.flush();
    }

    static void writeModel(DataOutputStream out, Classifier classifier) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classifier.write(bytes);
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    /** Reads models; null when they were trained from other data than {@code checksum}. */
    static TrainedModels read(InputStream in, String checksum) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!checksum.equals(data.readUTF())) {
            return null;
        }
        return new TrainedModels(checksum, BlendedClassifier.read(data), BlendedClassifier.read(data), readModel(data));
    }

    static Classifier readModel(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return Classifier.read(bytes);
    }

    private static TrainedModels packaged(String checksum) throws IOException {
        try (InputStream in = TrainedModels.class.getResourceAsStream(PACKAGED)) {
            return in == null ? null : read(in, checksum);
        }
    }

    private static Path cacheFile(String checksum) {
        return Path.of(System.getProperty("java.io.tmpdir"), "destalk-nlp", checksum + ".bin");
    }

    private static void writeQuietly(TrainedModels models, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                models.write(out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("The trained models could not be cached ({}); the next start trains again", e.getClass().getSimpleName());
        }
    }
}
