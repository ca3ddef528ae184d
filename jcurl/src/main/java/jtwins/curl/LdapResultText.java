package jtwins.curl;

/** ldap_err2string(): libldap's words for an LDAP result code. */
final class LdapResultText {
    private LdapResultText() {
    }

    static String of(int code) {
        return switch (code) {
            case 0 -> "Success";
            case 1 -> "Operations error";
            case 2 -> "Protocol error";
            case 3 -> "Time limit exceeded";
            case 4 -> "Size limit exceeded";
            case 5 -> "Compare False";
            case 6 -> "Compare True";
            case 7 -> "Authentication method not supported";
            case 8 -> "Strong(er) authentication required";
            case 10 -> "Referral";
            case 11 -> "Administrative limit exceeded";
            case 12 -> "Critical extension is unavailable";
            case 13 -> "Confidentiality required";
            case 14 -> "SASL bind in progress";
            case 16 -> "No such attribute";
            case 17 -> "Undefined attribute type";
            case 18 -> "Inappropriate matching";
            case 19 -> "Constraint violation";
            case 20 -> "Type or value exists";
            case 21 -> "Invalid syntax";
            case 32 -> "No such object";
            case 33 -> "Alias problem";
            case 34 -> "Invalid DN syntax";
            case 35 -> "Entry is a leaf";
            case 36 -> "Alias dereferencing problem";
            case 48 -> "Inappropriate authentication";
            case 49 -> "Invalid credentials";
            case 50 -> "Insufficient access";
            case 51 -> "Server is busy";
            case 52 -> "Server is unavailable";
            case 53 -> "Server is unwilling to perform";
            case 54 -> "Loop detected";
            case 64 -> "Naming violation";
            case 65 -> "Object class violation";
            case 66 -> "Operation not allowed on non-leaf";
            case 67 -> "Operation not allowed on RDN";
            case 68 -> "Already exists";
            case 69 -> "Cannot modify object class";
            case 71 -> "Operation affects multiple DSAs";
            case 80 -> "Internal (implementation specific) error";
            default -> "Unknown error";
        };
    }
}
