package org.dialogues.ingest;

import org.dialogues.extract.ArticleInput;
import org.dialogues.extract.Evidence;
import org.dialogues.extract.EvidenceRole;
import org.dialogues.extract.Extraction;
import org.dialogues.extract.MeetingFact;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.Span;
import org.dialogues.extract.time.DatePrecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for the rules where only the storing matters: each article gives one held Korea–Japan
 * meeting on its publication day (or 12 March 2025), in the current {@link #city}. Counts how often each text was extracted.
 */
final class OneMeetingPerArticle implements Function<ArticleInput, Extraction> {

    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    volatile String city = "Seoul";

    @Override
    public Extraction apply(ArticleInput input) {
        calls.computeIfAbsent(input.text(), text -> new AtomicInteger()).incrementAndGet();
        LocalDate day = input.published() == null ? LocalDate.of(2025, 3, 12) : input.published();
        MeetingFact meeting = new MeetingFact("m1", "maritime dialogue", null, null, null, day, null,
                DatePrecision.DAY, city, "KR", Set.of("KR", "JP"), MeetingStatus.HELD, null, Set.of(), EvidenceRole.REPORT,
                List.of(new Evidence(new Span(0, Math.min(20, input.text().length())), 0.9)));
        return new Extraction(input.text(), List.of(meeting), List.of(), List.of(), Map.of());
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
