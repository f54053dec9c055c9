package th.localnews.feed.syndication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer into bytes: it escapes text and keeps Thai as UTF-8 characters, so the output is valid XML. */
final class Xml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    final XMLStreamWriter writer;

    Xml() {
        try {
            writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start an XML document", e);
        }
    }

    /** {@code <name>text</name>}; nothing when text is null. */
    void element(String name, String text) throws XMLStreamException {
        if (text != null) {
            writer.writeStartElement(name);
            writer.writeCharacters(text);
            writer.writeEndElement();
        }
    }

    void element(String prefix, String namespace, String name, String text) throws XMLStreamException {
        writer.writeStartElement(prefix, name, namespace);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }

    byte[] finish() throws XMLStreamException {
        writer.writeEndDocument();
        writer.flush();
        return out.toByteArray();
    }

    @Override
    public void close() throws XMLStreamException {
        writer.close();
    }
}
