package dev.synthesis.engine.io;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Renders numeric cells as data, not as the sheet displays them: dates as ISO-8601 (a date alone
 * when there is no time of day) and numbers in full, because display formats round
 * ({@code 0.123456789012} shown as {@code 0.12}) and dates shown as {@code 1/2/24} are ambiguous.
 */
final class IsoDataFormatter extends DataFormatter {

    private static final double LARGEST_EXACT_WHOLE = 1e15;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.toLocalDate().toString() : dateTime.toString();
        }
        return plainNumber(value);
    }

    static String plainNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
