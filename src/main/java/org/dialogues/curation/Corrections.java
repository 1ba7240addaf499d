package org.dialogues.curation;

import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.Collection;

/** The {@code corrected_fields} arrays: field names extraction must leave as an archivist set them. */
final class Corrections {

    private Corrections() {
    }

    /** The array with the names added, each once. */
    static Field<String[]> with(Field<String[]> correctedFields, Collection<String> names) {
        Field<String[]> result = correctedFields;
        for (String name : names) {
            Field<String[]> before = result;
            result = DSL.when(DSL.val(name).eq(DSL.any(before)), before).otherwise(DSL.arrayAppend(before, name));
        }
        return result;
    }
}
