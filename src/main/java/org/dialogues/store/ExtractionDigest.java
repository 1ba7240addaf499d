package org.dialogues.store;

import org.dialogues.extract.Extraction;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A digest of what storing an extraction depends on: the text, every fact with every field, and
 * the reference data it is stored with. Equal digests store equal rows, so re-extraction can skip an
 * article whose digest did not change. Sets are written sorted: their iteration order varies from
 * one run of the JVM to the next.
 */
final class ExtractionDigest {

    private ExtractionDigest() {
    }

    static String of(Extraction extraction, String referenceFingerprint) {
        StringBuilder canonical = new StringBuilder(4096);
        canonical.append(referenceFingerprint).append('\n').append(extraction.text()).append('\n');
        write(canonical, extraction.meetings());
        write(canonical, extraction.participants());
        write(canonical, extraction.commitments());
        return sha256(canonical.toString());
    }

    /** Records component by component, collections element by element, sets and maps sorted. */
    private static void write(StringBuilder out, Object value) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                out.append(component.getName()).append('=');
                write(out, read(component, record));
                out.append(';');
            }
            out.append(')');
        } else if (value instanceof Set<?> set) {
            TreeSet<String> sorted = new TreeSet<>();
            set.forEach(element -> sorted.add(canonical(element)));
            out.append(sorted);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
            out.append(sorted);
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            list.forEach(element -> {
                write(out, element);
                out.append(',');
            });
            out.append(']');
        } else {
            out.append(value == null ? "∅" : value.toString().replace("\\", "\\\\").replace(";", "\\;"));
        }
    }

    private static String canonical(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
