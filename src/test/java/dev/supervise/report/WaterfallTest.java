package dev.supervise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A link's match weights drawn as a waterfall: a bar per step, agreement up, disagreement down, the total's probability. */
class WaterfallTest {
    @Test
    void oneBarPerFieldFromThePriorToTheTotal() {
        String evidence = "{\"link\":{\"left\":\"A1\"},\"match_weights\":{\"prior\":-4.0,\"fields\":["
                + "{\"field\":\"given\",\"level\":\"4\",\"similarity\":1.0,\"weight\":6.5},"
                + "{\"field\":\"dob\",\"level\":\"0\",\"similarity\":0.0,\"weight\":-4.3},"
                + "{\"field\":\"postcode\",\"level\":\"-\",\"similarity\":null,\"weight\":0.0}],"
                + "\"total\":-1.8,\"probability\":0.2230}}";
        String svg = Waterfall.of(evidence);
        assertEquals(4, count(svg, "<rect "), svg);
        assertEquals(2, count(svg, "class=\"down\""), "the prior and dob pull down: " + svg);
        assertTrue(svg.contains("given L4") && svg.contains("dob L0") && svg.contains("postcode（缺失）"), svg);
        assertTrue(svg.contains("+6.50") && svg.contains("-4.30") && svg.contains("-1.80 → 概率 0.2230"), svg);
    }

    @Test
    void nothingForEvidenceWithoutALinksWeights() {
        assertEquals("", Waterfall.of("{\"records\":[{\"id\":\"1\"}]}"));
        assertEquals("", Waterfall.of("not json"));
        assertEquals("", Waterfall.of(null));
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
