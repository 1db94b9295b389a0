package org.newsgraph.extract.event;

/**
 * The parallel branches of the CAMEO codebook: an act (07 provide aid) has an "express intent"
 * form (033), a "reject" form (122) and an "appeal" form (023), with the same last digit for the
 * kind of aid (072, 0332, 1222, 0232). Used to code what an actor promises, refuses or threatens.
 */
final class CameoFamilies {
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
     * force; to cut ties or aid 131, to protest 133, to repress or arrest 137.
     */
    static String threatOf(String code) {
        String root = root(code);
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
        // Only the aid branches have a fourth kind (peacekeeping: 0334, 1224).
        char highest = branch.equals("033") || branch.equals("122") ? '4' : '3';
        return kind >= '1' && kind <= highest ? branch + kind : branch;
    }
}
