package id.simlayan.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a definition as SVG on the server (no script, no outside library): stages as boxes in
 * layers by their distance from the start, steps as arrows; steps that stay in their stage
 * (a delegation) are left to the text list that always goes beside the drawing. The drawing
 * scales with its container ({@code viewBox}); the current stage, when given, is marked.
 * Every text is XML-escaped.
 */
public final class WorkflowDiagram {

    static final int BOX_WIDTH = 220;
    static final int BOX_HEIGHT = 64;
    static final int GAP_X = 40;
    static final int GAP_Y = 56;
    static final int LINE_CHARS = 30;
    static final int MAX_LINES = 3;

    private WorkflowDiagram() {
    }

    /** A placed stage: its layer (row) and place in the row. */
    record Placement(Stage stage, int row, int column) {
    }

    /**
     * @param current  the stage to mark, or null
     * @param title    the accessible name of the drawing (e.g. "Alur layanan …")
     */
    public static String svg(WorkflowDefinition definition, String current, String title, Locale locale) {
        var placements = place(definition);
        int columns = placements.values().stream().mapToInt(Placement::column).max().orElse(0) + 1;
        int rows = placements.values().stream().mapToInt(Placement::row).max().orElse(0) + 1;
        int width = columns * BOX_WIDTH + (columns + 1) * GAP_X;
        int height = rows * BOX_HEIGHT + (rows + 1) * GAP_Y;
        var out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-diagram\" role=\"img\" aria-labelledby=\"wf-title\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" preserveAspectRatio=\"xMidYMin meet\">")
                .append("<title id=\"wf-title\">").append(escape(title)).append("</title>")
                .append("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#475569\"/></marker></defs>");
        for (var stage : definition.stages()) {
            var from = placements.get(stage.key());
            for (var step : stage.steps()) {
                if (!step.to().equals(stage.key())) {
                    arrow(out, from, placements.get(step.to()), width);
                }
            }
        }
        for (var placement : placements.values()) {
            box(out, placement, placement.stage().key().equals(current), locale);
        }
        return out.append("</svg>").toString();
    }

    /** Rows by shortest distance from the start (breadth first), columns in order of discovery. */
    static Map<String, Placement> place(WorkflowDefinition definition) {
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        var queue = new ArrayDeque<String>();
        rowOf.put(definition.start(), 0);
        queue.add(definition.start());
        while (!queue.isEmpty()) {
            var key = queue.poll();
            for (var step : definition.stage(key).orElseThrow().steps()) {
                if (!rowOf.containsKey(step.to())) {
                    rowOf.put(step.to(), rowOf.get(key) + 1);
                    queue.add(step.to());
                }
            }
        }
        Map<Integer, Integer> used = new HashMap<>();
        Map<String, Placement> placements = new LinkedHashMap<>();
        rowOf.forEach((key, row) -> {
            int column = used.merge(row, 1, Integer::sum) - 1;
            placements.put(key, new Placement(definition.stage(key).orElseThrow(), row, column));
        });
        return placements;
    }

    private static void arrow(StringBuilder out, Placement from, Placement to, int width) {
        int x1 = centreX(from);
        int x2 = centreX(to);
        if (to.row() > from.row()) {
            int y1 = top(from) + BOX_HEIGHT;
            int y2 = top(to);
            out.append("<path class=\"wf-step\" d=\"M ").append(x1).append(' ').append(y1).append(" C ").append(x1).append(' ')
                    .append((y1 + y2) / 2).append(", ").append(x2).append(' ').append((y1 + y2) / 2).append(", ").append(x2).append(' ')
                    .append(y2).append("\" fill=\"none\" stroke=\"#475569\" stroke-width=\"1.5\" marker-end=\"url(#wf-arrow)\"/>");
            return;
        }
        // back or sideways: leave from the right edge, bend out to the right, come in at the right edge
        int y1 = top(from) + BOX_HEIGHT / 2;
        int y2 = top(to) + BOX_HEIGHT / 2;
        int sx = left(from) + BOX_WIDTH;
        int tx = left(to) + BOX_WIDTH;
        int bend = Math.min(width - 4, Math.max(sx, tx) + GAP_X - 8);
        out.append("<path class=\"wf-step wf-back\" d=\"M ").append(sx).append(' ').append(y1).append(" C ").append(bend).append(' ')
                .append(y1).append(", ").append(bend).append(' ').append(y2).append(", ").append(tx).append(' ').append(y2)
                .append("\" fill=\"none\" stroke=\"#94a3b8\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\" marker-end=\"url(#wf-arrow)\"/>");
    }

    private static void box(StringBuilder out, Placement p, boolean current, Locale locale) {
        var stage = p.stage();
        String fill = current ? "#dbeafe" : stage.end() ? "#f1f5f9" : "#ffffff";
        String stroke = current ? "#1d4ed8" : "#334155";
        out.append("<g class=\"wf-stage").append(current ? " wf-current" : "").append("\" data-stage=\"").append(escape(stage.key())).append("\">")
                .append("<rect x=\"").append(left(p)).append("\" y=\"").append(top(p)).append("\" width=\"").append(BOX_WIDTH)
                .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"").append(stage.end() ? 28 : 8).append("\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(current ? 3 : 1.5).append("\"/>");
        var lines = wrap(stage.label(locale));
        int lineHeight = 16;
        int firstBaseline = top(p) + BOX_HEIGHT / 2 - (lines.size() - 1) * lineHeight / 2 + 5;
        out.append("<text x=\"").append(centreX(p)).append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#0f172a\"")
                .append(current ? " font-weight=\"bold\"" : "").append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(centreX(p)).append("\" y=\"").append(firstBaseline + i * lineHeight).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text></g>");
    }

    /** Splits at spaces into lines of about {@link #LINE_CHARS}; the last line ends in … when text is left over. */
    static List<String> wrap(String text) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            var kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = kept.get(MAX_LINES - 1);
            kept.set(MAX_LINES - 1, (last.length() > LINE_CHARS - 1 ? last.substring(0, LINE_CHARS - 1) : last) + "…");
            return kept;
        }
        return lines;
    }

    private static int left(Placement p) {
        return GAP_X + p.column() * (BOX_WIDTH + GAP_X);
    }

    private static int top(Placement p) {
        return GAP_Y + p.row() * (BOX_HEIGHT + GAP_Y);
    }

    private static int centreX(Placement p) {
        return left(p) + BOX_WIDTH / 2;
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
