# A unix-socket HTTP server for jcurl's tests: python3 unix-http.py ADDRESS MODE, where ADDRESS is a
# path, or "@name" for an abstract name (which the JDK cannot bind); MODE "echo" answers 200 with the
# request as its body, "stall" reads the request and stays silent. Prints "ready" once listening.
import socket, sys, threading, time

address, mode = sys.argv[1], sys.argv[2]
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind("\0" + address[1:] if address.startswith("@") else address)
server.listen(8)
print("ready", flush=True)

def serve(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return
        data += chunk
    if mode == "echo":
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(data) + data)
        conn.close()
    else:
        time.sleep(60)

while True:
    conn, _ = server.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
