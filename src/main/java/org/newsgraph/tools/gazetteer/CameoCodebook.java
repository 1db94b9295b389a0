package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads cameo-codes.csv (ICEWS CAMEO codebook): codes with names, descriptions, usage notes, examples. */
final class CameoCodebook {
    private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
    private static final String MISSING = "NA";

    private CameoCodebook() {
    }

    static List<CameoCode> read(Path csv) throws IOException {
        List<CameoCode> codes = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get(); // the first column (row number) has no name
        try (Reader reader = Files.newBufferedReader(csv, MojibakeRepair.FILE_CHARSET);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                String code = row.get("code").trim();
                if (!CODE.matcher(code).matches()) {
                    throw new IOException(csv + " line " + row.getRecordNumber() + ": '" + code + "' is not a CAMEO code");
                }
                codes.add(new CameoCode(code, tidyName(text(row, "name")), text(row, "description"),
                        text(row, "usage_notes"), text(row, "example")));
            }
        }
        return codes;
    }

    private static String text(CSVRecord row, String column) {
        String value = MojibakeRepair.repair(row.get(column)).trim().replaceAll("\\s+", " ");
        return value.isEmpty() || value.equals(MISSING) ? null : value;
    }

    // Root names are in capitals ("MAKE PUBLIC STATEMENT"); the others are in sentence case already.
    static String tidyName(String name) {
        if (name == null || !name.equals(name.toUpperCase(Locale.ROOT))) return name;
        String lower = name.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
