package dev.supervise.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over a local CSV file before Spark reads it: does every byte decode in the declared encoding (Spark would
 * put U+FFFD where one does not, and that would reach clues as a name), and may a quoted field span lines (then Spark
 * must read the file in multi-line mode).
 */
public final class CsvFileScan {
    /** Encodings in which the quote and the newline byte never occur inside a multi-byte character. */
    private static final Set<String> BYTE_SAFE = Set.of("UTF-8", "GBK", "GB18030", "GB2312", "BIG5", "US-ASCII",
            "ISO-8859-1", "WINDOWS-1252");

    /** What the scan found: whether a line holds an odd number of quotes, and the first line that does not decode. */
    public record Result(boolean quotedNewlines, Optional<Long> undecodableLine) {}

    private CsvFileScan() {}

    /** Scans already made, by file (path, size, modification time) and how it is read: models sharing a file scan it once. */
    private static final java.util.Map<List<Object>, Result> DONE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The scan of a file, made once per version of the file and per encoding and quote. */
    public static Result scan(Path file, Charset charset, char quote) throws IOException {
        var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        List<Object> key = List.of(file.toAbsolutePath().normalize(), attrs.size(), attrs.lastModifiedTime(), charset, quote);
        Result done = DONE.get(key);
        if (done != null) return done;
        if (DONE.size() > 10_000) DONE.clear();
        Result r = read(file, charset, quote);
        DONE.put(key, r);
        return r;
    }

    private static Result read(Path file, Charset charset, char quote) throws IOException {
        boolean byteSafe = BYTE_SAFE.contains(charset.name().toUpperCase(Locale.ROOT)) && quote < 0x80 && quote != '\n';
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        boolean odd = false, oddLine = !byteSafe;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                boolean eof = ch.read(in) < 0;
                in.flip();
                byte[] a = in.array();
                while (true) {
                    int from = in.position();
                    CoderResult r = decoder.decode(in, out, eof);
                    for (int i = from; i < in.position(); i++) {
                        byte b = a[i];
                        if (b == '\n') {
                            line++;
                            if (odd) oddLine = true;
                        } else if (byteSafe && b == (byte) quote) odd = !odd;
                    }
                    if (r.isError()) return new Result(oddLine || odd, Optional.of(line));
                    out.clear();
                    if (r.isUnderflow()) break;
                }
                in.compact();
                if (eof) break;
            }
            out.clear();
            if (decoder.flush(out).isError()) return new Result(oddLine || odd, Optional.of(line));
        } catch (CharacterCodingException e) {
            return new Result(true, Optional.of(line));
        }
        return new Result(oddLine || odd, Optional.empty());
    }

}
