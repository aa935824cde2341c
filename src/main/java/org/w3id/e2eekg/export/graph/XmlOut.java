package org.w3id.e2eekg.export.graph;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indented XML for the GraphML and GEXF writers, over the JDK's StAX writer (which does the
 * escaping). Elements either hold other elements ({@link #open}, {@link #close}), text only
 * ({@link #leaf}) or nothing ({@link #empty}); attributes come as name-value pairs.
 * Namespaces are given as qualified names whose prefixes the root element declares with
 * {@code xmlns...} attributes.
 */
final class XmlOut {
    private final XMLStreamWriter xml;
    private int depth;

    XmlOut(Writer out) {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut open(String name, String... attributes) {
        run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
        });
        depth++;
        return this;
    }

    XmlOut close() {
        depth--;
        run(() -> {
            indent();
            xml.writeEndElement();
        });
        return this;
    }

    XmlOut leaf(String name, String text, String... attributes) {
        run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
        });
        return this;
    }

    XmlOut empty(String name, String... attributes) {
        run(() -> {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
        return this;
    }

    void finish() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            xml.writeAttribute(pairs[i], pairs[i + 1]);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private static void run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }
}
