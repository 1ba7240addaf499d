package org.dialogues.review;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.dialogues.curation.CommitmentFields;
import org.dialogues.curation.Curation;
import org.dialogues.curation.Curator;
import org.dialogues.curation.FactKind;
import org.dialogues.curation.FactRef;
import org.dialogues.curation.MeetingFields;
import org.dialogues.curation.ParticipationFields;
import org.dialogues.curation.SentenceRef;
import org.dialogues.extract.CommitmentKind;
import org.dialogues.extract.MeetingStatus;
import org.dialogues.extract.time.DatePrecision;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms that change facts. Each reads and checks its fields, then makes one call to the
 * curation service, which runs it in one transaction, records it in the audit trail and refuses a
 * stale version; then the browser is sent back where it came from with a notice.
 */
final class Changes {

    private static final Pattern SOURCE = Pattern.compile("([0-9]{1,18}):([0-9]{1,9})-([0-9]{1,9})");

    private final Curation curation;
    private final FactQueries facts;

    Changes(DSLContext dsl, FactQueries facts) {
        this.curation = new Curation(dsl);
        this.facts = facts;
    }

    void routes(Javalin app) {
        app.post("/meetings/{id}/confirm", ctx -> confirm(ctx, FactKind.MEETING));
        app.post("/participations/{id}/confirm", ctx -> confirm(ctx, FactKind.PARTICIPATION));
        app.post("/commitments/{id}/confirm", ctx -> confirm(ctx, FactKind.COMMITMENT));
        app.post("/meetings/{id}/reject", ctx -> reject(ctx, FactKind.MEETING));
        app.post("/participations/{id}/reject", ctx -> reject(ctx, FactKind.PARTICIPATION));
        app.post("/commitments/{id}/reject", ctx -> reject(ctx, FactKind.COMMITMENT));
        app.post("/meetings/{id}/correct", this::correctMeeting);
        app.post("/participations/{id}/correct", this::correctParticipation);
        app.post("/commitments/{id}/correct", this::correctCommitment);
        app.post("/persons/{id}/correct", this::correctPerson);
        app.post("/participations/{id}/move", this::moveParticipation);
        app.post("/commitments/{id}/move", this::moveCommitment);
        app.post("/meetings/{id}/merge", this::merge);
        app.post("/meetings/{id}/split", this::split);
        app.post("/articles/{id}/meetings", this::addMeeting);
        app.post("/articles/{id}/participants", this::addParticipant);
        app.post("/articles/{id}/commitments", this::addCommitment);
        app.post("/articles/{id}/reviewed", this::markArticleReviewed);
        app.post("/persons/{id}/merge", this::mergePersons);
        app.post("/articles/{id}/published", this::correctPublished);
    }

    /** The person in the address is kept; the other one (named by id, as the page shows ids) joins it. */
    private void mergePersons(Context ctx) {
        FactRef keep = fact(ctx, FactKind.PERSON);
        long other = Form.id(ctx.formParam("other"), "other person");
        if (other == keep.id()) {
            throw HttpProblem.badInput("other person: a person cannot be merged with themself");
        }
        int otherVersion = facts.personVersion(other).orElseThrow(() -> HttpProblem.badInput("other person: no person " + other));
        curation.mergePersons(curator(ctx), keep, new FactRef(FactKind.PERSON, other, otherVersion));
        Pages.redirectDone(ctx, ctx.formParam("back"), "merged");
    }

    private void markArticleReviewed(Context ctx) {
        curation.markArticleReviewed(curator(ctx), fact(ctx, FactKind.ARTICLE));
        Pages.redirectDone(ctx, ctx.formParam("back"), "marked as reviewed");
    }

    /** An empty date says the article has none (the text gave none and nobody knows it). */
    private void correctPublished(Context ctx) {
        curation.correctArticlePublished(curator(ctx), fact(ctx, FactKind.ARTICLE),
                Form.date(ctx.formParam("published"), "published").orElse(null), DatePrecision.DAY);
        Pages.redirectDone(ctx, ctx.formParam("back"), "publication date corrected; run reextract to read its dates again");
    }

    private void confirm(Context ctx, FactKind kind) {
        curation.confirm(curator(ctx), fact(ctx, kind));
        Pages.redirectDone(ctx, ctx.formParam("back"), "confirmed");
    }

    private void reject(Context ctx, FactKind kind) {
        curation.reject(curator(ctx), fact(ctx, kind));
        Pages.redirectDone(ctx, ctx.formParam("back"), "rejected");
    }

    private void correctMeeting(Context ctx) {
        curation.correctMeeting(curator(ctx), fact(ctx, FactKind.MEETING), meetingFields(ctx));
        Pages.redirectDone(ctx, ctx.formParam("back"), "corrected");
    }

    private void correctParticipation(Context ctx) {
        curation.correctParticipation(curator(ctx), fact(ctx, FactKind.PARTICIPATION), participationFields(ctx));
        Pages.redirectDone(ctx, ctx.formParam("back"), "corrected");
    }

    private void correctCommitment(Context ctx) {
        curation.correctCommitment(curator(ctx), fact(ctx, FactKind.COMMITMENT), commitmentFields(ctx));
        Pages.redirectDone(ctx, ctx.formParam("back"), "corrected");
    }

    /** A person's own name and country, wherever they took part (the participation keeps its own title). */
    private void correctPerson(Context ctx) {
        FactRef person = fact(ctx, FactKind.PERSON);
        String name = Form.required(ctx.formParam("name"), "name", Form.NAME_LENGTH);
        String country = Form.optional(ctx.formParam("country"), "country", 10).map(code -> Form.party(code, "country", facts)).orElse(null);
        curation.correctPerson(curator(ctx), person, name, country);
        Pages.redirectDone(ctx, ctx.formParam("back"), "corrected");
    }

    private void moveParticipation(Context ctx) {
        FactRef participation = fact(ctx, FactKind.PARTICIPATION);
        long to = Form.id(ctx.formParam("to"), "to meeting");
        curation.moveParticipation(curator(ctx), participation, to);
        Pages.redirectDone(ctx, ctx.formParam("back") + "#participation-" + participation.id(), "moved");
    }

    private void moveCommitment(Context ctx) {
        FactRef commitment = fact(ctx, FactKind.COMMITMENT);
        long to = Form.id(ctx.formParam("to"), "to meeting");
        curation.moveCommitment(curator(ctx), commitment, to);
        Pages.redirectDone(ctx, ctx.formParam("back") + "#commitment-" + commitment.id(), "moved");
    }

    private void merge(Context ctx) {
        FactRef keep = fact(ctx, FactKind.MEETING);
        FactRef away = new FactRef(FactKind.MEETING, Form.id(ctx.formParam("other"), "other meeting"),
                Form.version(ctx.formParam("other_version")));
        if (away.id() == keep.id()) {
            throw HttpProblem.badInput("other meeting: a meeting cannot be merged into itself");
        }
        curation.mergeMeetings(curator(ctx), keep, away);
        Pages.redirectDone(ctx, "/meetings/" + keep.id(), "merged");
    }

    private void split(Context ctx) {
        FactRef meeting = fact(ctx, FactKind.MEETING);
        Set<Long> participations = ids(ctx.formParams("participation"), "participation");
        Set<Long> commitments = ids(ctx.formParams("commitment"), "commitment");
        if (participations.isEmpty() && commitments.isEmpty()) {
            throw HttpProblem.badInput("split: tick at least one participant or commitment to move to the new meeting");
        }
        List<SentenceRef> evidence = sources(ctx.formParams("source"));
        String name = Form.required(ctx.formParam("name"), "name", Form.NAME_LENGTH);
        long created = curation.splitMeeting(curator(ctx), meeting, participations, commitments, evidence, name);
        Pages.redirectDone(ctx, "/meetings/" + created, "split");
    }

    private void addMeeting(Context ctx) {
        SentenceRef where = sentence(ctx);
        long id = curation.addMeeting(curator(ctx), where, meetingFields(ctx));
        Pages.redirectDone(ctx, "/articles/" + where.articleId() + "#meeting-" + id, "added");
    }

    private void addParticipant(Context ctx) {
        SentenceRef where = sentence(ctx);
        long meeting = Form.id(ctx.formParam("meeting"), "meeting");
        String person = Form.required(ctx.formParam("person"), "person", Form.NAME_LENGTH);
        long id = curation.addParticipant(curator(ctx), meeting, where, person, participationFields(ctx));
        Pages.redirectDone(ctx, "/articles/" + where.articleId() + "#participation-" + id, "added");
    }

    private void addCommitment(Context ctx) {
        SentenceRef where = sentence(ctx);
        long meeting = Form.id(ctx.formParam("meeting"), "meeting");
        long id = curation.addCommitment(curator(ctx), meeting, where, commitmentFields(ctx));
        Pages.redirectDone(ctx, "/articles/" + where.articleId() + "#commitment-" + id, "added");
    }

    private MeetingFields meetingFields(Context ctx) {
        return new MeetingFields(
                Form.required(ctx.formParam("name"), "name", Form.NAME_LENGTH),
                Form.date(ctx.formParam("start_date"), "start date").orElse(null),
                Form.date(ctx.formParam("end_date"), "end date").orElse(null),
                DatePrecision.ofCode(Form.choice(ctx.formParam("precision"), "precision", Pages.PRECISIONS)),
                Form.optional(ctx.formParam("city"), "city", Form.NAME_LENGTH).orElse(null),
                Form.optional(ctx.formParam("country"), "country", 10).map(code -> Form.party(code, "country", facts)).orElse(null),
                MeetingStatus.valueOf(Form.choice(ctx.formParam("status"), "status", Pages.MEETING_STATUSES).toUpperCase(Locale.ROOT)),
                Form.optional(ctx.formParam("level"), "level", 40).orElse(null),
                Form.parties(ctx.formParam("parties"), facts));
    }

    private ParticipationFields participationFields(Context ctx) {
        return new ParticipationFields(
                Form.optional(ctx.formParam("title"), "title", Form.NAME_LENGTH).orElse(null),
                Form.optional(ctx.formParam("organization"), "organization", Form.NAME_LENGTH).orElse(null),
                Form.optional(ctx.formParam("country"), "country", 10).map(code -> Form.party(code, "country", facts)).orElse(null),
                Form.optional(ctx.formParam("level"), "level", 40).orElse(null));
    }

    private CommitmentFields commitmentFields(Context ctx) {
        return new CommitmentFields(
                CommitmentKind.ofCode(Form.choice(ctx.formParam("kind"), "kind", Pages.COMMITMENT_KINDS)),
                Form.required(ctx.formParam("text"), "text", Form.TEXT_LENGTH),
                Form.parties(ctx.formParam("parties"), facts));
    }

    /** The fact a form is about: its kind, the id in the address and the version the page showed. */
    private static FactRef fact(Context ctx, FactKind kind) {
        long id = Form.id(ctx.pathParam("id"), kind.code() + " id");
        return new FactRef(kind, id, Form.version(ctx.formParam("version")));
    }

    /** The picked sentence of the article in the address; it must be one of its sentences. */
    private SentenceRef sentence(Context ctx) {
        long articleId = Form.id(ctx.pathParam("id"), "article id");
        ArticleView article = facts.article(articleId).orElseThrow(() -> HttpProblem.notFound("No article " + articleId + "."));
        Highlighter.Span span = Form.span(ctx.formParam("sentence"))
                .orElseThrow(() -> HttpProblem.badInput("sentence: missing; click a sentence in the text first"));
        if (!Highlighter.isSentence(article.text(), span)) {
            throw HttpProblem.badInput("sentence: " + span.start() + "-" + span.end() + " is not a sentence of article " + articleId);
        }
        return new SentenceRef(articleId, span.start(), span.end());
    }

    private static Set<Long> ids(List<String> values, String label) {
        Set<Long> ids = new LinkedHashSet<>();
        values.forEach(value -> ids.add(Form.id(value, label)));
        return ids;
    }

    private static List<SentenceRef> sources(List<String> values) {
        List<SentenceRef> sources = new ArrayList<>();
        for (String value : values) {
            Matcher m = SOURCE.matcher(value == null ? "" : value.strip());
            if (!m.matches()) {
                throw HttpProblem.badInput("source: '" + value + "' is not a sentence reference");
            }
            sources.add(new SentenceRef(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        return sources;
    }

    private static Curator curator(Context ctx) {
        return new Curator(Security.signedIn(ctx).name());
    }
}
