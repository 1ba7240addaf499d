package org.dialogues.ingest;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialogues.store.Outlet;

/**
 * The outlets an archivist expects by name (table {@code outlet}): finds the canonical name for a
 * name form as pages and wire credits write it ("Yonhap", "(AP)", "연합뉴스") or for a web domain,
 * including its subdomains (en.yna.co.kr). Immutable; {@link #none()} knows no outlet, and then
 * every outlet stays as written.
 */
public final class OutletDirectory {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byDomain = new HashMap<>();

    public OutletDirectory(List<Outlet> outlets) {
        for (Outlet outlet : outlets) {
            byName.putIfAbsent(key(outlet.name()), outlet.name());
            outlet.nameForms().forEach(form -> byName.putIfAbsent(key(form), outlet.name()));
            outlet.domains().forEach(domain -> byDomain.putIfAbsent(bareHost(domain), outlet.name()));
        }
    }

    public static OutletDirectory none() {
        return new OutletDirectory(List.of());
    }

    /** The outlet a name form names, in any case, with or without "The" and surrounding punctuation. */
    Optional<String> named(String written) {
        return written == null ? Optional.empty() : Optional.ofNullable(byName.get(key(written)));
    }

    /** The outlet publishing on a host or on a domain above it, the most specific first. */
    Optional<String> atHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String domain = bareHost(host);
        while (domain.contains(".")) {
            String outlet = byDomain.get(domain);
            if (outlet != null) {
                return Optional.of(outlet);
            }
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** The outlet a page address belongs to. */
    Optional<String> atAddress(String url) {
        return host(url).flatMap(this::atHost);
    }

    /** The outlet a name form or a bare domain ("yna.co.kr") names, if known. */
    Optional<String> known(String written) {
        if (written == null) {
            return Optional.empty();
        }
        return named(written)
                .or(() -> DOMAIN.matcher(written.strip()).matches() ? atHost(written.strip()) : Optional.empty());
    }

    /** The host of a page address without "www.", if it has one. */
    static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(OutletDirectory::bareHost);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String bareHost(String host) {
        return host.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").replaceFirst("\\.$", "");
    }

    private static String key(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
        return LEADING_THE.matcher(EDGE_PUNCTUATION.matcher(folded).replaceAll("")).replaceFirst("");
    }
}
