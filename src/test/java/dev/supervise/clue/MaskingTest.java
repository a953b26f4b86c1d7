package dev.supervise.clue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What masking takes (resident ids, mobile numbers) and what it leaves (credit codes, amounts, other numbers). */
class MaskingTest {
    @Test
    void idNumbersAndMobilesAreMaskedInText() {
        assertEquals("330106********9012 138****5678 +86138****5678", Masking.text("330106199001019012 13812345678 +8613812345678"));
        assertEquals("证件330106********901X，电话86 139****0000", Masking.text("证件33010619900101901X，电话86 13912340000"));
    }

    @Test
    void creditCodesAmountsAndLongerTokensStay() {
        String kept = "523301095286360906 91330106MA2ABCDE1X 523301095286360906001V 15000000000.25 2026063012345678901234";
        assertEquals(kept, Masking.text(kept));
    }

    @Test
    void evidenceStaysJsonAndItsAmountsStayExact() {
        String evidence = "{\"p\":{\"phone\":13812345678,\"id\":\"330106199001019012\",\"total\":18900.000000,\"big\":15000000000.00,\"n\":[1,2]}}";
        assertEquals("{\"p\":{\"phone\":\"138****5678\",\"id\":\"330106********9012\",\"total\":18900.000000,\"big\":15000000000.00,\"n\":[1,2]}}",
                Masking.json(evidence));
        assertEquals("not json 138****5678", Masking.json("not json 13812345678"));
    }
}
