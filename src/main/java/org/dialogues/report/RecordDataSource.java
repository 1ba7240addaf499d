package org.dialogues.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jasper data source over Java records: a template field reads the record component of the same
 * name. JRBeanCollectionDataSource looks for getters and so cannot read records.
 */
final class RecordDataSource<T extends Record> implements JRRewindableDataSource {

    private final List<T> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private int position = -1;

    RecordDataSource(Class<T> type, List<T> rows) {
        this.rows = List.copyOf(rows);
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.put(component.getName(), component.getAccessor());
        }
    }

    @Override
    public boolean next() {
        position++;
        return position < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.get(field.getName());
        if (accessor == null) {
            throw new JRException("the template field '" + field.getName() + "' is not a component of the report data "
                    + accessors.keySet());
        }
        try {
            return accessor.invoke(rows.get(position));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("cannot read '" + field.getName() + "'", e);
        }
    }

    @Override
    public void moveFirst() {
        position = -1;
    }
}
