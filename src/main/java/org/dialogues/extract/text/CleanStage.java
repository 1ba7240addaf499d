package org.dialogues.extract.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.dialogues.extract.Layers;
import org.dialogues.extract.pipeline.AnnotatedDocument;
import org.dialogues.extract.pipeline.Layer;
import org.dialogues.extract.pipeline.Stage;

/**
 * Light normalization before any offset exists: line endings, non-breaking and other odd spaces,
 * zero-width characters, trailing blanks. Wording and punctuation are left exactly as published,
 * because the result is what is stored and what every evidence span points into.
 */
public final class CleanStage implements Stage {

    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\f\\x0B]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ ]+(?=\\n)");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    public static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        text = ZERO_WIDTH.matcher(text).replaceAll("");
        text = ODD_SPACE.matcher(text).replaceAll(" ");
        text = TRAILING_BLANKS.matcher(text).replaceAll("");
        text = MANY_BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument document) {
        return document.with(Layers.TEXT, clean(document.get(Layers.RAW_TEXT)));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.RAW_TEXT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TEXT);
    }
}
