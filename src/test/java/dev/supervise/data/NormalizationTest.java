package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NormalizationTest {
    @Test
    void textIsNfkcWithoutWhitespaceAndLowerAscii() {
        assertEquals("文三路abc12", TextNorm.norm(" 文三\u3000路 ＡＢＣ\u200B１２\t"));
        assertEquals("", TextNorm.norm(" \u3000 "));
        assertTrue(TextNorm.isBlank("\u200B "));
        assertNull(TextNorm.norm(null));
    }

    @Test
    void bidiControlsAreRemovedLikeZeroWidthCharacters() {
        assertEquals("张三", TextNorm.norm("\u200F张三"));
        assertEquals("张三", TextNorm.norm("\u202E张\u202C三\u2066\u2069\u200E"));
        assertEquals("abc", TextNorm.norm("\u061Cabc\u202A\u202B\u202D\u2067\u2068"));
        assertTrue(TextNorm.isBlank("\u200F\u202E"));
        assertEquals("陈小平", TextNorm.displayTrim("\u202E 陈小 平\u200B\u3000"), "display text loses controls and stray spaces inside a Chinese name");
        assertEquals("Anna Berg", TextNorm.displayTrim(" Anna Berg\u200B "), "spaces between Latin words stay");
        assertEquals("拱墅区湖墅南路 88号", TextNorm.displayTrim(" 拱墅区湖墅南路 88号"), "a space next to a digit stays");
        assertEquals("a\\u0000b\\u001bc\td", CsvOut.visible("a\u0000b\u001Bc\td"), "no raw NUL or ESC in a CSV");
    }

    @Test
    void idNumbersValidateTheCheckCharacterAndWidenFifteenDigits() {
        assertEquals("11010519491231002X", IdNumbers.normalize("11010519491231002x"));
        assertNull(IdNumbers.normalize("110105194912310021"), "wrong check character");
        assertNull(IdNumbers.normalize("1101051949123100"), "wrong length");
        String widened = IdNumbers.normalize("110105491231002");
        assertEquals(18, widened.length());
        assertTrue(widened.startsWith("11010519491231002"));
        assertEquals(widened, IdNumbers.normalize(widened), "the 18-digit form is valid");
        assertEquals(LocalDate.of(1949, 12, 31), IdNumbers.birthDate(widened));
        assertEquals("11010519491231002X", IdNumbers.normalize("１１０１０５１９４９１２３１００２Ｘ"));
    }

    @Test
    void creditCodesValidateTheGb32100CheckCharacter() {
        assertEquals("91350100M000100Y43", CreditCodes.normalize("91350100m000100y43"));
        assertEquals("91350100M000100Y43", CreditCodes.normalize(" ９１３５０１００Ｍ０００１００Ｙ４３ "));
        assertNull(CreditCodes.normalize("91350100M000100Y44"), "wrong check character");
        assertNull(CreditCodes.normalize("91350100I000100Y43"), "I is not in the alphabet");
        assertNull(CreditCodes.normalize(""));
        assertEquals('3', CreditCodes.checkChar("91350100M000100Y4"));
    }
}
