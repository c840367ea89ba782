package org.destalk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.destalk.coordinator.ContentLoader;
import org.destalk.engine.Choice;
import org.destalk.engine.Danger;
import org.destalk.engine.Engine;
import org.destalk.engine.Input;
import org.destalk.engine.Start;
import org.destalk.engine.State;
import org.destalk.engine.Turn;
import org.destalk.engine.Understanding;
import org.destalk.nlp.Classifier;
import org.destalk.nlp.NlpModels;
import org.destalk.nlp.Reading;
import org.destalk.nlp.Understander;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bot's own work without HTTP: one engine turn, and reading one free-text message (language,
 * intent, danger). Sampled, so the report can give p50 and p99 per call. Run from the repository root.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class CoreBenchmarks {

    /** What people write, in the six languages, short and long, with and without accents. */
    private static final List<String> MESSAGES = List.of("I think my partner reads my messages", "he knows where i am all the time",
            "creo que mi novio me espia el movil", "mio marito legge i miei messaggi", "er hat mein Handy durchsucht",
            "mon ex sait toujours où je suis", "acho que ele instalou algo no meu telemóvel", "what can I do to stay safe",
            "he said he will kill me tonight", "help", "is there a helpline in my country",
            "my ex keeps showing up wherever I go and I don't know how he knows, I turned off location sharing already");

    private Engine engine;
    private State atMenu;
    private Input firstChoice;
    private Input worry;
    private Understander understander;
    private int next;

    @Setup
    public void load() throws IOException {
        ContentLoader.Result loaded = new ContentLoader(Clock.systemUTC()).load(Path.of("dialogs"));
        engine = new Engine(loaded.content(), "Robin");
        Turn started = engine.start(Start.on("telegram", "en"), null);
        atMenu = started.state();
        List<Choice> choices = started.replies().get(started.replies().size() - 1).choices();
        firstChoice = Input.choice("telegram", choices.get(0).id());
        worry = Input.text("telegram", "I think my partner reads my messages", new Understanding("en", true,
                List.of(new Understanding.Scored("suspicion", 0.9)), Danger.NONE));
        understander = NlpModels.at(Path.of("nlp-models"), NlpModels.LANGUAGES).understander(Classifier.Parameters.DEFAULT, NlpModels.LANGUAGES);
    }

    @Benchmark
    public Turn engineTurnOnAButton() {
        return engine.handle(atMenu, firstChoice);
    }

    @Benchmark
    public Turn engineTurnOnUnderstoodText() {
        return engine.handle(atMenu, worry);
    }

    @Benchmark
    public Reading readOneMessage() {
        next = (next + 1) % MESSAGES.size();
        return understander.read(MESSAGES.get(next), "en", "en", null);
    }
}
