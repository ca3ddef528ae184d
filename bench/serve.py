#!/usr/bin/env python3
"""serve.py PORT SIZE [http]: one connection on 127.0.0.1:PORT gets SIZE zero bytes, by sendfile() from
a memory file, then the server closes. With "http" it first reads the request head and sends an
HTTP/1.0 200 head with Content-Length. sendfile() moves the bytes without copying them through the
server, so the client being measured, not the server, is the slower end of the loopback.
It returns once it listens, printing the PID of the process that serves (gone after one connection,
or after 60 s without one)."""
import os
import socket
import sys

port, size = int(sys.argv[1]), int(sys.argv[2])
http = len(sys.argv) > 3 and sys.argv[3] == "http"
chunk = 64 << 20
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", port))
listener.listen(1)
pid = os.fork()
if pid:
    print(pid, flush=True)
    os._exit(0)
null = os.open(os.devnull, os.O_RDWR)
for fd in (0, 1, 2):
    os.dup2(null, fd)
zeros = os.memfd_create("zeros")
os.ftruncate(zeros, chunk)
listener.settimeout(60)
try:
    conn, _ = listener.accept()
except OSError:
    sys.exit(0)
conn.settimeout(60)
try:
    if http:
        head = b""
        while b"\r\n\r\n" not in head:
            got = conn.recv(4096)
            if not got:
                sys.exit(0)
            head += got
        conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % size)
    conn.settimeout(None)
    left = size
    while left > 0:
        sent = os.sendfile(conn.fileno(), zeros, 0, min(chunk, left))
        if sent <= 0:
            break
        left -= sent
    conn.shutdown(socket.SHUT_WR)
    while conn.recv(65536):
        pass
except OSError:
    pass
conn.close()
