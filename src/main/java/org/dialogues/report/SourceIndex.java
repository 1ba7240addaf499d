package org.dialogues.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The numbering of a report's sources: article id to label S1, S2... in the order of the appendix. */
final class SourceIndex {

    private final Map<Long, String> labels = new LinkedHashMap<>();

    /** @param orderedArticleIds the cited articles in appendix order */
    SourceIndex(List<Long> orderedArticleIds) {
        orderedArticleIds.forEach(id -> labels.putIfAbsent(id, "S" + (labels.size() + 1)));
    }

    String label(long articleId) {
        return labels.get(articleId);
    }

    /** "[S1] [S3]" for the given articles, in label order. */
    String labels(Collection<Long> articleIds) {
        return articleIds.stream()
                .map(labels::get)
                .filter(label -> label != null)
                .distinct()
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))))
                .map(label -> "[" + label + "]")
                .collect(Collectors.joining(" "));
    }
}
