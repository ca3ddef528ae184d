#!/usr/bin/env python3
"""elapsed.py CMD [ARG...]: milliseconds (to 0.1) from just before CMD's fork to just after its reaping.

The shell's `date +%s%N` around a command costs two forks and carries their start-up into the
figure; this spawns CMD directly (stdin, stdout and stderr on /dev/null) and so measures what a
timer's deadline counted from the process's own start is compared with."""
import os
import sys
import time

null = os.open(os.devnull, os.O_RDWR)
actions = [(os.POSIX_SPAWN_DUP2, null, fd) for fd in (0, 1, 2)]
start = time.monotonic_ns()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ, file_actions=actions)
os.waitpid(pid, 0)
end = time.monotonic_ns()
print("%.1f" % ((end - start) / 1e6))
