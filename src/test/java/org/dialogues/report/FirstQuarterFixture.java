package org.dialogues.report;

import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.List;

/**
 * A small, hand-countable knowledge base around 2025-Q1 (all names and events invented for tests,
 * apart from two real names chosen for their letters: Hangul and a Polish ł).
 *
 * <pre>
 * 2025-Q1, Korea a party, held:  m1 KR-US 15 Jan (series edition 7, vice-minister), m2 KR-PL 10 Feb (minister),
 *                                m3 KR-US-JP 5-6 Mar (defense, space)
 * 2025-Q1, Korea a party, year precision only: m7 (left out)
 * 2025-Q1, without Korea:        m4 JP-EU 20 Feb
 * 2025-Q2, planned:              m5 KR-US
 * 2024-Q4, held:                 m6 KR-DE with one commitment
 * commitments at Q1 meetings:    c1 m1 KR+US open; c2 m2 KR+PL fulfilled by m3; c3 m3 (no parties named: US and JP)
 * articles by date:              a1 16 Jan, a2 11 Feb, a4 21 Feb, a3 6 Mar, a5 20 Mar  (labels S1..S5 in that order)
 * </pre>
 */
final class FirstQuarterFixture {

    static final String HANGUL_NAME = "조태열";
    static final String DIACRITIC_NAME = "Radosław Sikorski";

    final long m1;
    final long m2;
    final long m3;
    final long m4;
    final long m5;
    final long m6;
    final long m7;
    final long a1;
    final long a2;
    final long a3;
    final long a4;
    final long a5;

    FirstQuarterFixture(DSLContext dsl) {
        ReportFixture f = new ReportFixture(dsl);
        long series = f.series("Korea-U.S. Test Defense Dialogue", "KTDD");
        m1 = f.meeting("7th Korea-U.S. Test Defense Dialogue", series, 7, LocalDate.of(2025, 1, 15), null, "day", "held",
                "vice_minister", "Seoul", "KR", List.of("KR", "US"), List.of("defense"));
        m2 = f.meeting("Korea-Poland Foreign Ministers' Meeting", null, null, LocalDate.of(2025, 2, 10), null, "day", "held",
                "minister", "Warsaw", "PL", List.of("KR", "PL"), List.of("defense"));
        m3 = f.meeting("Korea-U.S.-Japan Space Security Talks", null, null, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6),
                "day", "held", null, "Tokyo", "JP", List.of("KR", "US", "JP"), List.of("space", "defense"));
        m4 = f.held("Japan-EU Security Consultations", LocalDate.of(2025, 2, 20), List.of("JP", "EU"), List.of("cyber"));
        m5 = f.meeting("8th Korea-U.S. Test Defense Dialogue", series, 8, LocalDate.of(2025, 5, 1), null, "month", "planned",
                null, "Washington", "US", List.of("KR", "US"), List.of());
        m6 = f.held("Korea-Germany Defense Talks", LocalDate.of(2024, 11, 10), List.of("KR", "DE"), List.of("defense"));
        m7 = f.meeting("Korea-U.S. Cyber Exchange", null, null, LocalDate.of(2025, 1, 1), null, "year", "held",
                null, null, null, List.of("KR", "US"), List.of("cyber"));

        f.participant(m1, "Kim Test-one", "Deputy Minister for Defense Policy", "KR", "vice_minister");
        f.participant(m1, "John Testman", "Deputy Assistant Secretary of Defense", "US", "senior_official");
        f.participant(m2, HANGUL_NAME, "Minister of Foreign Affairs", "KR", "minister");
        f.participant(m2, DIACRITIC_NAME, "Minister of Foreign Affairs", "PL", "minister");
        f.participant(m3, "Lee Test-three", "Director General", "KR", "senior_official");

        a1 = f.article("Test Wire", LocalDate.of(2025, 1, 16), "Korea and US hold defense dialogue");
        a2 = f.article("Test Herald", LocalDate.of(2025, 2, 11), "Foreign ministers of Korea and Poland meet");
        a3 = f.article("Test Times", LocalDate.of(2025, 3, 6), "Trilateral space security talks in Tokyo");
        a4 = f.article("Test Wire", LocalDate.of(2025, 2, 21), "Japan and EU consult on security");
        a5 = f.article("Test Wire", LocalDate.of(2025, 3, 20), "Next defense dialogue set for May");
        f.reports(m1, a1);
        f.reports(m2, a2);
        f.reports(m3, a3);
        f.reports(m3, a1);
        f.reports(m4, a4);
        f.reports(m5, a5);
        long a6 = f.article("Test Wire", LocalDate.of(2024, 11, 11), "Korea and Germany talk defense");
        f.reports(m6, a6);

        long c1 = f.commitment(m1, "agree", "hold the next dialogue in Washington", "open", null, List.of("KR", "US"));
        long c2 = f.commitment(m2, "pledge", "expand defense industry cooperation", "fulfilled", m3, List.of("KR", "PL"));
        long c3 = f.commitment(m3, "plan", "exchange space situational awareness data", "open", null, List.of());
        f.commitment(m6, "agree", "meet again next year", "open", null, List.of("KR", "DE"));
        f.states(c1, a1);
        f.states(c2, a2);
        f.states(c3, a3);
    }
}
