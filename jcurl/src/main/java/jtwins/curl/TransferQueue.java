package jtwins.curl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import jtwins.common.Diagnostics;
import jtwins.common.Failure;
import jtwins.common.TimeoutPlan;

/**
 * create_transfer() and single_transfer(): the transfers a command line asks for, one operation
 * (--next part) after another, each URL node expanded by its globs and its -T files, made only as
 * they are wanted, so that a bad pattern further on stops the command line where curl stops it.
 */
final class TransferQueue {
    /** One transfer as single_transfer() makes it, with what its operation shares. */
    record Job(CurlConfig config, TimeoutPlan plan, UrlNode node, int urlNumber, boolean firstOfOperation,
               ToolMessages messages) {
    }

    /** A URL or -T pattern that does not expand: curl stops the whole command line with its code. */
    static final class BadPattern extends Exception {
        final TransferFailed failure;

        BadPattern(TransferFailed failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private final String[] args;
    private final List<CurlConfig> operations;
    private final Map<String, String> env;
    private final Diagnostics stderr;
    private final Deque<Job> ready = new ArrayDeque<>();
    private int operation = -1;
    private int nodeIndex;
    private int urlNumber;
    private boolean warnedMoreOutputs;
    private boolean firstOfOperation;
    private CurlConfig config;
    private TimeoutPlan plan;
    private ToolMessages messages;

    TransferQueue(String[] args, List<CurlConfig> operations, Map<String, String> env, Diagnostics stderr) {
        this.args = args;
        this.operations = operations;
        this.env = env;
        this.stderr = stderr;
    }

    /** The next transfer, or null when the command line has none left. */
    Job next(ConnectionCache connections) throws BadPattern {
        while (ready.isEmpty()) {
            if (config == null || nodeIndex >= config.urls.size()) {
                if (operation + 1 >= operations.size()) {
                    return null;
                }
                startOperation(operations.get(++operation), connections);
                continue;
            }
            expand(config.urls.get(nodeIndex++), connections);
        }
        return ready.poll();
    }

    private void startOperation(CurlConfig next, ConnectionCache connections) {
        config = next;
        nodeIndex = 0;
        urlNumber = 0;
        warnedMoreOutputs = false;
        // the first transfer of each operation empties its -D file; the others append
        firstOfOperation = true;
        ProxyEnvironment.apply(config, env);
        CaEnvironment.apply(config, env);
        boolean anyUrl = false;
        for (UrlNode node : config.urls) {
            anyUrl |= node.urlSet;
        }
        if (!anyUrl) {
            connections.closeAll();
            StdoutStream.flushQuietly();
            // tool_operate.c: no argument at all (and no URL from .curlrc) is only the "try" line
            throw Failure.raw(2, ToolMessages.helpf(args.length == 0 ? null : "no URL specified!").stripTrailing());
        }
        messages = new ToolMessages(stderr, config);
        if (config.postData != null) {
            // single_transfer(): -d's data makes a POST, or with -G the URL's query of a GET (or -I's HEAD)
            HttpRequestKind kind = !config.useGet ? HttpRequestKind.SIMPLEPOST
                    : config.head ? HttpRequestKind.HEAD : HttpRequestKind.GET;
            if (!kind.setFor(config, messages)) {
                throw refused(connections);
            }
        }
        // the plan explain prints: every clock of every try is armed from it
        plan = CurlPlan.build(config);
    }

    /**
     * create_transfer()'s CURLE_FAILED_INIT: the warning is all it says; an earlier transfer's
     * error still has priority (serial_transfers()).
     */
    private static Failure refused(ConnectionCache connections) {
        connections.closeAll();
        StdoutStream.flushQuietly();
        return Failure.silent(2);
    }

    private void expand(UrlNode node, ConnectionCache connections) throws BadPattern {
        if (!node.urlSet) {
            if (!warnedMoreOutputs) {
                // single_transfer(): a node with an -o or -T but no URL, said once
                messages.warn("Got more output options than URLs");
                warnedMoreOutputs = true;
            }
            return;
        }
        List<UrlGlob.Expansion> expansions;
        try {
            expansions = config.globoff ? List.of(new UrlGlob.Expansion(node.url, List.of())) : UrlGlob.expand(node.url);
        } catch (TransferFailed f) {
            throw new BadPattern(f);
        }
        // single_transfer(): a -T pattern expands too, each of its files sent to each URL
        List<String> infiles = new ArrayList<>();
        if (node.infile == null || config.globoff) {
            infiles.add(node.infile);
        } else {
            try {
                for (UrlGlob.Expansion f : UrlGlob.expand(node.infile)) {
                    infiles.add(f.url());
                }
            } catch (TransferFailed f) {
                infiles.add(node.infile);
            }
        }
        for (String infile : infiles) {
            if (infile != null && !HttpRequestKind.PUT.setFor(config, messages)) {
                // single_transfer(): an upload is a PUT, which another kind of request rules out
                throw refused(connections);
            }
            for (UrlGlob.Expansion e : expansions) {
                UrlNode one = new UrlNode();
                one.url = e.url();
                one.outfile = e.outputName(node.outfile);
                one.remoteName = node.remoteName;
                one.infile = infile;
                ready.add(new Job(config, plan, one, urlNumber, firstOfOperation, messages));
                firstOfOperation = false;
            }
        }
        urlNumber++;
    }
}
