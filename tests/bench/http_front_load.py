#!/usr/bin/env python3
"""Hostile load on the HTTP front (security review, issue #15): an adp-server on
SQLite, 20 slow clients dripping a header each, 4 clients each sending a
400 MB body to a route (and 4 to no route), and /healthz asked every 50 ms
meanwhile. Prints the server's RSS (peak and after) and /healthz latency.
Goal: RSS under 100 MB, /healthz answered in under 10 ms.
Usage: http_front_load.py BIN_DIR [seconds]"""
import os, socket, subprocess, sys, tempfile, threading, time

bin_dir = sys.argv[1]
duration = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
data = tempfile.mkdtemp(prefix="adp-front-bench-")
server = subprocess.Popen([os.path.join(bin_dir, "adp-server"), "--listen", "127.0.0.1:0", "--data-dir", data,
                           "--workers", "0", "--log-level", "info"], stderr=subprocess.PIPE, text=True)
port = None
for line in server.stderr:
    if "listening on http://127.0.0.1:" in line:
        port = int(line.split("127.0.0.1:")[1].split()[0])
        break
threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()

def rss_kib():
    with open(f"/proc/{server.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

stop = time.monotonic() + duration
peak = [0]

def slow_client():
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        i = 0
        try:
            while time.monotonic() < stop:
                s.sendall(b"X-Drip-%d: y\r\n" % i)
                i += 1
                time.sleep(0.5)
        except OSError:
            pass  # closed by the server: the head did not arrive in time

def big_body(path):
    chunk = b"a" * (1 << 20)
    try:
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(b"POST " + path + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 419430400\r\n\r\n")
            for _ in range(400):
                if time.monotonic() > stop:
                    break
                s.sendall(chunk)
    except OSError:
        pass  # refused before the body: 413 / 404 and closed

def healthz_latencies():
    latencies = []
    while time.monotonic() < stop:
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            answer = b""
            while True:
                piece = s.recv(4096)
                if not piece:
                    break
                answer += piece
        if answer.startswith(b"HTTP/1.1 200"):
            latencies.append((time.monotonic() - started) * 1000)
        peak[0] = max(peak[0], rss_kib())
        time.sleep(0.05)
    return latencies

threads = [threading.Thread(target=slow_client) for _ in range(20)]
threads += [threading.Thread(target=big_body, args=(b"/api/v1/projects",)) for _ in range(4)]
threads += [threading.Thread(target=big_body, args=(b"/nonexistent",)) for _ in range(4)]
before = rss_kib()
for t in threads:
    t.start()
latencies = sorted(healthz_latencies())
for t in threads:
    t.join()
after = rss_kib()
server.terminate()
server.wait()
p50 = latencies[len(latencies) // 2] if latencies else float("nan")
p99 = latencies[int(len(latencies) * 0.99)] if latencies else float("nan")
print(f"http front under 20 slow clients + 8 x 400 MB bodies ({duration:.0f} s):")
print(f"  RSS before {before / 1024:.1f} MiB, peak {peak[0] / 1024:.1f} MiB, after {after / 1024:.1f} MiB (goal < 100 MiB)")
print(f"  /healthz answered {len(latencies)} times, p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {max(latencies or [0]):.2f} ms (goal < 10 ms)")
