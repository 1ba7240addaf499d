package org.dialogues.extract.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialogues.extract.ReferenceData;

/**
 * The people of the reference offices, and which office each held on an article's date: a name
 * such as "Takeshi Iwaya" stands for a defense minister in 2019 and a foreign minister in 2025, and
 * a former leader named in passing holds no office at all.
 */
final class KnownPeople {

    private static final Comparator<ReferenceData.Office> BY_START = Comparator.comparing(ReferenceData.Office::validFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Offices per name key, earliest first. */
    private final Map<String, List<ReferenceData.Office>> offices;

    KnownPeople(List<ReferenceData.Office> known) {
        Map<String, List<ReferenceData.Office>> byKey = new HashMap<>();
        for (ReferenceData.Office office : known) {
            byKey.computeIfAbsent(PersonMention.nameKey(office.personName()), k -> new ArrayList<>()).add(office);
        }
        byKey.replaceAll((key, list) -> list.stream().sorted(BY_START).toList());
        this.offices = Map.copyOf(byKey);
    }

    /**
     * The office the person held on the date: of those whose term covers it, the latest begun (a
     * successor takes office on the day the predecessor leaves). Without a date, the latest office.
     */
    Optional<ReferenceData.Office> officeOn(String name, LocalDate date) {
        return officeOf(offices.getOrDefault(PersonMention.nameKey(name), List.of()), date);
    }

    /** Whether the reference knows the person to have held any office. */
    boolean knows(String name) {
        return offices.containsKey(PersonMention.nameKey(name));
    }

    /** The party the person served on the date, else the one party they ever served, if only one. */
    Optional<String> partyOn(String name, LocalDate date) {
        List<ReferenceData.Office> held = offices.getOrDefault(PersonMention.nameKey(name), List.of());
        Optional<ReferenceData.Office> current = officeOf(held, date);
        if (current.isPresent()) {
            return current.map(ReferenceData.Office::partyCode);
        }
        Set<String> parties = held.stream().map(ReferenceData.Office::partyCode).collect(Collectors.toSet());
        return parties.size() == 1 ? parties.stream().findFirst() : Optional.empty();
    }

    /** One office per person in office on the date (or, the date unknown, each person's latest). */
    List<ReferenceData.Office> holdersOn(LocalDate date) {
        return offices.values().stream().map(held -> officeOf(held, date)).flatMap(Optional::stream).toList();
    }

    private static Optional<ReferenceData.Office> officeOf(List<ReferenceData.Office> held, LocalDate date) {
        if (date == null) {
            return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
        }
        return held.stream().filter(office -> covers(office, date)).reduce((earlier, later) -> later);
    }

    private static boolean covers(ReferenceData.Office office, LocalDate date) {
        return (office.validFrom() == null || !date.isBefore(office.validFrom()))
                && (office.validTo() == null || !date.isAfter(office.validTo()));
    }
}
