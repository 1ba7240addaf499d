package org.dialogues.extract.party;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Texts on which the trie and the regular expressions must agree: sample and development articles, seeds, odd cases. */
final class AliasTexts {

    static final List<String> ODD_CASES = List.of(
            "south Korea and SOUTH KOREA, korea's north; North Koreans", "US-ROK, U.S.-Japan, the U.S.",
            "1Korea Korea1 Korea_ Korea's Korea\u2019s (Korea) \"Japan\"", "Japanese-Korean, ROKs, ROK.",
            "Seoul-Tokyo-Washington D.C. talks", "", "K", "Korea", "the Republic of Korea Navy");

    private AliasTexts() {
    }

    /** Every sample and development article and seed as raw text (markup included: it is only text to match in). */
    static List<String> articles() {
        List<String> texts = new ArrayList<>(ODD_CASES);
        for (Path folder : List.of(Path.of("src", "main", "resources", "samples", "articles"),
                Path.of("src", "test", "resources", "devset", "articles"), Path.of("..", "shared", "seeds"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** Regions of a text cut at random (seeded), so that matches at and beyond region edges are compared too. */
    static List<int[]> regions(String text, long seed) {
        Random random = new Random(seed);
        List<int[]> regions = new ArrayList<>();
        regions.add(new int[] {0, text.length()});
        for (int i = 0; i < 50 && text.length() > 1; i++) {
            int a = random.nextInt(text.length());
            int b = random.nextInt(text.length());
            regions.add(new int[] {Math.min(a, b), Math.max(a, b)});
        }
        return regions;
    }
}
