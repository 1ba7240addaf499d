package org.dialogues.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference knowledge extraction reads: parties and every name form of them, organizations,
 * titles of office, topics, known dialogue series, well-known cities, landmarks that host meetings
 * and who holds which office. It lives in the database (seeded by migrations, extended by
 * archivists) and is handed to the pipeline as this immutable value, so that extraction stages stay
 * pure and tests can build small instances by hand. Series and offices first met in articles are
 * stored as facts, not read back here: an article's extraction never depends on which articles
 * were imported before it.
 */
public record ReferenceData(
        List<Party> parties,
        List<PartyAlias> partyAliases,
        List<Organization> organizations,
        List<Title> titles,
        List<Topic> topics,
        List<Series> series,
        List<City> cities,
        List<Office> offices,
        List<Landmark> landmarks) {

    public ReferenceData {
        parties = List.copyOf(parties);
        partyAliases = List.copyOf(partyAliases);
        organizations = List.copyOf(organizations);
        titles = List.copyOf(titles);
        topics = List.copyOf(topics);
        series = List.copyOf(series);
        cities = List.copyOf(cities);
        offices = List.copyOf(offices);
        landmarks = List.copyOf(landmarks);
    }

    /** Reference data without landmarks: venues are read from city names only. */
    public ReferenceData(List<Party> parties, List<PartyAlias> partyAliases, List<Organization> organizations,
            List<Title> titles, List<Topic> topics, List<Series> series, List<City> cities, List<Office> offices) {
        this(parties, partyAliases, organizations, titles, topics, series, cities, offices, List.of());
    }

    /** Reference data without known offices: people are placed by the words around their names only. */
    public ReferenceData(List<Party> parties, List<PartyAlias> partyAliases, List<Organization> organizations,
            List<Title> titles, List<Topic> topics, List<Series> series, List<City> cities) {
        this(parties, partyAliases, organizations, titles, topics, series, cities, List.of(), List.of());
    }

    /** Reference data without a city table: places then resolve through party capitals only. */
    public ReferenceData(List<Party> parties, List<PartyAlias> partyAliases, List<Organization> organizations,
            List<Title> titles, List<Topic> topics, List<Series> series) {
        this(parties, partyAliases, organizations, titles, topics, series, List.of(), List.of(), List.of());
    }

    /** A state (ISO 3166-1 alpha-2 code) or an organization (EU, NATO...). */
    public record Party(String code, String name, String kind, String capital) {}

    /** A name form of a party; kind is name, abbreviation, demonym or metonym. */
    public record PartyAlias(String alias, String partyCode, String kind, boolean caseSensitive) {}

    /** A ministry, agency or office; partyCode may be null. */
    public record Organization(String name, String partyCode, String acronym, List<String> aliases) {
        public Organization {
            aliases = List.copyOf(aliases);
        }
    }

    /** A title of office in lower case with its level code (leader, minister, vice_minister...). */
    public record Title(String name, String levelCode) {}

    /** A subject of dialogue with the lower-case keywords that suggest it. */
    public record Topic(String code, String label, List<String> keywords) {
        public Topic {
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * A recurring dialogue series with its parties and other names; {@code annual} is set only for
     * series whose editions are numbered strictly one a year (nullable).
     */
    public record Series(String name, String acronym, String kind, Set<String> parties, List<String> aliases,
            AnnualNumbering annual) {
        public Series {
            parties = Set.copyOf(parties);
            aliases = List.copyOf(aliases);
        }

        /** A series without known yearly numbering. */
        public Series(String name, String acronym, String kind, Set<String> parties, List<String> aliases) {
            this(name, acronym, kind, parties, aliases, null);
        }
    }

    /** Editions numbered one a year: edition {@code sinceEdition} was held in {@code sinceYear}, each later one a year on. */
    public record AnnualNumbering(int sinceEdition, int sinceYear) {
        public AnnualNumbering {
            if (sinceEdition < 1 || sinceYear < 1900) {
                throw new IllegalArgumentException("invalid annual numbering: edition " + sinceEdition
                        + " in " + sinceYear);
            }
        }

        /** The year of an edition; empty before the numbering is known to be annual. */
        public Optional<Integer> yearOf(int edition) {
            return edition < sinceEdition ? Optional.empty()
                    : Optional.of(sinceYear + edition - sinceEdition);
        }
    }

    /** A well-known city where meetings take place, with the state it lies in. */
    public record City(String name, String countryCode) {}

    /** A building or institution named as a venue ("the Pentagon"), with the city and state it lies in. */
    public record Landmark(String name, String city, String countryCode) {}

    /** An office a person held (reference data, not imports): party, title and term; a null validTo while in office. */
    public record Office(String personName, String partyCode, String title, LocalDate validFrom, LocalDate validTo) {}
}
