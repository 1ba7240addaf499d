package org.dialogues.ingest;

import java.net.URI;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads title, address, outlet, publication date and language from the text of a saved page.
 *
 * <p>Publication date, most trusted first: a labelled line ("Published", "Posted", "Input" ...), a
 * date in the page address (/2024/09/25/), a line holding only a date, an "Updated" line, a line
 * holding only a date with a weekday (often the site's banner showing the day it was saved), and
 * last a dateline "SEOUL, Sept. 14 (Yonhap) --" whose year comes from elsewhere on the page. When
 * none is found the date stays unknown: it is never guessed.
 */
final class MetadataDetector {

    /** Labels that introduce a publication date, and those that introduce a later revision. */
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:(?:first )?published(?: on| at)?|posted(?: on| at)?|input|date(?:d)?|released|issued|publication date|written"
            + "|(?:last )?updated?(?: on| at)?|modified|edited|revised|입력|등록|게재|발행|수정|업데이트)(?:\\b|(?<=[가-힣]))"
            + "\\s*[:：]?\\s*(?<value>.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVISION_LABEL = Pattern.compile("^(?:last )?(?:updated?|modified|edited|revised|수정|업데이트)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_LINE = Pattern.compile(
            "^(?:(?:url|source|link|original(?: url| article)?|canonical|address|web)\\s*[:：]\\s*)?(https?://\\S+)"
            + "(?:\\s+\\d+\\s*/\\s*\\d+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/._-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d*(?:[/._-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LINE_LEFTOVER = Pattern.compile(
            "[\\d\\s,.:/()-]|\\b(?:am|pm|kst|gmt|utc|est|edt|jst|cet|at)\\b", Pattern.CASE_INSENSITIVE);
    /** "SEOUL, Sept. 14 (Yonhap) --", "WASHINGTON, March 3 (AP) —", "TOKYO (Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L} .'-]{1,40}?)(?:,\\s*([^()]{3,25}?))?\\s*\\(([^()]{2,40})\\)\\s*(?:--|[\u2014\u2013-])");
    private static final Pattern PLACE_THEN_DATE = Pattern.compile("^\\p{Lu}[\\p{L}.' -]{1,30},\\s+(.+)$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:\u00A9|\u24D2|\u24B8|\\(c\\)|copyright)(?:\\s*(?:\u00A9|\u24D2|\u24B8|\\(c\\)))?\\s*(?:((?:19|20)\\d{2})(?:\\s*[-\u2013]\\s*((?:19|20)\\d{2}))?)?"
            + "\\s*(?:by\\s+)?([\\p{L}][^.,|\u00A9]{1,60}?)?\\s*(?:[.,|]|\\ball rights\\b|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
    /** Mail services anyone can use say nothing about the outlet. */
    private static final Set<String> PUBLIC_MAIL = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com",
            "naver.com", "daum.net", "hanmail.net", "kakao.com", "proton.me", "protonmail.com", "aol.com");

    /** "By Kim Ji-ho / Yonhap", "By Jane Doe, Associated Press", "By Reuters". */
    private static final Pattern BYLINE = Pattern.compile("^by\\s+(.{1,150})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile(
            "\\s*(?:[/|,;]|\\s[-\u2013\u2014]\\s|\\b(?:and|for|of)\\b)\\s*", Pattern.CASE_INSENSITIVE);
    /** "Source: Yonhap", "Via AFP", "Courtesy of NHK". */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:sources?|via|credit|courtesy of|reporting by)\\s*[:\uFF1A]?\\s+", Pattern.CASE_INSENSITIVE);
    /** Korean wire datelines: "(서울=연합뉴스) 기자 이름 기자 =", the outlet after the place. */
    private static final Pattern PLACE_EQUALS_OUTLET = Pattern.compile("^[(\\[]\\s*[^()\\[\\]=]{1,20}=\\s*([^()\\[\\]=]{1,40}?)\\s*[)\\]]");
    private static final int CREDIT_MAX_WORDS = 16;

    private final DateParser dates = new DateParser();
    private final OutletDirectory outlets;

    MetadataDetector(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    Detection detect(PageLayout page) {
        List<String> notes = new ArrayList<>();
        String url = url(page);
        Optional<PublishedDate> published = published(page, url, notes);
        Metadata metadata = new Metadata(page.title(), url, outlet(page, url), published.orElse(null), language(page.text()));
        return new Detection(metadata, notes);
    }

    private String url(PageLayout page) {
        return Stream.concat(page.header().stream(), page.footer().stream())
                .map(URL_LINE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
    }

    /** A candidate publication date, how far it is trusted (lower is better), and a caveat for the archivist. */
    private record Candidate(PublishedDate date, int rank, String caveat) {
        Candidate(PublishedDate date, int rank) {
            this(date, rank, null);
        }
    }

    static final String BANNER_CAVEAT = "publication date taken from an unlabelled date line with a weekday,"
            + " which may be the day the page was saved";

    private Optional<PublishedDate> published(PageLayout page, String url, List<String> notes) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> around = surroundings(page);
        labelled(around, candidates);
        fromUrl(url).ifPresent(date -> candidates.add(new Candidate(date, 2)));
        dateLines(page.header(), candidates);
        Optional<Candidate> best = candidates.stream().min(Comparator.comparingInt(Candidate::rank));
        best.map(Candidate::caveat).ifPresent(notes::add);
        return best.map(Candidate::date).or(() -> fromDateline(page, url, notes));
    }

    /** The header and the first lines after the story, where pages print their dates. */
    private static List<String> surroundings(PageLayout page) {
        List<String> footerStart = page.footer().stream().filter(line -> !line.isEmpty()).limit(6).toList();
        return Stream.concat(page.header().stream(), footerStart.stream()).toList();
    }

    private void labelled(List<String> lines, List<Candidate> candidates) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher label = DATE_LABEL.matcher(lines.get(i));
            if (!label.matches()) {
                continue;
            }
            int rank = REVISION_LABEL.matcher(lines.get(i)).find() ? 4 : 1;
            Optional<PublishedDate> date = dates.find(label.group("value"));
            if (date.isEmpty() && label.group("value").isBlank()) {
                date = nextNonBlank(lines, i).flatMap(dates::find);
            }
            date.ifPresent(d -> candidates.add(new Candidate(d, rank)));
        }
    }

    private void dateLines(List<String> header, List<Candidate> candidates) {
        for (String line : header) {
            Optional<PublishedDate> date = dates.find(line);
            if (date.isEmpty() || LineClassifier.words(line).size() > 8 || !(onlyDate(line) || placeAndDate(line))) {
                continue;
            }
            boolean weekday = WEEKDAY.matcher(line).find();
            candidates.add(weekday ? new Candidate(date.get(), 5, BANNER_CAVEAT) : new Candidate(date.get(), 3));
        }
    }

    /** A dateline of its own: a place, a comma, then nothing but a date ("Ottawa, November 1, 2024"). */
    private static boolean placeAndDate(String line) {
        Matcher placed = PLACE_THEN_DATE.matcher(line);
        return placed.matches() && onlyDate(placed.group(1));
    }

    /** A line that is nothing but a date (with perhaps a weekday and a time). */
    private static boolean onlyDate(String line) {
        String rest = WEEKDAY.matcher(line).replaceAll("");
        rest = rest.replaceAll("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?", "");
        rest = DATE_LINE_LEFTOVER.matcher(rest).replaceAll("");
        return rest.codePoints().filter(Character::isLetter).count() <= 3;
    }

    private static Optional<String> nextNonBlank(List<String> lines, int index) {
        return lines.subList(index + 1, lines.size()).stream().filter(line -> !line.isEmpty()).findFirst();
    }

    Optional<PublishedDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = path(url);
        Matcher day = URL_DAY.matcher(path);
        while (day.find()) {
            boolean split = day.group(1) != null;
            Optional<PublishedDate> date = dates.parseValue(split
                    ? day.group(1) + "-" + day.group(2) + "-" + day.group(3)
                    : day.group(4) + "-" + day.group(5) + "-" + day.group(6));
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher month = URL_MONTH.matcher(path);
        return month.find() ? dates.parseValue(month.group(1) + "-" + month.group(2)) : Optional.empty();
    }

    private static String path(String url) {
        try {
            String path = URI.create(url).getRawPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** "SEOUL, Sept. 14 (Yonhap) --": month and day from the dateline, year only from elsewhere on the page. */
    private Optional<PublishedDate> fromDateline(PageLayout page, String url, List<String> notes) {
        Optional<Matcher> dateline = dateline(page);
        if (dateline.isEmpty() || dateline.get().group(2) == null) {
            return Optional.empty();
        }
        String written = dateline.get().group(2);
        Optional<PublishedDate> full = dates.find(written);
        if (full.isPresent()) {
            return full;
        }
        Optional<MonthDay> monthDay = dates.findMonthDay(written);
        if (monthDay.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> year = pageYear(page, url);
        if (year.isEmpty()) {
            notes.add("the dateline gives " + written.strip() + " but the page gives no year");
            return Optional.empty();
        }
        return Optional.of(PublishedDate.day(monthDay.get().atYear(year.get())));
    }

    private Optional<Matcher> dateline(PageLayout page) {
        return page.story().stream().filter(line -> !line.isEmpty()).findFirst()
                .map(DATELINE::matcher)
                .filter(Matcher::find)
                // a capitalized city, or a date after the comma: "The Ministry (MOFA) - " is no dateline
                .filter(m -> m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) || m.group(2) != null);
    }

    /** The year the page itself states outside the story: its address, a copyright line, a labelled date. */
    private Optional<Integer> pageYear(PageLayout page, String url) {
        Optional<Integer> fromUrl = fromUrl(url).map(date -> date.date().getYear());
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        return Stream.concat(page.header().stream(), page.footer().stream())
                .filter(line -> COPYRIGHT.matcher(line).find() || DATE_LABEL.matcher(line).matches())
                .map(YEAR::matcher)
                .filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1)))
                .findFirst();
    }

    /**
     * The agency of a dateline, a wire credit, a copyright holder, the address's host, or the domain of
     * a staff address. A known outlet wins over an unknown one and is given by its canonical name;
     * among known (or among unknown) ones that order holds.
     */
    private String outlet(PageLayout page, String url) {
        Optional<String> agency = dateline(page).map(m -> m.group(3).strip());
        Optional<String> holder = copyrightHolder(page);
        Optional<String> host = OutletDirectory.host(url);
        Optional<String> mail = mailDomain(page);
        return agency.flatMap(outlets::named)
                .or(() -> credit(page))
                .or(() -> holder.flatMap(outlets::named))
                .or(() -> host.flatMap(outlets::atHost))
                .or(() -> mail.flatMap(outlets::atHost))
                .or(() -> agency)
                .or(() -> holder)
                .or(() -> host)
                .or(() -> mail)
                .orElse(null);
    }

    /**
     * A known outlet credited on a line of its own ("Yonhap News", "(AP)", "Source: Reuters") or in a
     * byline ("By ... / Reuters"), around the story or at its very start or end.
     */
    private Optional<String> credit(PageLayout page) {
        List<String> story = page.story().stream().filter(line -> !line.isEmpty()).toList();
        Stream<String> edges = story.isEmpty() ? Stream.empty() : Stream.of(story.get(0), story.get(story.size() - 1));
        return Stream.of(page.header().stream(), edges, page.footer().stream())
                .flatMap(lines -> lines)
                .filter(line -> !line.isBlank()
                        && (LineClassifier.words(line).size() <= CREDIT_MAX_WORDS || PLACE_EQUALS_OUTLET.matcher(line).find()))
                .map(this::creditedOutlet)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<String> creditedOutlet(String line) {
        Matcher placeEquals = PLACE_EQUALS_OUTLET.matcher(line.strip());
        if (placeEquals.find()) {
            return outlets.named(placeEquals.group(1));
        }
        String bare = CREDIT_LABEL.matcher(line.strip()).replaceFirst("");
        Optional<String> whole = outlets.named(bare);
        if (whole.isPresent()) {
            return whole;
        }
        Matcher byline = BYLINE.matcher(bare);
        if (!byline.matches()) {
            return Optional.empty();
        }
        return creditParts(byline.group(1)).stream()
                .map(outlets::named)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The whole credit, each part between separators, and all that follows each separator. */
    private static List<String> creditParts(String credit) {
        List<String> parts = new ArrayList<>(List.of(credit));
        parts.addAll(List.of(CREDIT_SEPARATOR.split(credit)));
        Matcher separator = CREDIT_SEPARATOR.matcher(credit);
        while (separator.find()) {
            parts.add(credit.substring(separator.end()));
        }
        return parts;
    }

    private static Optional<String> copyrightHolder(PageLayout page) {
        return Stream.concat(page.footer().stream(), page.header().stream())
                .filter(line -> LineClassifier.words(line).size() <= 20)
                .map(COPYRIGHT::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(3))
                .filter(holder -> holder != null && !holder.isBlank())
                .map(String::strip)
                .filter(holder -> !holder.toLowerCase(Locale.ROOT).startsWith("all rights"))
                .findFirst();
    }

    private static Optional<String> mailDomain(PageLayout page) {
        return Stream.concat(page.footer().stream(), page.header().stream())
                .map(EMAIL::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1).toLowerCase(Locale.ROOT))
                .filter(domain -> !PUBLIC_MAIL.contains(domain))
                .findFirst();
    }

    /** By script: Hangul, Japanese kana or Chinese make ko, ja, zh; anything else is taken as English. */
    static String language(String text) {
        long letters = 0;
        long hangul = 0;
        long kana = 0;
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (script == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (letters == 0) {
            return null;
        }
        if (hangul * 3 > letters) {
            return "ko";
        }
        if (kana * 10 > letters) {
            return "ja";
        }
        return han * 3 > letters ? "zh" : "en";
    }
}
