package org.dialogues.ingest;

import java.util.List;

/**
 * A saved page split into logical lines, with where the story was found: lines before
 * {@code storyStart} are the page header (menus, headline, date lines), lines from {@code storyEnd}
 * on are the footer (bylines, lists of other stories, comment widgets).
 *
 * @param lines logical lines (hard-wrapped lines joined), trimmed
 * @param storyStart index of the first story line; equal to storyEnd when no story was found
 * @param storyEnd index after the last story line
 * @param title the headline, or null
 * @param text the story paragraphs separated by blank lines; empty when no story was found
 */
record PageLayout(List<String> lines, int storyStart, int storyEnd, String title, String text) {

    PageLayout {
        lines = List.copyOf(lines);
        if (storyStart < 0 || storyEnd < storyStart || storyEnd > lines.size()) {
            throw new IllegalArgumentException("story bounds outside the page: " + storyStart + ".." + storyEnd);
        }
    }

    List<String> header() {
        return lines.subList(0, storyStart);
    }

    List<String> story() {
        return lines.subList(storyStart, storyEnd);
    }

    List<String> footer() {
        return lines.subList(storyEnd, lines.size());
    }
}
