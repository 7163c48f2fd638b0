package dev.synthesis.engine.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How a CSV file is written, guessed from its first bytes: the encoding (UTF-8 unless the bytes
 * are not valid UTF-8, then Windows-1252), the delimiter and quote that split the sample into
 * the most rows of one consistent width, and whether the first row is a header.
 */
record CsvDialect(Charset charset, char delimiter, char quote, boolean header) {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final char[] QUOTES = {'"', '\''};
    private static final int SAMPLE_RECORDS = 50;
    private static final Pattern NUMERIC = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    CSVFormat format() {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setIgnoreEmptyLines(true)
                .setRecordSeparator("\n")
                .get();
    }

    /** Guesses the dialect from a sample; {@code knownCharset} is set when a byte order mark announced it. */
    static CsvDialect sniff(byte[] sample, Charset knownCharset) {
        Charset charset = knownCharset != null ? knownCharset : guessCharset(sample);
        String text = completeLines(new String(sample, charset));
        Candidate best = new Candidate(',', '"', List.of(), 0);
        // Single quotes are tried only without any double quote, so a broken "..." is reported, not reinterpreted.
        char[] quotes = text.indexOf('"') >= 0 ? new char[] {'"'} : QUOTES;
        for (char quote : quotes) {
            for (char delimiter : DELIMITERS) {
                Candidate candidate = Candidate.parse(text, delimiter, quote);
                if (candidate.score > best.score) {
                    best = candidate;
                }
            }
        }
        return new CsvDialect(charset, best.delimiter, best.quote, looksLikeHeader(best.records));
    }

    static Charset guessCharset(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Not end of input: a character cut by the sample's end is not an error.
        boolean valid = !decoder.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), false).isError();
        return valid ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /**
     * A header row has distinct, non-numeric names (some may be blank, like an exported index
     * column). A file of text columns whose first row also fits that is taken as having a header,
     * as nearly all exports do.
     */
    static boolean looksLikeHeader(List<List<String>> records) {
        if (records.isEmpty()) {
            return true;
        }
        List<String> names = records.getFirst().stream().filter(cell -> !cell.isBlank()).toList();
        boolean allText = names.stream().noneMatch(cell -> NUMERIC.matcher(cell.strip()).matches());
        return !names.isEmpty() && allText && new HashSet<>(names).size() == names.size();
    }

    private static String completeLines(String text) {
        int lastBreak = text.lastIndexOf('\n');
        return lastBreak < 0 ? text : text.substring(0, lastBreak + 1);
    }

    /** One delimiter and quote tried on the sample; the score favours many consistent rows with many columns. */
    private record Candidate(char delimiter, char quote, List<List<String>> records, double score) {

        static Candidate parse(String text, char delimiter, char quote) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote(quote).setIgnoreEmptyLines(true).get();
            List<List<String>> records = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
                for (CSVRecord record : parser) {
                    records.add(record.toList());
                    if (records.size() == SAMPLE_RECORDS) {
                        break;
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalStateException unparsable) {
                return new Candidate(delimiter, quote, List.of(), 0);
            }
            return new Candidate(delimiter, quote, records, score(delimiter, records));
        }

        private static double score(char delimiter, List<List<String>> records) {
            Optional<Integer> width = records.stream().map(List::size).findFirst();
            if (width.isEmpty()) {
                return 0;
            }
            long consistent = records.stream().filter(record -> record.size() == width.get()).count();
            double share = (double) consistent / records.size();
            // A single column is what every wrong delimiter gives: it counts only for the default comma,
            // so a file the comma cannot parse is reported instead of read as one column.
            if (width.get() == 1) {
                return delimiter == ',' ? 0.5 : 0;
            }
            return share * share * width.get();
        }
    }
}
