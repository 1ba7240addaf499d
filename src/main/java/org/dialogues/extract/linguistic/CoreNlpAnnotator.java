package org.dialogues.extract.linguistic;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
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
 * fine-grained TITLE / COUNTRY / NATIONALITY pass tripled the time and the reference data already
 * knows titles, countries and demonyms) and depparse (Universal Dependencies, enhanced++).
 * Hyphenated words stay whole, so "Tae-yul" or "Korea-Japan" is one token.
 *
 * <p>Loading takes several seconds and over 500 MB, so the pipeline is loaded once per process and
 * shared by every thread (CoreNLP's annotators may be used from several threads at once).
 */
public final class CoreNlpAnnotator implements LinguisticAnnotator {

    /** Bump when a setting below changes: stored annotations of other versions are redone. */
    private static final String VERSION = "corenlp-4.5.10/tok-nohyphen,ssplit-eol,pos,lemma,ner3-sutime,depparse-ud/1";
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

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

    /** Lazy, thread-safe loading by the class loader. */
    private static final class Loaded {
        static final StanfordCoreNLP PIPELINE = newPipeline();
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

    private static StanfordCoreNLP newPipeline() {
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
        return new StanfordCoreNLP(properties);
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
        Loaded.PIPELINE.annotate(annotation);
        byte[] bytes = gzip(serializer.toProto(annotation).toByteArray());
        return new Annotated(convert(annotation), new StoredAnnotation(VERSION, bytes));
    }

    @Override
    public Optional<Linguistics> read(StoredAnnotation stored, String text, LocalDate documentDate) {
        if (!stored.annotatorVersion().equals(VERSION)) {
            return Optional.empty();
        }
        try {
            Annotation annotation = serializer.fromProto(CoreNLPProtos.Document.parseFrom(gunzip(stored.bytes())));
            if (!text.equals(annotation.get(CoreAnnotations.TextAnnotation.class))) {
                return Optional.empty();   // annotated before the text was cleaned differently
            }
            String annotatedDate = annotation.get(CoreAnnotations.DocDateAnnotation.class);
            if (!Objects.equals(annotatedDate, documentDate == null ? null : documentDate.toString())) {
                return Optional.empty();   // relative dates were resolved against another publication date
            }
            return Optional.of(convert(annotation));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // unreadable: annotate again rather than fail the article
        }
    }

    private static Linguistics convert(Annotation annotation) {
        List<ParsedSentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap sentence = coreSentences.get(s);
            List<Token> tokens = tokens(sentence.get(CoreAnnotations.TokensAnnotation.class));
            if (tokens.stream().noneMatch(t -> t.word().codePoints().anyMatch(Character::isLetter))) {
                continue;   // a line of rules or numbers: no sentence to read (indexes stay dense)
            }
            int index = sentences.size();
            Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new ParsedSentence(index, span, tokens, dependencies(sentence)));
            entities.addAll(mentions(sentence, index));
        }
        return new Linguistics(sentences, entities);
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            tokens.add(new Token(tokens.size(), label.word(), label.lemma(), label.tag(), label.ner(),
                    new Span(label.beginPosition(), label.endPosition())));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Dependency> arcs = new ArrayList<>();
        if (graph == null) {
            return arcs;
        }
        for (IndexedWord root : graph.getRoots()) {
            arcs.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            // enhanced++ copy nodes (elided predicates) have no token of their own
            if (edge.getGovernor().copyCount() > 0 || edge.getDependent().copyCount() > 0) {
                continue;
            }
            arcs.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1,
                    edge.getDependent().index() - 1));
        }
        return arcs;
    }

    private static List<EntityMention> mentions(CoreMap sentence, int index) {
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (found == null) {
            return mentions;
        }
        int sentenceStart = Objects.requireNonNullElse(sentence.get(CoreAnnotations.TokenBeginAnnotation.class), 0);
        for (CoreMap mention : found) {
            int first = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
            int end = mention.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
            if (end <= first) {
                continue;
            }
            mentions.add(new EntityMention(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    mention.get(CoreAnnotations.TextAnnotation.class),
                    new Span(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
                    index, first, end, mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
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
