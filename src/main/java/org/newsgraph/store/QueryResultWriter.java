package org.newsgraph.store;

import java.io.OutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Runs a prepared query execution and writes its result in a standard format. */
final class QueryResultWriter {
    private QueryResultWriter() {
    }

    /**
     * SELECT and ASK results go out as TSV, CSV or JSON; CONSTRUCT and DESCRIBE results as Turtle,
     * N-Triples (NTRIPLES) or JSON-LD (JSON). Call inside a read transaction.
     *
     * @throws IllegalArgumentException when a graph format is asked for a SELECT or ASK query
     */
    static void write(QueryExecution execution, ResultFormat format, OutputStream out) {
        Query query = execution.getQuery();
        if (query.isSelectType()) {
            ResultSetFormatter.output(out, execution.execSelect(), tabularLang(format, "SELECT"));
        } else if (query.isAskType()) {
            ResultSetFormatter.output(out, execution.execAsk(), tabularLang(format, "ASK"));
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, execution.execConstruct(), graphFormat(format));
        } else if (query.isDescribeType()) {
            RDFDataMgr.write(out, execution.execDescribe(), graphFormat(format));
        } else {
            throw new IllegalArgumentException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run here.");
        }
    }

    private static Lang tabularLang(ResultFormat format, String queryForm) {
        return switch (format) {
            case TSV -> ResultSetLang.RS_TSV;
            case CSV -> ResultSetLang.RS_CSV;
            case JSON -> ResultSetLang.RS_JSON;
            case TURTLE, NTRIPLES -> throw new IllegalArgumentException("Format '" + format.optionName()
                    + "' is for CONSTRUCT and DESCRIBE queries; a " + queryForm
                    + " query needs tsv, csv or json.");
        };
    }

    // A graph has no table: the tabular choices pick the nearest graph syntax, so the default
    // format (tsv) still works for CONSTRUCT queries.
    private static RDFFormat graphFormat(ResultFormat format) {
        return switch (format) {
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case JSON -> RDFFormat.JSONLD;
            case TSV, CSV, TURTLE -> RDFFormat.TURTLE;
        };
    }
}
