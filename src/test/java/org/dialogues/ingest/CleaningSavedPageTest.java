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

    @Test
    void teasersUnderARelatedHeadingAreNotPartOfTheStory() {
        PageLayout teasers = cleaner.clean("""
                The navies of the two countries agreed on Monday to hold a combined exercise in the East Sea, officials said.
                The exercise will focus on anti-submarine warfare and is expected to take place in the autumn.
                Officers from both sides will meet again next month to settle the details of the drill.

                Related
                Coast guards hold first joint drill
                The two coast guards held their first joint search-and-rescue drill last year, officials said.
                """);

        assertThat(teasers.text()).endsWith("to settle the details of the drill.").doesNotContain("coast guards");
    }

    @Test
    void aStoryInterruptedByAnInlineRelatedLinkKeepsBothHalves() {
        String half = "The foreign ministers of the two countries discussed export controls, maritime security and"
                + " cooperation on critical minerals during their talks in the capital on Tuesday, officials said.\n";
        PageLayout interrupted = cleaner.clean(half.repeat(3) + "\nRead more\nMinisters to meet again\n\n" + half.repeat(2)
                .replace("Tuesday", "Wednesday"));

        assertThat(interrupted.text()).contains("Tuesday", "Wednesday").doesNotContain("Read more", "Ministers to meet again");
    }

    @Test
    void preferAFullHeadlineToAShortOrganizationNameAboveIt() {
        PageLayout release = cleaner.clean("""
                Press Release
                Ministry of Foreign Affairs

                Outcome of the Third Strategic Dialogue Between Korea and Mexico

                1. The vice foreign ministers of the two countries held their third strategic dialogue in Mexico City on Monday.
                2. They agreed to expand cooperation on supply chains, energy and the protection of nationals abroad.
                """);

        assertThat(release.title()).isEqualTo("Outcome of the Third Strategic Dialogue Between Korea and Mexico");
    }

    @Test
    void aMenuOrBreadcrumbIsNeverTheHeadline() {
        PageLayout page = cleaner.clean("""
                THE HARBOUR GAZETTE
                Harbour | Region | National | World | Business | Opinion | Sport
                Home > World > Asia

                WORLD

                Two navies agree to share maritime surveillance data

                The navies of the two countries agreed on Thursday to exchange maritime surveillance data in near real time.
                The arrangement follows two years of talks and takes effect next month, officials said.
                """);

        assertThat(page.title()).isEqualTo("Two navies agree to share maritime surveillance data");
    }

    @Test
    void readersCommentsNeverJoinTheStoryHoweverLong() {
        String comment = "I think this agreement is long overdue and both governments should have signed it years ago,"
                + " given how much the security situation in the region has changed since the last talks.\n";
        PageLayout commented = cleaner.clean("""
                The defense ministers of the two countries agreed on Friday to share real-time warning data on missile launches.
                The agreement will take effect next month after a final review by both governments, officials said.

                Comments (3)
                """ + ("reader42\n" + comment + "Reply\n").repeat(3));

        assertThat(commented.text()).endsWith("after a final review by both governments, officials said.")
                .doesNotContain("long overdue");
    }

    @Test
    void aParagraphSignedOffWithAnAgencyNameIsStoryNotACaption() {
        PageLayout signed = cleaner.clean("""
                The two governments agreed on Monday to resume their annual security dialogue after a pause of four years.
                The next meeting will be held in the capital in the spring, officials said. (Yonhap)
                """);

        assertThat(signed.text()).endsWith("officials said. (Yonhap)");
    }

    @Test
    void aShortSentenceInsideTheStoryIsKept() {
        PageLayout story = cleaner.clean("""
                The minister said the two countries would sign a new defense cooperation agreement before the end of the year.
                He declined to comment.
                Officials from both ministries are expected to meet next month to finalize the text of the agreement.
                """);

        assertThat(story.text()).contains("\n\nHe declined to comment.\n\n");
    }
}
