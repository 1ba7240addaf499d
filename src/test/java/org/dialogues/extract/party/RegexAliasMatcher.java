package org.dialogues.extract.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dialogues.extract.ReferenceData;
import org.dialogues.extract.Span;

/** The matcher as it was before the trie: one regular expression per case, kept to prove the trie finds the same.
 * Finds party name forms: longest match first, whole words only. Case-sensitive aliases (US, ROK)
 * must match exactly; the others match in any case but must start with a capital letter, because
 * English capitalizes names ("Chad" the country, not "chad").
 */
final class RegexAliasMatcher {

    private record Entry(String code, String kind) {}

    private final Map<String, Entry> exact = new LinkedHashMap<>();
    private final Map<String, Entry> folded = new LinkedHashMap<>();
    private final Pattern exactPattern;
    private final Pattern foldedPattern;

    RegexAliasMatcher(ReferenceData reference) {
        for (ReferenceData.Party party : reference.parties()) {
            folded.putIfAbsent(party.name().toLowerCase(Locale.ROOT), new Entry(party.code(), "name"));
        }
        for (ReferenceData.PartyAlias alias : reference.partyAliases()) {
            Entry entry = new Entry(alias.partyCode(), alias.kind());
            if (alias.caseSensitive()) {
                exact.putIfAbsent(alias.alias(), entry);
            } else {
                folded.putIfAbsent(alias.alias().toLowerCase(Locale.ROOT), entry);
            }
        }
        exactPattern = compile(exact.keySet().stream().toList(), 0);
        foldedPattern = compile(folded.keySet().stream().toList(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern compile(List<String> aliases, int flags) {
        if (aliases.isEmpty()) {
            return null;
        }
        String alternation = aliases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // Apostrophes in possessives ("Korea's", "Korea’s") end the word.
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", flags);
    }

    /** All party mentions in text[from, to), non-overlapping, longest first. */
    public List<PartyMention> find(String text, int from, int to) {
        List<PartyMention> candidates = new ArrayList<>();
        collect(text, from, to, exactPattern, true, candidates);
        collect(text, from, to, foldedPattern, false, candidates);
        return AliasMatcher.longestFirst(candidates);   // the choice among candidates is shared; matching is what is compared
    }

    private void collect(String text, int from, int to, Pattern pattern, boolean caseSensitive, List<PartyMention> out) {
        if (pattern == null) {
            return;
        }
        Matcher matcher = pattern.matcher(text).region(from, to);
        matcher.useTransparentBounds(true);
        while (matcher.find()) {
            String found = matcher.group();
            if (!caseSensitive && !Character.isUpperCase(found.charAt(0))) {
                continue;
            }
            Entry entry = caseSensitive ? exact.get(found) : folded.get(found.toLowerCase(Locale.ROOT));
            if (entry != null) {
                out.add(new PartyMention(new Span(matcher.start(), matcher.end()), entry.code(), entry.kind()));
            }
        }
    }
}
