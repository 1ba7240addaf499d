package org.dialogues.store;

import org.jooq.DSLContext;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.dialogues.database.schema.Tables.DIALOGUE_SERIES;
import static org.dialogues.database.schema.Tables.ORGANIZATION;
import static org.dialogues.database.schema.Tables.ORGANIZATION_ALIAS;
import static org.dialogues.database.schema.Tables.PARTY;
import static org.dialogues.database.schema.Tables.SERIES_ALIAS;
import static org.dialogues.database.schema.Tables.TOPIC;

/**
 * The rows the store looks up for every fact, read once per store (that is, once per command, as
 * the extractor reads its reference knowledge once): party and topic codes, organizations by name
 * or alias, and the series stored when the command started. Without it a re-extracted article cost
 * a dozen look-up round trips to the database. A series first met during the command is not here;
 * the writer asks the database for it.
 */
final class StoreLookups {

    /** An organization as the writer chooses among same-named ones: its own party first, then the oldest. */
    private record Organization(long id, String partyCode) {}

    private final Set<String> parties;
    private final Set<String> topics;
    private final Map<String, List<Organization>> organizations;
    private final String fingerprint;
    private final Map<String, Long> series;

    private StoreLookups(Set<String> parties, Set<String> topics, Map<String, List<Organization>> organizations,
            Map<String, Long> series, String fingerprint) {
        this.parties = parties;
        this.topics = topics;
        this.organizations = organizations;
        this.series = series;
        this.fingerprint = fingerprint;
    }

    static StoreLookups load(DSLContext dsl) {
        Set<String> parties = Set.copyOf(dsl.select(PARTY.CODE).from(PARTY).fetch(PARTY.CODE));
        Set<String> topics = Set.copyOf(dsl.select(TOPIC.CODE).from(TOPIC).fetch(TOPIC.CODE));
        Map<String, List<Organization>> organizations = organizations(dsl);
        return new StoreLookups(parties, topics, organizations, series(dsl), fingerprint(dsl, parties, topics, organizations));
    }

    /**
     * A digest of the reference data that decides how facts are stored (parties, topics,
     * organizations, series aliases): when it changes, every article is written again on re-extraction.
     * Series first met in articles are left out: they change which rows exist, not how a name resolves.
     */
    String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(DSLContext dsl, Set<String> parties, Set<String> topics, Map<String, List<Organization>> organizations) {
        StringBuilder all = new StringBuilder();
        all.append(new java.util.TreeSet<>(parties)).append(new java.util.TreeSet<>(topics));
        new java.util.TreeMap<>(organizations).forEach((name, list) -> all.append(name).append(list));
        dsl.select(SERIES_ALIAS.ALIAS, SERIES_ALIAS.SERIES_ID).from(SERIES_ALIAS).orderBy(SERIES_ALIAS.ALIAS, SERIES_ALIAS.SERIES_ID)
                .forEach(r -> all.append(r.value1()).append('=').append(r.value2()).append(';'));
        return ExtractionDigest.sha256(all.toString());
    }

    /** The code when the party is in the reference data, else null (an unknown code is not invented). */
    String knownParty(String code) {
        return code != null && parties.contains(code) ? code : null;
    }

    boolean knownTopic(String code) {
        return topics.contains(code);
    }

    /** The organization of that name or alias, preferring one of the given party. */
    Long organizationId(String name, String partyCode) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<Organization> candidates = organizations.getOrDefault(lower(name), List.of());
        return candidates.stream()
                .filter(o -> Objects.equals(o.partyCode(), partyCode == null ? "" : partyCode))
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .map(Organization::id)
                .orElse(null);
    }

    /** A series stored when the command started, by alias or name (aliases first). */
    Optional<Long> series(String name) {
        return Optional.ofNullable(series.get(lower(name)));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** By lower-case name and alias, each list in id order (the order the writer preferred before). */
    private static Map<String, List<Organization>> organizations(DSLContext dsl) {
        Map<String, List<Organization>> byName = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.PARTY_CODE, ORGANIZATION_ALIAS.ALIAS)
                .from(ORGANIZATION)
                .leftJoin(ORGANIZATION_ALIAS).on(ORGANIZATION_ALIAS.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                .orderBy(ORGANIZATION.ID)
                .forEach(r -> {
                    Organization organization = new Organization(r.value1(), r.value3());
                    add(byName, lower(r.value2()), organization);
                    if (r.value4() != null) {
                        add(byName, lower(r.value4()), organization);
                    }
                });
        byName.replaceAll((name, list) -> List.copyOf(list));
        return Map.copyOf(byName);
    }

    private static void add(Map<String, List<Organization>> byName, String name, Organization organization) {
        List<Organization> list = byName.computeIfAbsent(name, n -> new java.util.ArrayList<>());
        if (!list.contains(organization)) {
            list.add(organization);
        }
    }

    private static Map<String, Long> series(DSLContext dsl) {
        Map<String, Long> byName = new HashMap<>();
        dsl.select(DIALOGUE_SERIES.ID, DIALOGUE_SERIES.NAME).from(DIALOGUE_SERIES).orderBy(DIALOGUE_SERIES.ID)
                .forEach(r -> byName.putIfAbsent(lower(r.value2()), r.value1()));
        // an alias wins over another series' name, as the writer's query found aliases first
        dsl.select(SERIES_ALIAS.SERIES_ID, SERIES_ALIAS.ALIAS).from(SERIES_ALIAS).orderBy(SERIES_ALIAS.ALIAS)
                .forEach(r -> byName.put(lower(r.value2()), r.value1()));
        return Map.copyOf(byName);
    }
}
