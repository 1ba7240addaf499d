package org.dialogues.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page (found by readability4j) as plain paragraphs, and the metadata the
 * page declares in its head: Open Graph and article meta tags, the canonical link, {@code <time>}.
 */
final class HtmlText {

    /** The story as paragraphs separated by blank lines, and the declared metadata. */
    record Content(String text, Metadata metadata) {}

    private static final Pattern MARKUP = Pattern.compile(
            "<(?:p|div|br|span|a|h[1-6]|ul|ol|li|article|section|em|strong|b|i|html|body|figure|blockquote)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> PUBLISHED_SELECTORS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[property=og:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
            "meta[name=dc.date]", "meta[name=dc.date.issued]", "meta[name=dcterms.created]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]");

    private static final String NO_ADDRESS = "http://localhost/";

    /**
     * Most elements a page may have for readability to look at it. Readability scores elements
     * against their neighbours, in several passes when it finds little, and cannot be interrupted:
     * 4 MB of empty paragraphs kept it busy for over ten minutes, 14,000 of them for 12 s. News
     * pages have a few thousand elements; a bigger page's text goes to the line cleaner instead,
     * which finds the story by the shape of its lines as it does for saved text.
     */
    static final int MAX_ELEMENTS = 10_000;

    private final DateParser dates = new DateParser();

    static boolean looksLikeMarkup(String text) {
        return MARKUP.matcher(text).find();
    }

    /** A whole page: empty when no main text is found. */
    Optional<Content> page(String html) {
        Document document = Jsoup.parse(html);
        Metadata declared = declared(document);
        if (document.getAllElements().size() > MAX_ELEMENTS) {
            String text = document.body() == null ? "" : paragraphs(document.body());
            return text.isBlank() ? Optional.empty()
                    : Optional.of(new Content(text, declared.orElse(new Metadata(document.title(), null, null, null, null))));
        }
        // readability resolves links against the page address and fails on an empty one
        Article article = new Readability4J(declared.url() == null ? NO_ADDRESS : declared.url(), html).parse();
        Element main = article.getArticleContent();
        String text = main == null ? "" : paragraphs(main);
        if (text.isBlank()) {
            return Optional.empty();
        }
        Metadata metadata = declared.orElse(new Metadata(article.getTitle(), null, null, null, null))
                .orElse(new Metadata(document.title(), null, null, null, null));
        return Optional.of(new Content(text, metadata));
    }

    /** Markup inside a JSON field: the main text if readability finds one, otherwise all of it. */
    String fragment(String html) {
        Optional<Content> page = page(html);
        return page.map(Content::text).orElseGet(() -> paragraphs(Jsoup.parseBodyFragment(html).body()));
    }

    private Metadata declared(Document document) {
        String title = meta(document, "meta[property=og:title]", "meta[name=twitter:title]").orElse(null);
        String url = meta(document, "meta[property=og:url]")
                .or(() -> attribute(document, "link[rel=canonical]", "href"))
                .filter(u -> u.startsWith("http"))
                .orElse(null);
        String outlet = meta(document, "meta[property=og:site_name]", "meta[name=application-name]").orElse(null);
        PublishedDate published = meta(document, PUBLISHED_SELECTORS.toArray(String[]::new))
                .or(() -> attribute(document, "time[itemprop=datePublished], time[pubdate], time[datetime]", "datetime"))
                .flatMap(dates::parseValue)
                .orElse(null);
        String language = attribute(document, "html[lang]", "lang")
                .map(lang -> lang.split("[-_]")[0].toLowerCase(Locale.ROOT))
                .filter(lang -> lang.matches("[a-z]{2,3}"))
                .orElse(null);
        return new Metadata(title, url, outlet, published, language);
    }

    private static Optional<String> meta(Document document, String... selectors) {
        for (String selector : selectors) {
            Optional<String> value = attribute(document, selector, "content");
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(Document document, String selector, String attribute) {
        return document.select(selector).stream()
                .map(element -> element.attr(attribute).strip())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    /** Text of an element with a blank line after every block and a line break for every br. */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element element && element.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, root);
        return out.toString()
                .replaceAll("[ \\t\\u00A0]*\\n[ \\t\\u00A0]*", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
