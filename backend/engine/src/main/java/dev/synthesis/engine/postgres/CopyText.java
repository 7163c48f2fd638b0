package dev.synthesis.engine.postgres;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for a table's {@code COPY … FROM STDIN} in PostgreSQL's text format, rendered into one
 * reused buffer and sent by one COPY per piece of about 1 MiB, so a load of any size takes constant
 * memory. Each COPY ends before {@link #endRow()} returns: between rows the connection is free for
 * other statements of the same transaction (PgJDBC would wait forever for a COPY left open). Bytes
 * written through the {@link OutputStream} methods are column content and get the format's escapes
 * (backslash, tab, newline, carriage return), which lets a JSON generator write straight into a
 * column; {@link #tab()} and {@link #endRow()} write the separators.
 */
public final class CopyText extends OutputStream {

    private static final int SEND_AT = 1 << 20;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyManager copies;
    private final String copyFromStdin;
    private byte[] buffer = new byte[SEND_AT + (SEND_AT >> 2)];
    private int length;
    private long copied;

    /**
     * Works on the connection under a pool's proxy, so every COPY runs in the caller's transaction.
     *
     * @param copyFromStdin the {@code COPY table (columns) FROM STDIN} statement, in the text format
     */
    public CopyText(Connection connection, String copyFromStdin) throws SQLException {
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.copyFromStdin = copyFromStdin;
    }

    @Override
    public void write(int b) {
        room(2);
        escape((byte) b);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) {
        room(count * 2);
        for (int i = offset; i < offset + count; i++) {
            escape(bytes[i]);
        }
    }

    /** A JSON generator flushes into this stream after each row; sending waits for {@link #endRow()}. */
    @Override
    public void flush() {
    }

    /** Text content of one column, UTF-8 with the format's escapes. */
    public void text(String value) {
        room(value.length() * 2);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                byte[] rest = value.substring(i).getBytes(StandardCharsets.UTF_8);
                write(rest, 0, rest.length);
                return;
            }
            escape((byte) c);
        }
    }

    /** A whole number, written digit by digit without an intermediate string. */
    public void number(long value) {
        room(20);
        if (value == Long.MIN_VALUE) {
            text(Long.toString(value));
            return;
        }
        if (value < 0) {
            buffer[length++] = '-';
            value = -value;
        }
        int end = length + digits(value);
        for (int at = end - 1; at >= length; at--) {
            buffer[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length = end;
    }

    public void nullValue() {
        room(NULL.length);
        System.arraycopy(NULL, 0, buffer, length, NULL.length);
        length += NULL.length;
    }

    public void tab() {
        room(1);
        buffer[length++] = '\t';
    }

    /** Ends a row and copies the buffer's rows once it holds a piece's worth. */
    public void endRow() throws SQLException {
        room(1);
        buffer[length++] = '\n';
        if (length >= SEND_AT) {
            send();
        }
    }

    /** Copies the rows still in the buffer; returns the rows PostgreSQL took since the last finish. */
    public long finish() throws SQLException {
        send();
        long rows = copied;
        copied = 0;
        return rows;
    }

    private void send() throws SQLException {
        if (length == 0) {
            return;
        }
        CopyIn copy = copies.copyIn(copyFromStdin);
        try {
            copy.writeToCopy(buffer, 0, length);
            copied += copy.endCopy();
            length = 0;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void escape(byte b) {
        switch (b) {
            case '\\' -> pair('\\');
            case '\t' -> pair('t');
            case '\n' -> pair('n');
            case '\r' -> pair('r');
            default -> buffer[length++] = b;
        }
    }

    private void pair(char escaped) {
        buffer[length++] = '\\';
        buffer[length++] = (byte) escaped;
    }

    /** Grows the buffer for one value larger than a piece; rows of ordinary size never do. */
    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
        }
    }

    private static int digits(long value) {
        int count = 1;
        while (value >= 10) {
            value /= 10;
            count++;
        }
        return count;
    }
}
