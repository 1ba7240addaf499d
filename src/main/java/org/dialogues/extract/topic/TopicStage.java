package org.dialogues.extract.topic;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialogues.extract.Layers;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.meeting.MeetingMention;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;
import org.dialogues.extract.text.Sentence;

/** A meeting's topics are those whose keywords occur in the sentences that refer to it. */
public final class TopicStage implements Stage {

    private final Map<String, Pattern> keywordsByTopic = new HashMap<>();

    public TopicStage(ReferenceData reference) {
        for (ReferenceData.Topic topic : reference.topics()) {
            if (topic.keywords().isEmpty()) {
                continue;
            }
            String alternation = String.join("|", topic.keywords().stream().map(Pattern::quote).toList());
            keywordsByTopic.put(topic.code(), Pattern.compile("(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])"));
        }
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        String text = document.get(Layers.TEXT);
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        Map<String, Set<String>> topics = new HashMap<>();
        for (MeetingMention meeting : document.get(Layers.MEETINGS)) {
            StringBuilder context = new StringBuilder(meeting.name()).append('\n');
            meeting.sentences().forEach(i -> context.append(sentences.get(i).text(text)).append('\n'));
            topics.put(meeting.key(), topicsOf(context.toString().toLowerCase(Locale.ROOT)));
        }
        return document.with(Layers.TOPICS, new MeetingTopics(topics));
    }

    Set<String> topicsOf(String lowerText) {
        Set<String> found = new LinkedHashSet<>();
        keywordsByTopic.forEach((code, pattern) -> {
            if (pattern.matcher(lowerText).find()) {
                found.add(code);
            }
        });
        return Set.copyOf(found);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TEXT, Layers.SENTENCES, Layers.MEETINGS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TOPICS);
    }
}
