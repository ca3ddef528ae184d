package jtwins.common.nativecall;

/**
 * A system library other than libc, bound through jnr the first time a twin needs it, as the
 * original's build links it (curl's libbrotlidec, say). A machine without the library answers
 * UnsatisfiedLinkError, and the caller falls back to what runs on a JVM alone.
 */
public final class SharedLibrary {
    private SharedLibrary() {
    }

    /** The library named as the linker names it (brotlidec for libbrotlidec.so.1), bound to a jnr interface. */
    public static <T> T bind(Class<T> binding, String name) {
        JnrStartup.prepare();
        try {
            return jnr.ffi.LibraryLoader.create(binding).failImmediately().load(name);
        } catch (LinkageError e) {
            throw e;
        } catch (RuntimeException e) {
            UnsatisfiedLinkError absent = new UnsatisfiedLinkError(name + ": " + e.getMessage());
            absent.initCause(e);
            throw absent;
        }
    }

    /** jnr's view of the machine's memory, for the buffers a bound library reads and writes. */
    public static jnr.ffi.Runtime runtime(Object boundLibrary) {
        return jnr.ffi.Runtime.getRuntime(boundLibrary);
    }
}
