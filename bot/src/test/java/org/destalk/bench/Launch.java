package org.destalk.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How the bot's JVM is started: its name in the report and the arguments after the heap cap.
 *
 * @param name       how the report names it
 * @param javaArguments what follows {@code java -Xmx256m}, up to and including the jar
 */
record Launch(String name, List<String> javaArguments) {

    /** The single jar, as for the local chat and anywhere the service layout was not built. */
    static Launch singleJar(Path jar) {
        return new Launch("java -jar " + jar.getFileName(), List.of("-jar", jar.toString()));
    }

    /**
     * The service layout the build makes beside the jar (bot/target/service): the jar unpacked, with the
     * class-data archive recorded at build time.
     */
    static Launch service(Path directory) {
        Path jar = directory.resolve("destalk-bot.jar");
        Path archive = directory.resolve("destalk-bot.jsa");
        return new Launch("service layout with class-data archive",
                List.of("-XX:SharedArchiveFile=" + archive, "-jar", jar.toString()));
    }
}
