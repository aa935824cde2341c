package org.w3id.e2eekg.export.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * The typed columns of a set of attribute maps, as GraphML keys and GEXF attributes declare
 * them: an attribute whose every value, on every element, is a single integer is a
 * {@link Type#LONG}; a single number a {@link Type#DOUBLE}; a single boolean a
 * {@link Type#BOOLEAN}; anything else, or several values on one element, a
 * {@link Type#STRING}, several values joined by {@value #JOIN}.
 */
final class Columns {
    static final String JOIN = " | ";
    private static final Set<String> INTEGERS = Set.of(XSDDatatype.XSDinteger, XSDDatatype.XSDint, XSDDatatype.XSDlong,
            XSDDatatype.XSDshort, XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDpositiveInteger,
            XSDDatatype.XSDunsignedInt, XSDDatatype.XSDunsignedShort).stream().map(XSDDatatype::getURI).collect(Collectors.toSet());
    private static final Set<String> NUMBERS = Set.of(XSDDatatype.XSDdecimal, XSDDatatype.XSDdouble, XSDDatatype.XSDfloat)
            .stream().map(XSDDatatype::getURI).collect(Collectors.toSet());

    /** Column types. */
    enum Type {
        STRING, LONG, DOUBLE, BOOLEAN;

        /** The type's name in GraphML's {@code attr.type} and GEXF's {@code type}, which agree. */
        String xmlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One column. */
    record Column(String name, Type type) {}

    private Columns() {}

    /** The columns of {@code names}, typed by the values {@code elements} hold. */
    static List<Column> of(List<String> names, Collection<? extends Map<String, List<Value>>> elements) {
        List<Column> out = new ArrayList<>();
        for (String name : names) {
            List<List<Value>> values = elements.stream().map(m -> m.get(name)).filter(v -> v != null).toList();
            out.add(new Column(name, typeOf(values)));
        }
        return out;
    }

    private static Type typeOf(List<List<Value>> values) {
        if (values.isEmpty() || values.stream().anyMatch(v -> v.size() != 1)) {
            return Type.STRING;
        }
        List<Value> single = values.stream().map(v -> v.get(0)).toList();
        if (single.stream().allMatch(v -> INTEGERS.contains(v.datatype()) && fitsLong(v.text()))) {
            return Type.LONG;
        }
        if (single.stream().allMatch(v -> NUMBERS.contains(v.datatype()) || INTEGERS.contains(v.datatype()))) {
            return Type.DOUBLE;
        }
        if (single.stream().allMatch(v -> v.datatype().equals(XSDDatatype.XSDboolean.getURI()))) {
            return Type.BOOLEAN;
        }
        return Type.STRING;
    }

    private static boolean fitsLong(String s) {
        try {
            Long.parseLong(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The text of a cell: the single value, or the values joined. */
    static String text(List<Value> values, Type type) {
        if (type == Type.DOUBLE) {
            return Double.toString(Double.parseDouble(values.get(0).text().strip()));
        }
        if (type == Type.LONG) {
            return Long.toString(Long.parseLong(values.get(0).text().strip()));
        }
        if (type == Type.BOOLEAN) {
            String b = values.get(0).text().strip();
            return Boolean.toString(b.equals("true") || b.equals("1"));
        }
        return values.stream().map(Value::text).collect(Collectors.joining(JOIN));
    }

    /** The map's attributes in column order, as name and cell text, skipping absent ones. */
    static List<Map.Entry<Column, String>> cells(List<Column> columns, SortedMap<String, List<Value>> attributes) {
        List<Map.Entry<Column, String>> out = new ArrayList<>();
        for (Column c : columns) {
            List<Value> v = attributes.get(c.name());
            if (v != null && !v.isEmpty()) {
                out.add(Map.entry(c, text(v, c.type())));
            }
        }
        return out;
    }
}
