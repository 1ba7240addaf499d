package org.dialogues.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleaningSavedPageTest {

    private final PlainTextCleaner cleaner = new PlainTextCleaner();
    private final PageLayout page = cleaner.clean(Fixtures.text("saved-page.txt"));

    @Test
    void keepsEveryStoryParagraphInOrder() {
        assertThat(page.text().split("\n\n")).hasSize(6);
        assertThat(page.text())
                .startsWith("SEOUL, Oct. 2 (Yonhap) -- South Korea and Canada agreed Wednesday")
                .containsSubsequence("reviewed progress since the last round in Ottawa.",
                        "combined search-and-rescue drill",
                        "\"Our partnership is no longer limited by geography,\"")
                .endsWith("will take place in Canada next year, without giving a date.");
    }

    @Test
    void dropsMenusWidgetsListsBylinesAndNotices() {
        assertThat(page.text()).doesNotContain(
                "Skip to main content", "Home", "Share", "Font size", "By Park Min-seo", "Posted",
                "park.minseo@", "Related Articles", "Navy chief visits Halifax", "Comments", "Log in",
                "Most Read", "Seoul stocks", "Copyright", "cookies");
    }

    @Test
    void takesTheHeadlineAsTitleAndLeavesItOutOfTheText() {
        assertThat(page.title()).isEqualTo("Korea and Canada Agree to Expand Cooperation on Arctic Surveillance");
        assertThat(page.text()).doesNotContain("Arctic Surveillance");
    }

    @Test
    void keepsASentenceLikeCaptionInsideTheStory() {
        assertThat(page.text()).contains("pose for a photo before the dialogue in Seoul on Wednesday. [DEFENSE MINISTRY]");
    }

    @Test
    void joinsHardWrappedLinesIntoParagraphs() {
        PageLayout wrapped = cleaner.clean("""
                Officials from the two countries met in Seoul on Monday and agreed
                to hold the next round of their dialogue in Canberra, the foreign
                ministry said in a statement released after the talks.
                """);

        assertThat(wrapped.text()).isEqualTo("Officials from the two countries met in Seoul on Monday and agreed"
                + " to hold the next round of their dialogue in Canberra, the foreign"
                + " ministry said in a statement released after the talks.");
    }

    @Test
    void keepsARepeatedLineOnce() {
        String caption = "The two ministers shake hands after their talks in Seoul on Monday. [PHOTO AGENCY]";
        PageLayout repeated = cleaner.clean(String.join("\n",
                "The two foreign ministers met in Seoul on Monday and agreed to hold regular security talks.",
                caption, caption,
                "They also said they would cooperate on export controls and on countering cyber attacks."));

        assertThat(repeated.text().split("\n\n")).containsExactly(
                "The two foreign ministers met in Seoul on Monday and agreed to hold regular security talks.",
                caption,
                "They also said they would cooperate on export controls and on countering cyber attacks.");
    }

    @Test
    void findsNoStoryInAPageOfMenusAndHeadlines() {
        PageLayout menus = cleaner.clean("Home\nWorld\nPolitics\nMost Read\nMarkets Rally As Chip Stocks Climb\nShare\n");

        assertThat(menus.text()).isEmpty();
    }
}
