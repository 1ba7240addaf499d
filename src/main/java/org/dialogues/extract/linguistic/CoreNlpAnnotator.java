package org.dialogues.extract.linguistic;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dialogues.extract.Span;

/**
 * Stanford CoreNLP behind {@link LinguisticAnnotator}: the only class that sees CoreNLP types.
 *
 * <p>Annotators, each kept because a rule reads it: tokenize, ssplit (every line break ends a
 * sentence: the cleaned text has one paragraph, headline, byline or caption per line), pos, lemma,
 * ner (the 3-class CRF for PERSON / ORGANIZATION / LOCATION plus SUTime for DATE, TIME and
 * DURATION, resolved against the publication date; the 7-class and MISC models and the
 * fine-grained TITLE / COUNTRY / NATIONALITY pass doubled the time per article and tripled the
 * load time, and the reference data already knows titles, countries and demonyms) and depparse
 * (Universal Dependencies, enhanced++).
 * Hyphenated words stay whole, so "Tae-yul" or "Korea-Japan" is one token.
 *
 * <p>Loading takes several seconds and over 500 MB, so the pipeline is loaded once per process and
 * shared by every thread (CoreNLP's annotators may be used from several threads at once).
 */
public final class CoreNlpAnnotator implements LinguisticAnnotator {

    /** Bump when a setting below changes: stored annotations of other versions are redone. */
    private static final String VERSION = "corenlp-4.5.10/tok-nohyphen,ssplit-eol,pos,lemma,ner3-sutime,depparse-ud/2";
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /**
     * Longest sentence (in tokens) given to the dependency parser; longer ones are left unparsed.
     * News sentences run to 60 or 80 tokens; a "sentence" of thousands (a pasted list, a text with
     * no full stops) would hold a worker for minutes. Sentences under the cap are parsed exactly as
     * before, so stored annotations keep their version.
     */
    static final int MAX_PARSED_TOKENS = 200;
    /** Longest sentence tagged and searched for names and dates; CoreNLP skips longer ones (tags X, no entities). */
    static final int MAX_TAGGED_TOKENS = 1_000;

    private static final CoreNlpAnnotator SHARED = new CoreNlpAnnotator();

    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

    private CoreNlpAnnotator() {
    }

    /**
     * The process's annotator. The CoreNLP pipeline itself loads on the first {@link #annotate}
     * (several seconds, over 500 MB), so reading stored annotations back never loads it.
     */
    public static CoreNlpAnnotator shared() {
        return SHARED;
    }

    /** The annotators up to NER, and the dependency parser on its own (it is given only sentences under the cap). */
    private record Pipelines(StanfordCoreNLP tagger, StanfordCoreNLP parser) {}

    /** Lazy, thread-safe loading by the class loader. */
    private static final class Loaded {
        static final Pipelines PIPELINE = newPipeline();
    }

    /** Loads the models now (e.g. before timing an import) rather than on the first article. */
    public void load() {
        Objects.requireNonNull(Loaded.PIPELINE);
    }

    /**
     * Starts loading the models on a background thread, so that the seconds they take overlap with
     * opening the database and reading the files; the first annotation waits for them.
     */
    public void loadInBackground() {
        Thread loader = new Thread(this::load, "corenlp-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * The models are read on parallel threads first (POS tagger, NER with SUTime's rules, the
     * dependency parser; each alone, without its requirements), which CoreNLP keeps in its
     * annotator cache; the pipeline then finds them there. Loaded one after the other they were
     * the longest wait of a one-file import.
     */
    private static Pipelines newPipeline() {
        Properties properties = properties();
        List<Thread> loaders = new ArrayList<>();
        for (String annotator : List.of("pos", "ner", "depparse")) {
            Properties alone = new Properties();
            alone.putAll(properties);
            alone.setProperty("annotators", annotator);
            Thread loader = new Thread(() -> new StanfordCoreNLP(alone, false), "corenlp-" + annotator);
            loader.setDaemon(true);
            loader.start();
            loaders.add(loader);
        }
        for (Thread loader : loaders) {
            try {
                loader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;   // the pipeline below loads what is missing itself
            }
        }
        Properties tagging = new Properties();
        tagging.putAll(properties);
        tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        Properties parsing = new Properties();
        parsing.putAll(properties);
        parsing.setProperty("annotators", "depparse");
        return new Pipelines(new StanfordCoreNLP(tagging), new StanfordCoreNLP(parsing, false));
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("tokenize.options", "splitHyphenated=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,untokenizable=noneKeep");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        properties.setProperty("ner.model", NER_MODEL);
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.useSUTime", "true");
        properties.setProperty("ner.applyNumericClassifiers", "true");
        properties.setProperty("ner.buildEntityMentions", "true");
        properties.setProperty("sutime.includeRange", "true");
        properties.setProperty("pos.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        properties.setProperty("ner.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        return properties;
    }

    /** CoreNLP's own account of the time spent per annotator in this process, for the benchmark. */
    public String timings() {
        return Loaded.PIPELINE.tagger().timingInformation() + "\n" + Loaded.PIPELINE.parser().timingInformation();
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Annotated annotate(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        Loaded.PIPELINE.tagger().annotate(annotation);
        parse(annotation);
        CoreNLPProtos.Document document = trimmed(serializer.toProto(annotation));
        return new Annotated(convert(document), new StoredAnnotation(VERSION, gzip(document.toByteArray())));
    }

    /**
     * The dependency parse of every sentence up to {@link #MAX_PARSED_TOKENS} tokens. CoreNLP checks
     * for interrupts between sentences here as in the other annotators, so a time budget ends it.
     */
    private static void parse(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> parsable = sentences.stream()
                .filter(sentence -> sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_PARSED_TOKENS)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (parsable.size() == sentences.size()) {
            Loaded.PIPELINE.parser().annotate(annotation);
            return;
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, parsable);
        try {
            Loaded.PIPELINE.parser().annotate(annotation);
        } finally {
            annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        }
    }

    @Override
    public Optional<Linguistics> read(StoredAnnotation stored, String text, LocalDate documentDate) {
        if (!stored.annotatorVersion().equals(VERSION)) {
            return Optional.empty();
        }
        try {
            CoreNLPProtos.Document document = CoreNLPProtos.Document.parseFrom(gunzip(stored.bytes()));
            if (!text.equals(document.getText())) {
                return Optional.empty();   // annotated before the text was cleaned differently
            }
            String annotatedDate = document.hasDocDate() ? document.getDocDate() : null;
            if (!Objects.equals(annotatedDate, documentDate == null ? null : documentDate.toString())) {
                return Optional.empty();   // relative dates were resolved against another publication date
            }
            return Optional.of(convert(document));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // unreadable: annotate again rather than fail the article
        }
    }

    /**
     * The serialization without what no rule reads (the basic and enhanced graphs beside the
     * enhanced++ one, per-token whitespace and NER probabilities): a third of the size, and reading
     * it back stays cheap.
     */
    private static CoreNLPProtos.Document trimmed(CoreNLPProtos.Document document) {
        CoreNLPProtos.Document.Builder builder = document.toBuilder();
        for (CoreNLPProtos.Sentence.Builder sentence : builder.getSentenceBuilderList()) {
            sentence.clearBasicDependencies().clearEnhancedDependencies().clearAlternativeDependencies()
                    .clearCollapsedDependencies().clearCollapsedCCProcessedDependencies();
            for (CoreNLPProtos.Token.Builder token : sentence.getTokenBuilderList()) {
                token.clearBefore().clearAfter().clearOriginalText().clearNerLabelProbs();
            }
        }
        return builder.build();
    }

    /**
     * The project's records from the serialized form, for fresh and stored annotations alike, so an
     * article reads the same at import and at re-extraction.
     */
    private static Linguistics convert(CoreNLPProtos.Document document) {
        List<ParsedSentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (CoreNLPProtos.Sentence sentence : document.getSentenceList()) {
            List<Token> tokens = tokens(sentence.getTokenList());
            if (tokens.stream().noneMatch(t -> t.word().codePoints().anyMatch(Character::isLetter))) {
                continue;   // a line of rules or numbers: no sentence to read (indexes stay dense)
            }
            int index = sentences.size();
            Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new ParsedSentence(index, span, tokens, dependencies(sentence.getEnhancedPlusPlusDependencies())));
            entities.addAll(mentions(sentence, tokens, index));
        }
        return new Linguistics(sentences, entities);
    }

    private static List<Token> tokens(List<CoreNLPProtos.Token> serialized) {
        List<Token> tokens = new ArrayList<>(serialized.size());
        for (CoreNLPProtos.Token token : serialized) {
            tokens.add(new Token(tokens.size(), token.getWord(), token.getLemma(), token.getPos(), token.getNer(),
                    new Span(token.getBeginChar(), token.getEndChar())));
        }
        return tokens;
    }

    /** Node indexes are 1-based; enhanced++ copy nodes (elided predicates) have no token of their own. */
    private static List<Dependency> dependencies(CoreNLPProtos.DependencyGraph graph) {
        List<Dependency> arcs = new ArrayList<>(graph.getEdgeCount() + 1);
        for (int root : graph.getRootList()) {
            arcs.add(new Dependency("root", Dependency.ROOT, root - 1));
        }
        for (CoreNLPProtos.DependencyGraph.Edge edge : graph.getEdgeList()) {
            if (edge.getSourceCopy() > 0 || edge.getTargetCopy() > 0) {
                continue;
            }
            arcs.add(new Dependency(edge.getDep(), edge.getSource() - 1, edge.getTarget() - 1));
        }
        return arcs;
    }

    private static List<EntityMention> mentions(CoreNLPProtos.Sentence sentence, List<Token> tokens, int index) {
        List<EntityMention> mentions = new ArrayList<>();
        // despite their names, the serialized mention's token fields count from the document's start
        int offset = sentence.getTokenOffsetBegin();
        for (CoreNLPProtos.NERMention mention : sentence.getMentionsList()) {
            int first = mention.getTokenStartInSentenceInclusive() - offset;
            int end = mention.getTokenEndInSentenceExclusive() - offset;
            if (first < 0 || end <= first || end > tokens.size()) {
                continue;
            }
            Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
            mentions.add(new EntityMention(mention.getNer(), mention.getEntityMentionText(), span, index, first, end,
                    mention.hasNormalizedNER() && !mention.getNormalizedNER().isEmpty() ? mention.getNormalizedNER() : null));
        }
        return mentions;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        }
    }
}
