package org.destalk.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.destalk.engine.Content;
import org.destalk.support.Contents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The promises of the layout, checked on the drawn SVG of every shipped dialog and of all of them:
 * boxes never overlap, no edge runs through a box it does not start or end at, and everything lies
 * inside the picture.
 */
class SvgGeometryTest {

    private static final Content CONTENT = Contents.shipped();

    private record Rect(String key, int x, int y, int width, int height) {
        boolean overlaps(Rect other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }

        /** Strictly inside: an edge may touch the border where it arrives. */
        boolean holds(double px, double py) {
            return px > x + 1 && px < x + width - 1 && py > y + 1 && py < y + height - 1;
        }
    }

    static Stream<String> drawings() {
        List<String> drawings = new ArrayList<>(Diagrams.dialogs(CONTENT));
        drawings.add("all");
        return drawings.stream();
    }

    @ParameterizedTest
    @MethodSource("drawings")
    void boxesDoNotOverlap(String drawing) {
        List<Rect> boxes = boxes(svg(drawing));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as(boxes.get(i) + " and " + boxes.get(j)).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("drawings")
    void edgesRunBetweenBoxesNeverThroughThem(String drawing) {
        SvgDocument svg = svg(drawing);
        List<Rect> boxes = boxes(svg);
        for (Element edge : svg.withClass("edge")) {
            List<int[]> points = points(edge);
            for (Rect box : boxes) {
                if (box.key().equals(edge.getAttribute("data-from")) || box.key().equals(edge.getAttribute("data-to"))) {
                    continue;
                }
                assertThat(crosses(points, box)).as(edge.getAttribute("data-from") + " -> " + edge.getAttribute("data-to") + " through " + box).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("drawings")
    void everythingLiesInsideThePicture(String drawing) {
        SvgDocument svg = svg(drawing);
        int width = Integer.parseInt(svg.root().getAttribute("width"));
        int height = Integer.parseInt(svg.root().getAttribute("height"));
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 " + width + " " + height);
        for (Rect box : boxes(svg)) {
            assertThat(box.x() >= 0 && box.y() >= 0 && box.x() + box.width() <= width && box.y() + box.height() <= height).as(box.toString()).isTrue();
        }
        for (Element edge : svg.withClass("edge")) {
            for (int[] point : points(edge)) {
                assertThat(point[0] >= 0 && point[0] <= width && point[1] >= 0 && point[1] <= height).isTrue();
            }
        }
    }

    private static SvgDocument svg(String drawing) {
        return SvgDocument.parse(Diagrams.svg(CONTENT, drawing.equals("all") ? null : drawing));
    }

    /** The bounding box of each node's shape: a rect, or the points of a polygon. */
    private static List<Rect> boxes(SvgDocument svg) {
        List<Rect> boxes = new ArrayList<>();
        for (Element node : svg.withClass("node")) {
            Element shape = svg.withClass("shape").stream().filter(s -> s.getParentNode() == node).findFirst().orElseThrow();
            String key = node.getAttribute("id").substring("node-".length());
            if (shape.getLocalName().equals("rect")) {
                boxes.add(new Rect(key, number(shape, "x"), number(shape, "y"), number(shape, "width"), number(shape, "height")));
            } else {
                List<int[]> points = parsePoints(shape.getAttribute("points"));
                int left = points.stream().mapToInt(p -> p[0]).min().orElseThrow();
                int top = points.stream().mapToInt(p -> p[1]).min().orElseThrow();
                int right = points.stream().mapToInt(p -> p[0]).max().orElseThrow();
                int bottom = points.stream().mapToInt(p -> p[1]).max().orElseThrow();
                boxes.add(new Rect(key, left, top, right - left, bottom - top));
            }
        }
        return boxes;
    }

    private static List<int[]> points(Element edge) {
        Element path = (Element) edge.getElementsByTagNameNS("*", "path").item(0);
        return parsePoints(path.getAttribute("d").replace("M", "").replace(" L", " "));
    }

    private static List<int[]> parsePoints(String text) {
        List<int[]> points = new ArrayList<>();
        for (String pair : text.trim().split(" ")) {
            String[] xy = pair.split(",");
            points.add(new int[] {Integer.parseInt(xy[0]), Integer.parseInt(xy[1])});
        }
        return points;
    }

    /** Samples every segment finely: segments are straight, boxes are at least 40 pixels tall. */
    private static boolean crosses(List<int[]> points, Rect box) {
        for (int i = 1; i < points.size(); i++) {
            int[] a = points.get(i - 1);
            int[] b = points.get(i);
            for (int step = 0; step <= 200; step++) {
                double t = step / 200.0;
                if (box.holds(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int number(Element element, String attribute) {
        return Integer.parseInt(element.getAttribute(attribute));
    }
}
