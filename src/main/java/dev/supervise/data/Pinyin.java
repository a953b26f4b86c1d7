package dev.supervise.data;

import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** Toneless pinyin of each character (its common, first-listed reading; traditional characters included), via pinyin4j. */
public final class Pinyin {
    private static final ConcurrentHashMap<Character, String> CACHE = new ConcurrentHashMap<>();
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {}

    /** The reading of one character; a character without one (a letter, a digit) stands for itself. */
    public static String of(char c) {
        return CACHE.computeIfAbsent(c, Pinyin::lookup);
    }

    /** Readings of every character, space-separated; null for null. */
    public static String of(String text) {
        if (text == null) return null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) b.append(i == 0 ? "" : " ").append(of(text.charAt(i)));
        return b.toString();
    }

    private static String lookup(char c) {
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return r == null || r.length == 0 ? String.valueOf(c) : r[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
