package org.dialogues.analyst;

/** One documented analyst question and the SQL that answers it (values written in, as an analyst types them). */
public record AnalystQuery(String name, String sql) {

    public AnalystQuery {
        if (name.isBlank() || sql.isBlank()) {
            throw new IllegalArgumentException("an analyst query needs a name and SQL");
        }
    }
}
