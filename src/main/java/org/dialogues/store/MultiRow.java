package org.dialogues.store;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rows of one kind gathered for one multi-row statement: each column is sent as one array and
 * read back as {@code unnest(...) AS alias(columns)}. One statement per table and article, not one
 * per row: the server plans and starts each statement, and fires each statement-level trigger,
 * once, and the statement's text does not grow with its rows.
 */
final class MultiRow {

    private final String alias;
    private final List<Field<?>> columns;
    private final List<Object[]> rows = new ArrayList<>();

    /** Rows whose columns are named and typed like {@code columns} (fields of the target table, usually). */
    MultiRow(String alias, Field<?>... columns) {
        this.alias = alias;
        this.columns = List.of(columns);
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values.clone());
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows as a table: {@code unnest(array, ...) AS alias(name, ...)}. */
    Table<?> table() {
        String arrays = IntStream.range(0, columns.size()).mapToObj(i -> "{" + i + "}").collect(Collectors.joining(", "));
        String names = columns.stream().map(Field::getName).collect(Collectors.joining(", "));
        return DSL.table("unnest(" + arrays + ") AS " + alias + "(" + names + ")",
                IntStream.range(0, columns.size()).mapToObj(this::array).toArray(Object[]::new));
    }

    /** The column of the rows named and typed like {@code like}. */
    <T> Field<T> column(Field<T> like) {
        if (columns.stream().noneMatch(c -> c.getName().equals(like.getName()))) {
            throw new IllegalArgumentException("no column " + like.getName());
        }
        return DSL.field(DSL.name(alias, like.getName()), like.getDataType());
    }

    private Field<?> array(int column) {
        return typedArray(columns.get(column).getDataType(), column);
    }

    private <T> Field<T[]> typedArray(DataType<T> type, int column) {
        @SuppressWarnings("unchecked")
        T[] values = (T[]) Array.newInstance(type.getType(), rows.size());
        for (int row = 0; row < rows.size(); row++) {
            values[row] = type.getType().cast(rows.get(row)[column]);
        }
        return DSL.val(values, type.getArrayDataType());
    }
}
