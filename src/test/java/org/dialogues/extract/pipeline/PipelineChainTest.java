package org.dialogues.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineChainTest {

    private static final Layer<String> TEXT = Layer.of("text", String.class);
    private static final Layer<Integer> LENGTH = Layer.of("length", Integer.class);
    private static final Layer<Boolean> LONG = Layer.of("long", Boolean.class);

    private record Measure() implements Stage {
        public AnnotatedDocument annotate(AnnotatedDocument d) {
            return d.with(LENGTH, d.get(TEXT).length());
        }
        public Set<Layer<?>> requires() {
            return Set.of(TEXT);
        }
        public Set<Layer<?>> provides() {
            return Set.of(LENGTH);
        }
    }

    private record Judge() implements Stage {
        public AnnotatedDocument annotate(AnnotatedDocument d) {
            return d.with(LONG, d.get(LENGTH) > 3);
        }
        public Set<Layer<?>> requires() {
            return Set.of(LENGTH);
        }
        public Set<Layer<?>> provides() {
            return Set.of(LONG);
        }
    }

    @Test
    void buildingFailsNamingTheLayerNoEarlierStageProvides() {
        assertThatThrownBy(() -> Pipeline.of(Set.of(TEXT), new Judge(), new Measure()))
                .isInstanceOf(MissingLayerException.class)
                .hasMessageContaining("'length'")
                .hasMessageContaining("Judge");
    }

    @Test
    void stagesAddLayersInOrderAndTimesAreReportedPerStage() {
        Pipeline pipeline = Pipeline.of(Set.of(TEXT), new Measure(), new Judge());

        AnnotatedDocument result = pipeline.annotate(AnnotatedDocument.empty().with(TEXT, "dialogue"));

        assertThat(result.get(LENGTH)).isEqualTo(8);
        assertThat(result.get(LONG)).isTrue();
        assertThat(result.get(Pipeline.STAGE_TIMES).byStage()).containsOnlyKeys("Measure", "Judge");
    }

    @Test
    void aDocumentIsNeverChangedByAddingALayer() {
        AnnotatedDocument original = AnnotatedDocument.empty().with(TEXT, "x");

        AnnotatedDocument extended = original.with(LENGTH, 1);

        assertThat(original.has(LENGTH)).isFalse();
        assertThat(extended.has(LENGTH)).isTrue();
        assertThatThrownBy(() -> extended.with(LENGTH, 2)).isInstanceOf(IllegalStateException.class);
    }
}
