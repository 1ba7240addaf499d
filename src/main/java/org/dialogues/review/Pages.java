package org.dialogues.review;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.dialogues.DialoguesException;
import org.dialogues.report.Quarter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The pages that only read: the queue, an article, a meeting, and the page that explains a refusal. */
final class Pages {

    static final Set<String> MEETING_STATUSES = Set.of("held", "planned", "cancelled");
    static final Set<String> PRECISIONS = Set.of("day", "month", "year", "unknown");
    static final Set<String> COMMITMENT_KINDS = Set.of("agree", "reaffirm", "pledge", "plan", "decide");

    // What a change reports once done, by the code in the address it redirects to (never free text from a URL).
    private static final Map<String, String> NOTICES = Map.of(
            "confirmed", "Confirmed.",
            "corrected", "Saved your correction.",
            "rejected", "Rejected: it will not come back on re-extraction.",
            "added", "Added.",
            "merged", "Merged: the other meeting's sources, participants and commitments are now on this one.",
            "split", "Split: the selected participants and commitments are on a new meeting.",
            "moved", "Moved.");

    private final QueueQueries queue;
    private final FactQueries facts;
    private final Mentions mentions;

    Pages(QueueQueries queue, FactQueries facts, Mentions mentions) {
        this.queue = queue;
        this.facts = facts;
        this.mentions = mentions;
    }

    void queue(Context ctx) {
        QueueFilter filter = filter(ctx);
        List<QueueItem> items = queue.queue(filter);
        Map<String, Object> model = model(ctx);
        model.put("items", items);
        model.put("partner", filter.party().orElse(""));
        model.put("quarter", filter.quarter().map(Quarter::toString).orElse(""));
        model.put("outlet", filter.outlet().orElse(""));
        model.put("status", filter.status().orElse(""));
        model.put("statuses", List.of("held", "planned", "cancelled"));
        model.put("perCategory", QueueQueries.PER_CATEGORY);
        ctx.render("queue", model);
    }

    void article(Context ctx) {
        long id = Form.id(ctx.pathParam("id"), "article id");
        ArticleView article = facts.article(id).orElseThrow(() -> HttpProblem.notFound("No article " + id + "."));
        Optional<Highlighter.Span> selected = Form.span(ctx.queryParam("sentence"));
        if (selected.isPresent() && !Highlighter.isSentence(article.text(), selected.get())) {
            throw HttpProblem.badInput("sentence: " + selected.get().start() + "-" + selected.get().end()
                    + " is not a sentence of article " + id + "; click a sentence in the text");
        }
        List<MeetingView> meetings = facts.meetingsIn(id);
        Map<String, Object> model = model(ctx);
        model.put("article", article);
        List<Evidence> spans = new java.util.ArrayList<>(facts.evidenceIn(id));
        spans.addAll(mentions.in(article.text(), id, article.published()));
        model.put("sentences", Highlighter.sentences(article.text(), spans, selected));
        model.put("selected", selected.map(span -> Highlighter.excerpt(article.text(), span.start(), span.end())).orElse(null));
        model.put("selectedStart", selected.map(Highlighter.Span::start).orElse(null));
        model.put("selectedEnd", selected.map(Highlighter.Span::end).orElse(null));
        model.put("meetings", meetings);
        model.put("participations", facts.participationsIn(id));
        model.put("commitments", facts.commitmentsIn(id));
        model.put("back", "/articles/" + id);
        choices(model);
        ctx.render("article", model);
    }

    void meeting(Context ctx) {
        long id = Form.id(ctx.pathParam("id"), "meeting id");
        MeetingView meeting = facts.meeting(id).orElseThrow(() -> HttpProblem.notFound("No meeting " + id + "."));
        Map<String, Object> model = model(ctx);
        model.put("meeting", meeting);
        model.put("sources", facts.sourcesOf(id));
        model.put("participations", facts.participationsOf(id));
        model.put("commitments", facts.commitmentsOf(id));
        model.put("candidates", facts.mergeCandidates(meeting));
        model.put("back", "/meetings/" + id);
        choices(model);
        ctx.render("meeting", model);
    }

    /** The page that says why a request was refused, with a way back. */
    static void problem(Context ctx, int status, String message, String back) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("message", message);
        model.put("back", back);
        SignedIn who = ctx.attribute(Security.SIGNED_IN);
        model.put("user", who);
        model.put("csrf", who == null ? "" : who.csrfToken());
        ctx.status(status).render("problem", model);
    }

    private QueueFilter filter(Context ctx) {
        Optional<String> party = Form.optional(ctx.queryParam("partner"), "partner", 10).map(code -> Form.party(code, "partner", facts));
        Optional<Quarter> quarter = Form.optional(ctx.queryParam("quarter"), "quarter", 10).map(Pages::quarter);
        Optional<String> outlet = Form.optional(ctx.queryParam("outlet"), "outlet", Form.NAME_LENGTH);
        Optional<String> status = Form.optional(ctx.queryParam("status"), "status", 20)
                .map(value -> Form.choice(value, "status", MEETING_STATUSES));
        return new QueueFilter(party, quarter, outlet, status);
    }

    private static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (DialoguesException e) {
            throw HttpProblem.badInput("quarter: " + e.getMessage());
        }
    }

    private static void choices(Map<String, Object> model) {
        model.put("statuses", List.of("held", "planned", "cancelled"));
        model.put("precisions", List.of("day", "month", "year", "unknown"));
        model.put("kinds", List.of("agree", "reaffirm", "pledge", "plan", "decide"));
    }

    static Map<String, Object> model(Context ctx) {
        SignedIn who = Security.signedIn(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("user", who);
        model.put("csrf", who.csrfToken());
        model.put("mayChange", who.role().mayChange());
        model.put("notice", Optional.ofNullable(ctx.queryParam("done")).map(NOTICES::get).orElse(null));
        return model;
    }

    static void redirectDone(Context ctx, String back, String done) {
        String path = Security.localPath(back);
        int anchor = path.indexOf('#');
        String base = anchor < 0 ? path : path.substring(0, anchor);
        String fragment = anchor < 0 ? "" : path.substring(anchor);
        ctx.redirect(base + (base.contains("?") ? "&" : "?") + "done=" + done + fragment, HttpStatus.SEE_OTHER);
    }
}
