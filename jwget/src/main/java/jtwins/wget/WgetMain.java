package jtwins.wget;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.BundledText;
import jtwins.common.Diagnostics;
import jtwins.common.Errno;
import jtwins.common.TimeoutPlan;
import jtwins.common.ToolMain;
import jtwins.common.process.ArgvBytes;
import jtwins.common.options.GetoptLong;
import jtwins.common.resolver.AddressFamily;

/**
 * jwget: GNU Wget 1.21.3's main(). The command line is read twice as wget reads it: a first pass that
 * reports getopt's errors and finds --config/--no-config, then the wgetrc files, then a second pass
 * that sets each option in order (a bad value stops the run there, with its own message).
 */
public final class WgetMain {
    private WgetMain() {
    }

    public static void main(String[] args) {
        // the URLs go out as the bytes typed (bytesOf()), which the C locale's decoding would have lost
        ToolMain.run("wget", ArgvBytes.asUtf8WhereLost(args), new Body());
    }

    private static final class Body implements ToolMain.Body {
        @Override
        public int run(String[] args, Diagnostics diagnostics) throws IOException {
            return WgetMain.run(diagnostics.program(), args);
        }
    }

    static int run(String program, String[] args) throws IOException {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Options o = options(program, args, err);
        if (o.exitStatus != null) {
            return o.exitStatus;
        }
        return new WgetMain.Run(program, err, o.settings, o.appendLog, o.operands).go();
    }

    /** The settings a command line comes to, and the exit status when it stops before any URL. */
    static final class Options {
        final WgetSettings settings = new WgetSettings();
        boolean appendLog;
        List<String> operands = List.of();
        Integer exitStatus;
    }

    /**
     * main()'s option handling: getopt's first pass (its errors printed, --config and --no-config
     * looked for), the wgetrc files, then the second pass setting each option in order.
     */
    static Options options(String program, String[] args, PrintStream err) throws IOException {
        Options o = new Options();
        WgetSettings s = o.settings;
        String argv0 = System.getProperty("jtwins.argv0", program);
        WgetCommands commands = new WgetCommands(program, err);
        GetoptLong.Parsed parsed = WgetOptionTable.getopt().parse(argv0, args);
        o.operands = parsed.operands();

        boolean noConfig = false;
        String chosenConfig = null;
        for (GetoptLong.Item item : parsed.items()) {
            if (item.isError()) {
                err.println(item.error());
                continue;
            }
            WgetOptionTable.Row row = WgetOptionTable.ROWS.get(item.id() / 2);
            if (row.longName().equals("no-config")) {
                noConfig = true;
                break;
            }
            if (row.longName().equals("config")) {
                chosenConfig = item.value();
                break;
            }
        }
        Wgetrc wgetrc = new Wgetrc(program, err, commands, s);
        if (chosenConfig != null) {
            if (!wgetrc.runChosen(chosenConfig)) {
                err.println("Exiting due to error in " + chosenConfig);
                o.exitStatus = 2;
                return o;
            }
        } else if (!noConfig) {
            o.exitStatus = wgetrc.initialize();
            if (o.exitStatus != null) {
                return o;
            }
        }

        for (GetoptLong.Item item : parsed.items()) {
            if (item.isError()) {
                usage(err, program);
                err.println();
                err.println("Try `" + program + " --help' for more options.");
                o.exitStatus = 2;
                return o;
            }
            WgetOptionTable.Row row = WgetOptionTable.ROWS.get(item.id() / 2);
            boolean negated = item.id() % 2 == 1;
            String dd = "--" + row.longName();
            switch (row.kind()) {
                case VALUE -> {
                    if (!commands.set(s, row.command(), dd, item.value())) {
                        o.exitStatus = 2;
                        return o;
                    }
                }
                case BOOLEAN -> {
                    String v = item.value() != null ? item.value() : negated ? "0" : "1";
                    if (!commands.set(s, row.command(), dd, v)) {
                        o.exitStatus = 2;
                        return o;
                    }
                }
                case FUNCALL -> {
                    o.exitStatus = row.longName().equals("help") ? help(program) : version();
                    return o;
                }
                case APPEND_OUTPUT -> {
                    commands.set(s, "logfile", dd, item.value());
                    o.appendLog = true;
                }
                case EXECUTE -> {
                    o.exitStatus = execute(program, err, commands, s, item.value());
                    if (o.exitStatus != null) {
                        return o;
                    }
                }
                case NO -> {
                    for (char c : item.value().toCharArray()) {
                        switch (c) {
                            case 'v' -> commands.set(s, "verbose", dd, "0");
                            case 'H' -> commands.set(s, "addhostdir", dd, "0");
                            case 'd' -> commands.set(s, "dirstruct", dd, "0");
                            case 'c' -> commands.set(s, "noclobber", dd, "1");
                            case 'p' -> commands.set(s, "noparent", dd, "1");
                            default -> {
                                err.println(program + ": illegal option -- `-n" + c + "'");
                                usage(err, program);
                                err.println();
                                err.println("Try `" + program + " --help' for more options.");
                                o.exitStatus = 1;
                                return o;
                            }
                        }
                    }
                }
                case PARENT, CLOBBER -> {
                    String v = item.value();
                    boolean flag = v == null || v.startsWith("1") || v.toLowerCase().startsWith("y")
                            || v.toLowerCase().startsWith("on");
                    commands.set(s, row.kind() == WgetOptionTable.Kind.PARENT ? "noparent" : "noclobber", dd,
                            flag ? "0" : "1");
                }
                case DONT_REMOVE_LISTING -> commands.set(s, "removelisting", dd, "0");
            }
        }
        return o;
    }

    /** The timeout plan of a wget command line, for `jtwins explain`; a line wget refuses is a Failure. */
    public static TimeoutPlan plan(String[] args) {
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            Options o = options("wget", args, err);
            if (o.exitStatus != null && o.exitStatus != 0) {
                throw jtwins.common.Failure.raw(o.exitStatus, captured.toString(StandardCharsets.UTF_8));
            }
            return WgetPlan.build(o.settings);
        } catch (IOException e) {
            throw jtwins.common.Failure.errx(1, e.getMessage());
        }
    }

    /** The host of the first URL, for `jtwins explain`'s resolver line; null if none. */
    public static String destination(String[] args) {
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            Options o = options("wget", args, new PrintStream(captured, true, StandardCharsets.UTF_8));
            return o.operands.isEmpty() ? null : WgetUrl.parse(WgetUrl.rewriteShorthand(o.operands.get(0))).host();
        } catch (IOException | WgetUrl.Invalid e) {
            return null;
        }
    }

    /** run_command(): "-e command=value"; a line that does not parse or names no command is refused. */
    private static Integer execute(String program, PrintStream err, WgetCommands commands, WgetSettings s, String line) {
        Wgetrc.Line parsed = Wgetrc.parseLine(line);
        if (parsed == null || parsed.command() == null) {
            err.println(program + ": Invalid --execute command " + Quote.of(line));
            return 2;
        }
        if (parsed.empty()) {
            return null;
        }
        return commands.set(s, parsed.command(), parsed.name(), parsed.value()) ? null : 2;
    }

    static void usage(PrintStream err, String program) {
        err.println("Usage: " + program + " [OPTION]... [URL]...");
    }

    private static int help(String program) throws IOException {
        String text = resource("help.txt").replace("%s", program);
        System.out.print(text);
        System.out.flush();
        return 0;
    }

    private static int version() throws IOException {
        StringBuilder out = new StringBuilder(resource("version-head.txt"));
        String env = System.getenv("WGETRC");
        if (env != null && !env.isEmpty()) {
            out.append("    ").append(env).append(" (env)\n");
        }
        String user = Wgetrc.userFile();
        if (user != null) {
            out.append("    ").append(user).append(" (user)\n");
        }
        out.append(resource("version-tail.txt"));
        System.out.print(out);
        System.out.flush();
        return 0;
    }

    static String resource(String name) {
        return BundledText.read(WgetMain.class, name);
    }

    /** main() after the options: the checks between them, -O opened first, then each URL in turn. */
    private record Run(String program, PrintStream err, WgetSettings s, boolean appendLog, List<String> operands) {
        int go() throws IOException {
            if (s.bool("noclobber") && (s.bool("convertlinks") || s.bool("convertfileonly"))) {
                err.println(s.bool("convertlinks")
                        ? "Both --no-clobber and --convert-links were specified, only --convert-links will be used."
                        : "Both --no-clobber and --convert-file-only were specified, only --convert-file-only will be used.");
                s.put("noclobber", false);
            }
            if (s.bool("pagerequisites") && !s.bool("recursive") && !s.bool("nodirstruct")) {
                // normally cmd_spec_recursive()'s doing
                s.put("dirstruct", true);
            }
            boolean quiet = s.bool("quiet");
            Boolean given = s.given("verbose");
            int verbose = given != null ? (given ? 1 : 0) : quiet ? 0 : 1;
            if (verbose == 1 && quiet) {
                err.println("Can't be verbose and quiet at the same time.");
                usage(err, program);
                return 1;
            }
            if (s.bool("timestamping") && s.bool("noclobber")) {
                err.println("Can't timestamp and not clobber old files at the same time.");
                usage(err, program);
                return 1;
            }
            if (s.bool("inet4only") && s.bool("inet6only")) {
                err.println("Cannot specify both --inet4-only and --inet6-only.");
                usage(err, program);
                return 1;
            }
            if (s.string("outputdocument") != null && (s.bool("convertlinks") || s.bool("convertfileonly"))
                    && (operands.size() > 1 || s.bool("pagerequisites") || s.bool("recursive"))) {
                err.print("Cannot specify both -k or --convert-file-only and -O if multiple URLs are given, or in combination\n"
                        + "with -p or -r. See the manual for details.\n\n");
                usage(err, program);
                return 1;
            }
            if (s.bool("askpassword") && s.string("password") != null) {
                err.println("Cannot specify both --ask-password and --password.");
                usage(err, program);
                return 1;
            }
            if (s.bool("askpassword") && s.string("user") == null && s.string("httpuser") == null
                    && s.string("ftpuser") == null) {
                err.println("WARNING: No username set with --ask-password. This is usually not what you want.");
            }
            if (s.real("startpos") >= 0 && s.bool("continue")) {
                err.println("Specifying both --start-pos and --continue is not recommended; --continue will be disabled.");
                s.put("continue", false);
            }
            if (operands.isEmpty() && s.string("input") == null) {
                err.println(program + ": missing URL");
                usage(err, program);
                err.println();
                err.println("Try `" + program + " --help' for more options.");
                return 1;
            }
            if ((s.string("postdata") != null || s.string("postfile") != null) && s.string("method") != null) {
                err.println("You cannot use --post-data or --post-file along with --method. "
                        + "--method expects data through --body-data and --body-file options");
                return 1;
            }
            if (s.string("postdata") != null && s.string("postfile") != null) {
                err.println("You cannot specify both --post-data and --post-file.");
                return 1;
            }
            if ((s.string("bodydata") != null || s.string("bodyfile") != null) && s.string("method") == null) {
                err.println("You must specify a method through --method=HTTPMethod to use with --body-data or --body-file.");
                return 1;
            }
            WgetCommands commands = new WgetCommands(program, err);
            if (s.string("method") != null && s.string("method").equalsIgnoreCase("HEAD")) {
                commands.set(s, "spider", "--spider", "1");
            }
            // --post-data and --post-file are --method=POST with --body-data or --body-file from here on
            if (s.string("postdata") != null || s.string("postfile") != null) {
                commands.set(s, "method", "--method", "POST");
                if (s.string("postdata") != null) {
                    commands.set(s, "bodydata", "--body-data", s.string("postdata"));
                } else {
                    commands.set(s, "bodyfile", "--body-file", s.string("postfile"));
                }
                s.put("postdata", null);
                s.put("postfile", null);
            }
            if (s.bool("askpassword")) {
                String password = PasswordPrompt.ask(err, s.string("user"));
                if (password.isEmpty()) {
                    return 1;
                }
                s.put("password", password);
            }
            String unsupported = Unsupported.first(s);
            if (unsupported != null) {
                err.println(program + ": " + unsupported + " is not supported by this twin");
                return 1;
            }
            WgetLog log = WgetLog.open(s.string("logfile"), appendLog, verbose == 1, quiet, true)
                    .debugging(s.bool("debug"));
            log.debug("DEBUG output created by Wget 1.21.3 on linux-gnu.\n\n");
            if (s.string("outputdocument") != null && (s.bool("pagerequisites") || s.bool("recursive"))) {
                log.notQuiet("WARNING: combining -O with -r or -p will mean that all downloaded content\n"
                        + "will be placed in the single file you specified.\n\n");
            }
            OutputStream document = null;
            boolean toStdout = false;
            String od = s.string("outputdocument");
            if (od != null) {
                if (od.equals("-")) {
                    document = new FileOutputStream(FileDescriptor.out);
                    toStdout = true;
                } else {
                    if (s.bool("noclobber") && new java.io.File(od).exists()) {
                        log.verbose("File " + Quote.of(od) + " already there; not retrieving.\n");
                        return 1;
                    }
                    try {
                        document = new FileOutputStream(od, s.bool("continue"));
                    } catch (IOException e) {
                        err.println(od + ": " + Errno.of(e).text());
                        return 1;
                    }
                }
            }
            AddressFamily family = s.bool("inet4only") ? AddressFamily.INET
                    : s.bool("inet6only") ? AddressFamily.INET6 : AddressFamily.UNSPEC;
            // the plan explain prints: every alarm and select() timeout below is armed from it
            TimeoutPlan plan = WgetPlan.build(s);
            HostLookup lookup = new HostLookup(log, family, plan, s.bool("dnscache"), s.bool("iri"));
            InetAddress bind = null;
            if (s.string("bindaddress") != null) {
                try {
                    bind = lookup.lookup(s.string("bindaddress"), true).addresses.get(0);
                } catch (HostLookup.Failed e) {
                    log.notQuiet(program + ": unable to resolve bind address " + Quote.of(s.string("bindaddress"))
                            + "; disabling bind.\n");
                }
            }
            // the descriptors main() holds for the run come before any socket's: the log file, then -O's
            int held = (s.string("logfile") != null && !s.string("logfile").equals("-") ? 1 : 0)
                    + (od != null && !od.equals("-") ? 1 : 0);
            Descriptors fds = new Descriptors(held);
            Session session = new Session(program, s, plan, log, lookup, new Connector(log, plan, bind, fds), fds,
                    document, toStdout);
            String hstsFile = null;
            if (s.bool("hsts")) {
                // load_hsts(): --hsts-file, else ~/.wget-hsts
                String home = System.getenv("HOME");
                hstsFile = s.string("hstsfile") != null ? s.string("hstsfile")
                        : home != null ? home + "/.wget-hsts" : null;
                if (hstsFile != null) {
                    log.debug("Reading HSTS entries from " + hstsFile + "\n");
                    session.hsts = Hsts.open(hstsFile, log);
                    if (session.hsts == null) {
                        log.notQuiet("ERROR: could not open HSTS store at '" + hstsFile + "'. HSTS will be disabled.\n");
                    }
                } else {
                    log.notQuiet("ERROR: could not open HSTS store. HSTS will be disabled.\n");
                }
            }
            List<String> urls = new ArrayList<>();
            for (String operand : operands) {
                urls.add(WgetUrl.rewriteShorthand(operand));
            }
            boolean tree = s.bool("recursive") || s.bool("pagerequisites");
            for (String url : urls) {
                // set_uri_encoding(iri, opt.locale): the locale's character set
                retrieve(session, UriEncoding.bytesOf(url), log, tree,
                        UriEncoding.set(log, session.iri, session.iri.locale(), true));
            }
            String input = s.string("input");
            if (input != null) {
                // retrieve_from_file(): after the command line's URLs, those of the -i file
                // its URLs are taken to be in the locale's encoding, or in the charset a fetched list came in
                UriEncoding listIri = UriEncoding.set(log, session.iri, session.iri.locale(), true);
                log.debug("URI content encoding = " + Quote.of(session.iri.locale()) + "\n");
                InputFile.Listed listed = inputFile(session, input, log, listIri);
                if (listed != null && listed.badLine()) {
                    session.inform(Uerr.URLERROR);
                }
                for (String url : listed == null ? List.<String>of() : listed.urls()) {
                    retrieve(session, url, log, tree, listIri.copy());
                }
                if (listed == null || listed.urls().isEmpty()) {
                    log.notQuiet("No URLs found in " + input + ".\n");
                }
            }
            if (s.bool("recursive") && s.bool("spider")) {
                session.brokenLinks.print(log);
            }
            if ((tree || urls.size() > 1 || input != null) && session.totalDownloaded != 0) {
                double wall = (System.nanoTime() - session.startNanos) / 1e9;
                log.notQuiet("FINISHED --" + Dates.now() + "--\nTotal wall clock time: " + RateText.humanTime(wall)
                        + "\nDownloaded: " + session.downloadedFiles + " files, " + RateText.human(session.totalDownloaded)
                        + " in " + RateText.humanTime(session.totalDownloadTime) + " ("
                        + RateText.retrRate(session.totalDownloaded, session.totalDownloadTime, s.bool("reportspeed"))
                        + ")\n");
            }
            session.saveCookies();
            if (session.hsts != null) {
                session.hsts.save(hstsFile);
            }
            if (document != null) {
                document.flush();
            }
            if (s.bool("convertlinks") && !s.bool("deleteafter")) {
                new LinkConversion(session).convertAll();
            }
            return session.exitStatus();
        }

        /**
         * retrieve_from_file()'s input: a URL is fetched first (and becomes --base unless one was
         * given), then read as HTML when it came as text/html; a local file is read as HTML with
         * --force-html. Null when there is nothing to read (what stopped it said).
         */
        private static InputFile.Listed inputFile(Session session, String input, WgetLog log, UriEncoding listIri)
                throws IOException {
            WgetSettings s = session.settings;
            String file = input;
            boolean html = s.bool("forcehtml");
            if (InputFile.isUrl(input)) {
                WgetUrl u = parsedOrSaid(session, input, log, null);
                if (u == null) {
                    return null;
                }
                if (s.string("base") == null) {
                    s.put("base", input);
                }
                HttpLoop.Retrieval r = new HttpLoop(session).retrieve(u, null, null);
                session.inform(r.result());
                if (r.file() == null || r.result() != Uerr.RETROK) {
                    return InputFile.NOTHING;
                }
                html |= r.html();
                file = r.file();
                if (r.contentCharset() != null) {
                    listIri.setEncoding(log, r.contentCharset(), false);
                }
            }
            return html ? InputFile.readHtml(file, s.string("base"), log, session.iri) : InputFile.read(file, s, log);
        }

        /**
         * url_parse() as main() and retrieve_from_file() call it (a byte string, with its IRI): a URL
         * that does not parse is said and counted.
         */
        private static WgetUrl parsedOrSaid(Session session, String url, WgetLog log, UriEncoding iri) {
            try {
                return iri != null ? iri.parse(log, url, true) : WgetUrl.parse(url);
            } catch (WgetUrl.Invalid e) {
                log.notQuiet(url + ": " + e.getMessage() + ".\n");
                session.inform(Uerr.URLERROR);
                return null;
            }
        }

        /**
         * main()'s turn for one URL of the command line or the -i file: retrieve_tree() with -r or -p,
         * else retrieve_url(); --delete-after removes what a single retrieval saved.
         */
        private static void retrieve(Session session, String url, WgetLog log, boolean tree, UriEncoding iri)
                throws IOException {
            WgetUrl u = parsedOrSaid(session, url, log, iri);
            if (u == null) {
                return;
            }
            if (!u.scheme().equals("http") && !u.scheme().equals("https")) {
                log.notQuiet(url + ": the " + u.scheme() + " scheme is not supported by this twin.\n");
                session.inform(Uerr.URLERROR);
                return;
            }
            if (tree) {
                new RetrieveTree(session).retrieve(u);
                return;
            }
            HttpLoop.Retrieval r = new HttpLoop(session).retrieve(u, url, null, iri);
            session.inform(r.result());
            if (session.settings.bool("deleteafter") && r.file() != null && new java.io.File(r.file()).exists()) {
                log.debug("Removing file due to --delete-after in main():\n");
                log.verbose("Removing " + r.file() + ".\n");
                if (!new java.io.File(r.file()).delete()) {
                    log.notQuiet("unlink: " + Errno.EACCES.text() + "\n");
                }
            }
        }
    }
}
