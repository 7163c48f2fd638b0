package dev.synthesis.engine.io;

import java.io.Serial;

/**
 * A seed file that cannot be read as data, with a one-line message naming the file, where in it
 * (line for text formats, row for spreadsheets) and, when known, the column, e.g.
 * {@code people.csv: line 17, column "age": field longer than 65536 characters}.
 */
public class BadInput extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }

    public BadInput(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem with the file as a whole. */
    public static BadInput inFile(String fileName, String reason) {
        return new BadInput(fileName + ": " + reason);
    }

    /** A problem with the file as a whole, keeping the reader's own failure as the cause. */
    public static BadInput inFile(String fileName, String reason, Throwable cause) {
        return new BadInput(fileName + ": " + reason, cause);
    }

    /** A problem at a place, e.g. {@code line 17} or {@code row 4}, not tied to one column. */
    public static BadInput at(String fileName, String place, String reason) {
        return new BadInput(fileName + ": " + place + ": " + reason);
    }

    /** A problem in one value. */
    public static BadInput at(String fileName, String place, String column, String reason) {
        return new BadInput(fileName + ": " + place + ", column \"" + column + "\": " + reason);
    }
}
