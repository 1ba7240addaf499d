package org.dialogues.extract.pipeline;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.Map;
import java.util.Set;

/**
 * Stages run in order. The chain is checked when the pipeline is built: every layer a stage
 * requires must be among the initial layers or provided by an earlier stage. A pipeline is itself
 * a stage; it adds {@link #STAGE_TIMES}, the time spent in each stage.
 */
public final class Pipeline implements Stage {

    /** Time spent per stage name, in running order. */
    public static final Layer<StageTimes> STAGE_TIMES = Layer.of("stage times", StageTimes.class);

    private final List<Stage> stages;
    private final Set<Layer<?>> initial;
    private final Set<Layer<?>> provided;

    private Pipeline(Set<Layer<?>> initial, List<Stage> stages) {
        this.initial = Set.copyOf(initial);
        this.stages = List.copyOf(stages);
        Set<Layer<?>> available = new HashSet<>(initial);
        Set<Layer<?>> added = new LinkedHashSet<>();
        for (Stage stage : stages) {
            for (Layer<?> layer : stage.requires()) {
                if (!available.contains(layer)) {
                    throw new MissingLayerException(layer.name(), stage.name());
                }
            }
            available.addAll(stage.provides());
            added.addAll(stage.provides());
        }
        added.add(STAGE_TIMES);
        this.provided = Set.copyOf(added);
    }

    /** A pipeline whose documents start with the given layers; fails naming any missing layer. */
    public static Pipeline of(Set<Layer<?>> initialLayers, Stage... stages) {
        return new Pipeline(initialLayers, List.of(stages));
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        for (Layer<?> layer : initial) {
            if (!document.has(layer)) {
                throw new MissingLayerException(layer.name(), "the pipeline's input document");
            }
        }
        Map<String, Duration> times = new LinkedHashMap<>();
        AnnotatedDocument current = document;
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted()) {
                // the caller's time budget ran out: stop between stages rather than finish the article
                throw new CancellationException("extraction interrupted before " + stage.name());
            }
            long started = System.nanoTime();
            current = stage.annotate(current);
            times.merge(stage.name(), Duration.ofNanos(System.nanoTime() - started), Duration::plus);
        }
        return current.with(STAGE_TIMES, new StageTimes(times));
    }

    @Override
    public Set<Layer<?>> requires() {
        return initial;
    }

    @Override
    public Set<Layer<?>> provides() {
        return provided;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Time per stage, in running order. */
    public record StageTimes(Map<String, Duration> byStage) {
        public StageTimes {
            byStage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
        }
    }
}
