package com.shopmate.text.trainingdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Rasa-style block of examples, one {@code - example} per line:
 * <pre>
 * zh: |
 *   - 我的订单到哪了
 *   - 帮我查一下订单
 * </pre>
 * Such a block needs no YAML quoting, which helps examples that start with [ or hold JSON annotations.
 */
final class ExampleLines {

    record Line(String text, int line) {
    }

    private ExampleLines() {
    }

    /** @throws IllegalArgumentException naming the line when a non-blank line does not start with "- " */
    static List<Line> of(YamlNode.Scalar block) {
        List<Line> lines = new ArrayList<>();
        String[] raw = block.text().split("\n", -1);
        for (int n = 0; n < raw.length; n++) {
            String line = raw[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("-")) {
                throw new IllegalArgumentException("line " + block.lineOfTextLine(n)
                        + ": an example in a block must start with '- ', got \"" + line + "\"");
            }
            lines.add(new Line(line.substring(1).strip(), block.lineOfTextLine(n)));
        }
        return lines;
    }
}
