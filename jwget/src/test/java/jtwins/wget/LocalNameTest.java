package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** url_file_name() with directories: host and port, -nH, --cut-dirs, -P, --restrict-file-names. */
class LocalNameTest {
    private static String name(String url, String... commandThenValue) throws Exception {
        WgetSettings s = new WgetSettings();
        s.put("dirstruct", true);
        WgetCommands c = new WgetCommands("wget", new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        for (int i = 0; i < commandThenValue.length; i += 2) {
            c.set(s, commandThenValue[i], commandThenValue[i], commandThenValue[i + 1]);
        }
        return LocalName.of(s, WgetUrl.parse(url), null, QuietLog.open());
    }


    @Test
    void hostAndPortThenTheDirectories() throws Exception {
        assertEquals("h:8080/a/b/index.html", name("http://h:8080/a/b/"));
        assertEquals("h/a/f%2Fg?q=1", name("http://h/a/f%2Fg?q=1"), "a slash inside a name stays escaped");
        assertEquals("h/a b/x", name("http://h/a%20b/x"));
        assertEquals("h/%2E%2E/x", name("http://h/%2E%2E/x"));
    }

    @Test
    void noHostCutDirsPrefixAndWindowsNames() throws Exception {
        assertEquals("b/c.html", name("http://h/a/b/c.html", "addhostdir", "0", "cutdirs", "1"));
        assertEquals("out/h/a/c", name("http://h/a/c", "dirprefix", "out"));
        assertEquals("h+81/a/x@y=%3F", name("http://h:81/a/x?y=%3F", "restrictfilenames", "windows"));
        assertEquals("h/A/X.HTML", name("http://h/a/x.html", "restrictfilenames", "uppercase"), "the host is not a path element");
        assertEquals("h/a%01b", name("http://h/a%01b"));
        assertEquals("h/a\u0001b", name("http://h/a%01b", "restrictfilenames", "nocontrol"));
    }
}
