package org.destalk.diagram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG drawing parsed with the JDK's XML parser: parsing at all proves it is well-formed. */
final class SvgDocument {

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDocument(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Every element, in document order. */
    List<Element> elements() {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    List<String> ids() {
        return elements().stream().filter(element -> element.hasAttribute("id")).map(element -> element.getAttribute("id")).toList();
    }

    Optional<Element> byId(String id) {
        return elements().stream().filter(element -> element.getAttribute("id").equals(id)).findFirst();
    }

    /** Elements whose class attribute lists this class. */
    List<Element> withClass(String name) {
        return elements().stream().filter(element -> List.of(element.getAttribute("class").split(" ")).contains(name)).toList();
    }

    /** The text of an element's {@code text} children, one string per line drawn. */
    static List<String> lines(Element element) {
        NodeList texts = element.getElementsByTagNameNS("*", "text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        return lines;
    }
}
