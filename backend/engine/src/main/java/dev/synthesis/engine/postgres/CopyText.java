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
 * Rows of one {@code COPY … FROM STDIN} in PostgreSQL's text format, rendered into one reused
 * buffer and sent in pieces of about 64 KiB, so a load of any size takes constant memory. Bytes
 * written through the {@link OutputStream} methods are column content and get the format's escapes
 * (backslash, tab, newline, carriage return), which lets a JSON generator write straight into a
 * column; {@link #tab()} and {@link #endRow()} write the separators.
 */
public final class CopyText extends OutputStream {

    private static final int SEND_AT = 1 << 16;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyManager copies;
    private CopyIn copy;
    private byte[] buffer = new byte[SEND_AT * 2];
    private int length;

    /** Works on the connection under a pool's proxy, so the COPY runs in the caller's transaction. */
    public CopyText(Connection connection) throws SQLException {
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Starts a {@code COPY … FROM STDIN} (text format); until it ends the connection runs no other statement. */
    public void start(String copyFromStdin) throws SQLException {
        copy = copies.copyIn(copyFromStdin);
        length = 0;
    }

    public boolean active() {
        return copy != null && copy.isActive();
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

    /** Ends a row and sends the buffer once it holds a piece's worth. */
    public void endRow() throws SQLException {
        room(1);
        buffer[length++] = '\n';
        if (length >= SEND_AT) {
            send();
        }
    }

    /** Sends what is left and ends the COPY; returns the rows PostgreSQL took. */
    public long finish() throws SQLException {
        send();
        return copy.endCopy();
    }

    /** Abandons an unfinished COPY, so the connection can roll back. */
    public void cancel() throws SQLException {
        if (active()) {
            copy.cancelCopy();
        }
    }

    private void send() throws SQLException {
        copy.writeToCopy(buffer, 0, length);
        length = 0;
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
