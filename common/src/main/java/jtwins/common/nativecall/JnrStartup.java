package jtwins.common.nativecall;

import java.io.File;
import java.net.URISyntaxException;

/**
 * jnr's first use is the slowest step a twin can take (java-stack.md: 100-200 ms). Two settings,
 * made before jnr loads, take most of it away (measured here: +110 ms to +23 ms over a plain run):
 * calls go through jffi's reflection-free invoker instead of classes generated with ASM at run time,
 * and jffi loads its stub from dist/native instead of extracting it into /tmp on every run.
 */
final class JnrStartup {
    private JnrStartup() {
    }

    /** libc bound to a jnr interface, after the two settings below. */
    static <T> T libc(Class<T> binding) {
        prepare();
        return jnr.ffi.LibraryLoader.create(binding).load("c");
    }

    static void prepare() {
        if (System.getProperty("jnr.ffi.asm.enabled") == null) {
            System.setProperty("jnr.ffi.asm.enabled", "false");
        }
        if (System.getProperty("jffi.boot.library.path") == null) {
            File stubs = stubDirectory();
            if (stubs != null && stubs.isDirectory()) {
                System.setProperty("jffi.boot.library.path", stubs.getPath());
            }
        }
    }

    /** dist/native/jni/ARCH-Linux: this class lies in dist/TOOL.jar (a twin) or in dist/lib/common.jar (the lab). */
    private static File stubDirectory() {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64" -> "aarch64";
            default -> null;
        };
        if (arch == null) {
            return null;
        }
        try {
            File jar = new File(JnrStartup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (File dir = jar.getParentFile(); dir != null; dir = dir.getParentFile()) {
                File stubs = new File(dir, "native/jni/" + arch + "-Linux");
                if (stubs.isDirectory()) {
                    return stubs;
                }
                if (!dir.getName().equals("lib")) {
                    return null;
                }
            }
            return null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
