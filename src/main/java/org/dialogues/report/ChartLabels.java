package org.dialogues.report;

/** Category labels of the charts: short enough for the axis, still telling. */
final class ChartLabels {

    /** Longer names are shown by their code ("NATO", "ASEAN"), which every reader of the report knows. */
    static final int LONGEST_NAME = 18;

    private ChartLabels() {
    }

    /** "Japan", "United States"; "NATO" for North Atlantic Treaty Organization. */
    static String partner(String name, String code) {
        return name.length() <= LONGEST_NAME ? name : code;
    }
}
