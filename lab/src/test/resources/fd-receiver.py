# Runs a command with stdout on one end of a unix socketpair, receives the descriptor it passes
# (SCM_RIGHTS), and proves it is the live connection: a line written to it comes back from the echo server.
import socket
import subprocess
import sys

ours, theirs = socket.socketpair()
child = subprocess.Popen(sys.argv[1:], stdout=theirs, stderr=subprocess.PIPE)
theirs.close()
try:
    message, fds, flags, address = socket.recv_fds(ours, 1, 1)
except OSError as e:
    message, fds = b"", []
code = child.wait(timeout=10)
print("exit", code)
print("stderr", child.stderr.read().decode().strip().split(": ", 1)[-1])
print("byte", message)
print("fds", len(fds))
for fd in fds:
    s = socket.socket(fileno=fd)
    s.settimeout(5)
    s.sendall(b"through the passed socket\n")
    print("echo", s.recv(100))
    s.close()
