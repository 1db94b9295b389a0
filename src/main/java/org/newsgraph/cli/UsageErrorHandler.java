package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wrong command lines, in the style of every other error ("newsgraph COMMAND: ..."), with the
 * options meant when an option name is mistyped ("--prot" → "--port", which picocli's own
 * suggestions miss when letters are swapped), and a pointer to the help instead of the whole usage.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    /** Edits (insert, delete, replace, swap two neighbours) a mistyped option name may be away. */
    private static final int MAX_EDITS = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched) {
            Set<String> meant = suggestions(command, unmatched);
            if (!meant.isEmpty()) err.println(name + ": did you mean " + String.join(" or ", meant) + "?");
        }
        err.println("Try '" + name + " --help' for the options.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static Set<String> suggestions(CommandLine command, UnmatchedArgumentException unmatched) {
        Set<String> meant = new LinkedHashSet<>(unmatched.getSuggestions());
        for (String arg : unmatched.getUnmatched()) {
            if (!arg.startsWith("-")) continue;
            String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            for (OptionSpec option : command.getCommandSpec().options()) {
                for (String optionName : option.names()) {
                    if (optionName.startsWith("--") && edits(typed, optionName) <= MAX_EDITS) meant.add(optionName);
                }
            }
        }
        return meant;
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of two neighbouring letters. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
