package dev.synthesis.engine.io;

import dev.synthesis.engine.data.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a workbook with POI's event API: sheets are SAX-parsed row by row, never loaded whole.
 * Only the shared-strings table is held in memory, bounded by the zip-bomb guards below.
 */
final class XlsxSeedReader {

    /** An entry inflating more than 100 times its compressed size is treated as a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;

    static {
        // POI keeps these guards in static state; the engine's values apply to every workbook it opens.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private static final String NOT_A_WORKBOOK = "not a readable Excel workbook: an .xlsx file is expected (an .xls file must be saved as"
            + " .xlsx or .csv first)";

    private final String fileName;
    private final ReadLimits limits;

    XlsxSeedReader(String fileName, ReadLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /** Reads a stream by spooling it to a temporary file, since a zip's directory sits at its end. */
    Table read(InputStream in) throws IOException {
        Path spooled = Files.createTempFile("synthesis-seed-", ".xlsx");
        try {
            Files.copy(LimitedInputStream.of(in, fileName, limits.maxBytes()), spooled, StandardCopyOption.REPLACE_EXISTING);
            return read(spooled);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    Table read(Path file) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return readSheets(workbook);
        } catch (OpenXML4JException | NotOfficeXmlFileException | POIXMLException notAWorkbook) {
            throw BadInput.inFile(fileName, NOT_A_WORKBOOK, notAWorkbook);
        } catch (SAXException | ParserConfigurationException malformed) {
            throw BadInput.inFile(fileName, "a sheet of the workbook is damaged (its XML cannot be read)", malformed);
        } catch (IOException unreadable) {
            throw BadInput.inFile(fileName, reason(unreadable), unreadable);
        } catch (BadInput limitReached) {
            throw limitReached;
        } catch (RuntimeException damaged) {
            // POI meets a damaged package with whatever runtime exception the broken part leads to
            throw BadInput.inFile(fileName, NOT_A_WORKBOOK, damaged);
        }
    }

    /** POI's messages name its classes and settings, so users get the gist and the cause keeps the detail. */
    private static String reason(IOException unreadable) {
        String message = String.valueOf(unreadable.getMessage());
        if (message.contains("max size")) {
            return "cannot read the workbook: one of its parts expands to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MiB";
        }
        if (message.contains("Zip bomb")) {
            return "cannot read the workbook: it would expand to more than a hundred times its size (a zip bomb?)";
        }
        return NOT_A_WORKBOOK;
    }

    private Table readSheets(OPCPackage workbook) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        StylesTable styles = reader.getStylesTable();
        RawRows rows = new RawRows(fileName, limits);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        List<String> header = null;
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                XlsxSheetRows handler = new XlsxSheetRows(rows, sheets.getSheetName(), header);
                parse(sheet, new XSSFSheetXMLHandler(styles, strings, handler, new IsoDataFormatter(), false));
                if (!handler.continuesTable()) {
                    break;
                }
                header = handler.header();
            }
        }
        return rows.toTable();
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(sheet));
    }
}
