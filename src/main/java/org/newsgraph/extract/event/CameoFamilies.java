package org.newsgraph.extract.event;

/**
 * The parallel branches of the CAMEO codebook: an act (07 provide aid) has an "express intent"
 * form (033), a "reject" form (122) and an "appeal" form (023), with the same last digit for the
 * kind of aid (072, 0332, 1222, 0232). Used to code what an actor promises, refuses or threatens.
 */
final class CameoFamilies {
    /** Branches with a fourth kind: peacekeeping (0334, 1224, 0234, 1034), intelligence (0214, 1014). */
    private static final java.util.Set<String> FOUR_KIND_BRANCHES = java.util.Set.of("033", "122", "023", "103", "021", "101");

    private CameoFamilies() {
    }

    static String root(String code) {
        return code.substring(0, 2);
    }

    /** "Willing to provide military aid" (072) is 0332 express intent to provide military aid. */
    static String intentOf(String code) {
        return switch (root(code)) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> withKind("031", code);
            case "07" -> withKind("033", code);
            case "08" -> "035";
            default -> "030";
        };
    }

    /**
     * "Urged Johnson to resign" (083) is 0241 appeal for change in leadership; "urged Russia to
     * negotiate" (046) 026, "to withdraw its troops" (087) 0256, "to release the prisoners" (084) 0253.
     */
    static String appealOf(String code) {
        return switch (root(code)) {
            case "04" -> "026";
            case "05" -> "022";
            case "06" -> withKind("021", code);
            case "07" -> withKind("023", code);
            case "08" -> yielding("024", "025", code);
            default -> "020";
        };
    }

    /** The demand branch of the same acts: "demanded that Russia withdraw its troops" (087) is 1056. */
    static String demandOf(String code) {
        return switch (root(code)) {
            case "04" -> "106";
            case "05" -> "102";
            case "06" -> withKind("101", code);
            case "07" -> withKind("103", code);
            case "08" -> yielding("104", "105", code);
            default -> "100";
        };
    }

    /**
     * The appeal or demand for a concession of family 08: political reform (083x, a resignation
     * being the change of leadership 0831) in the reform branch, the others (081 easing
     * administrative sanctions … 087 de-escalation) in the yield branch with the codebook's order.
     */
    private static String yielding(String reform, String yield, String code) {
        if (code.startsWith("083")) return reform + (code.length() == 4 ? code.charAt(3) : '1');
        return switch (code.substring(0, 3)) {
            case "081" -> yield + "1";
            case "082" -> yield + "2";
            case "084" -> yield + "3";
            case "085" -> yield + "4";
            case "086" -> yield + "5";
            case "087" -> yield + "6";
            default -> yield;
        };
    }

    /** "Refused to provide weapons" (072) is 1222 reject request for military aid. */
    static String rejectionOf(String code) {
        return switch (root(code)) {
            case "04" -> "125";
            case "06" -> withKind("121", code);
            case "07" -> withKind("122", code);
            case "08" -> "124";
            default -> "120";
        };
    }

    /**
     * Threatening to attack, to show force or to arm an enemy's enemy is 138 threaten with military
     * force; to cut ties 1313, to stop aid 1311, to sanction 1312, to halt talks or mediation 134
     * and 135 (the codebook's branch for each act of 16), to protest 133, to repress or arrest 137.
     */
    static String threatOf(String code) {
        String root = root(code);
        if (code.length() >= 3) {
            switch (code.substring(0, 3)) {
                case "161": return "1313";
                case "162": return "1311";
                case "163": return "1312";
                case "164": return "134";
                case "165": return "135";
                default: break;
            }
        }
        if (root.equals("15") || root.equals("18") || root.equals("19") || root.equals("20") || code.equals("072")) {
            return "138";
        }
        return switch (root) {
            case "16" -> "131";
            case "14" -> "133";
            case "17" -> "137";
            default -> "130";
        };
    }

    /** A planned meeting or visit is, in CAMEO, an expressed intent to meet (036). */
    static String planned(String code) {
        return root(code).equals("04") ? "036" : code;
    }

    /** The kind digit of a three-digit code ("072" → 2) appended to a branch ("033" → "0332"). */
    private static String withKind(String branch, String code) {
        char kind = code.length() == 3 ? code.charAt(2) : '0';
        char highest = FOUR_KIND_BRANCHES.contains(branch) ? '4' : '3';
        return kind >= '1' && kind <= highest ? branch + kind : branch;
    }
}
