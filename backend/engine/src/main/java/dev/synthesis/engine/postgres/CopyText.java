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
 * reused buffer and sent in pieces, so a load of any size takes constant memory: either
 * {@link #streaming} through one COPY, or {@link #betweenStatements} by one COPY per piece. Bytes
 * written through the {@link OutputStream} methods are column content and get the format's escapes
 * (backslash, tab, newline, carriage return), which lets a JSON generator write straight into a
 * column; {@link #tab()} and {@link #endRow()} write the separators.
 */
public final class CopyText extends OutputStream {

    /** Small enough that PostgreSQL parses one piece while the next is rendered. */
    private static final int STREAMED_PIECE = 1 << 16;
    /** Large enough that a COPY's own round trips do not count. */
    private static final int SEPARATE_PIECE = 1 << 20;
    private static final byte[] NULL = {'\\', 'N'};

    private final CopyManager copies;
    private final String copyFromStdin;
    private final boolean streams;
    private final int sendAt;
    private byte[] buffer;
    private int length;
    private CopyIn open;
    private long copied;

    /** Works on the connection under a pool's proxy, so every COPY runs in the caller's transaction. */
    private CopyText(Connection connection, String copyFromStdin, boolean streams) throws SQLException {
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.copyFromStdin = copyFromStdin;
        this.streams = streams;
        this.sendAt = streams ? STREAMED_PIECE : SEPARATE_PIECE;
        this.buffer = new byte[sendAt + (sendAt >> 2)];
    }

    /**
     * One COPY from the first piece to {@link #finish()}, for a connection that runs nothing else
     * meanwhile (PgJDBC would wait forever for a statement behind an open COPY).
     *
     * @param copyFromStdin the {@code COPY table (columns) FROM STDIN} statement, in the text format
     */
    public static CopyText streaming(Connection connection, String copyFromStdin) throws SQLException {
        return new CopyText(connection, copyFromStdin, true);
    }

    /** One COPY per piece, each ended before {@link #endRow()} returns: between rows the connection is free. */
    public static CopyText betweenStatements(Connection connection, String copyFromStdin) throws SQLException {
        return new CopyText(connection, copyFromStdin, false);
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
        if (length >= sendAt) {
            send();
        }
    }

    /** Sends the rows still in the buffer and ends the COPY; returns the rows PostgreSQL took since the last finish. */
    public long finish() throws SQLException {
        send();
        if (open != null) {
            CopyIn ending = open;
            open = null;
            copied += endOrCancel(ending);
        }
        long rows = copied;
        copied = 0;
        return rows;
    }

    private void send() throws SQLException {
        if (length == 0) {
            return;
        }
        if (streams) {
            if (open == null) {
                open = copies.copyIn(copyFromStdin);
            }
            open.writeToCopy(buffer, 0, length);
        } else {
            CopyIn copy = copies.copyIn(copyFromStdin);
            copy.writeToCopy(buffer, 0, length);
            copied += endOrCancel(copy);
        }
        length = 0;
    }

    /** A COPY that fails is cancelled, so the connection can roll back. */
    private static long endOrCancel(CopyIn copy) throws SQLException {
        try {
            return copy.endCopy();
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
