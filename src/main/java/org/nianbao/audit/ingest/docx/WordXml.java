package org.nianbao.audit.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small helpers over the DOM view POI gives of WordprocessingML: elements are matched by namespace and
 * local name, so any prefix a producer chose (w:, ns0:) reads alike.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String VML = "urn:schemas-microsoft-com:vml";
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private WordXml() {
    }

    static boolean isW(Node node, String localName) {
        return is(node, W, localName);
    }

    static boolean is(Node node, String namespace, String localName) {
        return node.getNodeType() == Node.ELEMENT_NODE && localName.equals(node.getLocalName())
                && namespace.equals(node.getNamespaceURI());
    }

    /** The first child element {@code w:localName}, or null. */
    static Element child(Node parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The {@code w:val} attribute of child {@code w:localName}; null when the child or the attribute is absent. */
    static String childVal(Node parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : val(c);
    }

    static String val(Element e) {
        return attr(e, "val");
    }

    /** A {@code w:}-namespaced attribute; null when absent. */
    static String attr(Element e, String localName) {
        if (e.hasAttributeNS(W, localName)) {
            return e.getAttributeNS(W, localName);
        }
        return e.hasAttribute(localName) ? e.getAttribute(localName) : null;
    }

    /** An on/off property (w:b, w:vanish): present and not switched off by val="0|false|off". */
    static boolean on(Node parent, String localName) {
        Element c = child(parent, localName);
        if (c == null) {
            return false;
        }
        String v = val(c);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    static int intVal(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The character data of an element (XmlBeans' DOM view has no DOM level 3 getTextContent). */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            short type = n.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (type == Node.ELEMENT_NODE) {
                sb.append(text(n));
            }
        }
        return sb.toString();
    }

    /** The markup-compatibility choice a consumer of the current schemas takes: the first mc:Choice. */
    static Element alternate(Element alternateContent) {
        for (Node n = alternateContent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, MC, "Choice")) {
                return (Element) n;
            }
        }
        for (Node n = alternateContent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, MC, "Fallback")) {
                return (Element) n;
            }
        }
        return null;
    }
}
