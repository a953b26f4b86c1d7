package dev.supervise.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a CSV file may hold a quoted field that spans lines. Spark reads such a file correctly only in its multi-line
 * mode, which reads each file in one task; a file in which every line holds an even number of quote characters has no
 * such field and is split across tasks as before. The check reads bytes: in the encodings listed the quote and the
 * newline never occur inside a multi-byte character. Any doubt (another encoding, a folder, a remote file, an escaped
 * quote) answers yes, which is always correct, only slower.
 */
public final class QuotedNewlines {
    private static final Set<String> BYTE_SAFE = Set.of("UTF-8", "GBK", "GB18030", "GB2312", "BIG5", "US-ASCII",
            "ISO-8859-1", "WINDOWS-1252");

    private QuotedNewlines() {}

    public static boolean possible(Path file, String encoding, char quote) {
        if (file == null || !Files.isRegularFile(file) || quote > 0x7F || quote == '\n') return true;
        try {
            if (!BYTE_SAFE.contains(Charset.forName(encoding).name().toUpperCase(Locale.ROOT))) return true;
        } catch (RuntimeException e) {
            return true;
        }
        byte q = (byte) quote;
        byte[] buf = new byte[1 << 16];
        boolean odd = false;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == q) odd = !odd;
                    else if (b == '\n' && odd) return true;
                }
            }
        } catch (IOException e) {
            return true;
        }
        return odd;
    }
}
