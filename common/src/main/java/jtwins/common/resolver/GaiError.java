package jtwins.common.resolver;

/** getaddrinfo() failure codes with glibc's gai_strerror() text. */
public enum GaiError {
    EAI_BADFLAGS(-1, "Bad value for ai_flags"),
    EAI_NONAME(-2, "Name or service not known"),
    EAI_AGAIN(-3, "Temporary failure in name resolution"),
    EAI_FAIL(-4, "Non-recoverable failure in name resolution"),
    EAI_NODATA(-5, "No address associated with hostname"),
    EAI_FAMILY(-6, "ai_family not supported"),
    EAI_SOCKTYPE(-7, "ai_socktype not supported"),
    EAI_SERVICE(-8, "Servname not supported for ai_socktype"),
    EAI_ADDRFAMILY(-9, "Address family for hostname not supported"),
    EAI_MEMORY(-10, "Memory allocation failure"),
    EAI_SYSTEM(-11, "System error");

    private final int code;
    private final String text;

    GaiError(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }
}
