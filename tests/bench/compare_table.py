#!/usr/bin/env python3
"""Prints compare.sh's table: the median of each figure over the rounds, for ADP (adp-bench and
adp-bench-pipelines output) and the peer (its bench.sh's JSON lines), with ratios and goals."""
import json
import os
import re
import statistics
import sys
from pathlib import Path

out, rounds = Path(sys.argv[1]), int(sys.argv[2])

ADP_PATTERNS = {
    "list_rps": ("http", r"projects list, 50/page, 50 conns: req/s\s+([\d.]+)"),
    "list_p99": ("http", r"projects list p50 / p99\s+[\d.]+ ms / ([\d.]+) ms"),
    "create_rps": ("http", r"project create, 50 conns: req/s\s+([\d.]+)"),
    "create_p99": ("http", r"project create p50 / p99\s+[\d.]+ ms / ([\d.]+) ms"),
    "rss_after": ("http", r"RSS idle / after load\s+[\d.]+ MB / ([\d.]+) MB"),
    "start_ms": ("http", r"start to /healthz \(median of 5\)\s+([\d.]+) ms"),
    "queue_jobs": ("pipelines", r"\| queue throughput, no-op jobs [^|]*\| ([\d.]+) jobs/s"),
    "picked_ms": ("pipelines", r"\| pending \(committed\) to picked by a waiting worker, median \| ([\d.]+) ms"),
    "trigger_ms": ("pipelines", r"\| trigger \(API\) to first script, median \| ([\d.]+) ms"),
    "log_mibs": ("pipelines", r"\| log capture, masking and storage[^|]*\| ([\d.]+) MiB/s"),
    "create_cpu_us": ("http", r"project create: machine CPU per request\s+([\d.]+) µs"),
    "create_server_us": ("http", r"adp-server / PostgreSQL / Redis / wrk\s+([\d.]+) /"),
    "create_postgres_us": ("http", r"adp-server / PostgreSQL / Redis / wrk\s+[\d.]+ / ([\d.]+) /"),
}


def adp_values(key):
    kind, pattern = ADP_PATTERNS[key]
    values = []
    for round_ in range(1, rounds + 1):
        text = (out / f"adp-{kind}-{round_}.txt").read_text(errors="replace")
        match = re.search(pattern, text)
        if match:
            values.append(float(match.group(1)))
    return values


peer_runs = [json.loads(line) for line in (out / "peer.jsonl").read_text().splitlines() if line.strip()]
PEER_FIELDS = {
    "list_rps": lambda r: r["list"]["rps"],
    "list_p99": lambda r: r["list"]["p99_ms"],
    "create_rps": lambda r: r["create"]["rps"],
    "create_p99": lambda r: r["create"]["p99_ms"],
    # µs of one core the peer's node process spent per create (its bench measures only the app)
    "create_server_us": lambda r: r["create"]["app_cpu_pct"] * 1e4 / r["create"]["rps"],
    "rss_after": lambda r: r["rss_after_mb"],
    "start_ms": lambda r: r["startup_ms"],
    "queue_jobs": lambda r: r["queue"]["burst"]["jobs_per_s"],
}


def median(values):
    return statistics.median(values) if values else None


def fmt(value, unit):
    if value is None:
        return "—"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.2f} {unit}" if value < 10 else f"{value:,.1f} {unit}"


def spread(values, unit):
    if len(values) < 2:
        return fmt(median(values), unit)
    return f"{fmt(median(values), unit)} ({min(values):,.4g}–{max(values):,.4g})"


# figure, key, unit, how the ratio reads (higher: ADP/peer; lower: peer/ADP), goal
ROWS = [
    ("projects list, 50 rows, 50 connections", "list_rps", "req/s", "higher", ">= 10x"),
    ("projects list p99", "list_p99", "ms", "lower", "< 15 ms"),
    ("project create, 50 connections", "create_rps", "req/s", "higher", ">= 4x"),
    ("project create p99", "create_p99", "ms", "lower", ""),
    ("create: machine CPU per request, all processes", "create_cpu_us", "µs", None, ""),
    ("create: the server's own CPU per request", "create_server_us", "µs", "size", ""),
    ("create: PostgreSQL's CPU per request", "create_postgres_us", "µs", None, ""),
    ("queue, no-op jobs, durable states", "queue_jobs", "jobs/s", "higher", ">= 4x"),
    ("pending -> picked, median", "picked_ms", "ms", None, "< 2 ms"),
    ("trigger -> first script, median", "trigger_ms", "ms", None, "< 30 ms"),
    ("log capture + masking + storage (64 MiB)", "log_mibs", "MiB/s", None, ">= 150 MB/s"),
    ("RSS after load", "rss_after", "MB", "size", "<= 1/3"),
    ("start to /healthz", "start_ms", "ms", "lower", ">= 10x faster"),
]

print()
print(f"| figure | ADP (PostgreSQL + Redis) | seed stack | ratio | goal |")
print("|---|---|---|---|---|")
for label, key, unit, reads, goal in ROWS:
    ours = adp_values(key)
    theirs = [PEER_FIELDS[key](run) for run in peer_runs] if key in PEER_FIELDS else []
    ratio = ""
    if reads and ours and theirs and median(ours) and median(theirs):
        a, b = median(ours), median(theirs)
        if reads == "higher":
            ratio = f"{a / b:.2f}x"
        elif reads == "lower":
            ratio = f"{b / a:.1f}x faster"
        else:
            ratio = f"{a / b:.2f}x"
    print(f"| {label} | {spread(ours, unit)} | {spread(theirs, unit) if theirs else '—'} | {ratio} | {goal} |")
print()
print("ADP's queue figure is adp-bench-pipelines' (5,000 jobs claimed and finished by the server's queue with"
      " PostgreSQL + Redis, as many workers as the peer's WORKER_CONCURRENCY); the peer's is its bench.sh burst"
      " (5,000 triggers over HTTP until all runs are 'success'). Medians of the rounds, range in brackets.")

cpu, peer_create = median(adp_values("create_cpu_us")), median([run["create"]["rps"] for run in peer_runs])
if cpu and peer_create:
    cores = len(os.sched_getaffinity(0))  # as nproc counts them; this runs where the bench ran
    print(f"Create: with every core busy, {cores} cores at {cpu:,.0f} µs per create allow {cores * 1e6 / cpu:,.0f}"
          f" creates/s (measured: {median(adp_values('create_rps')):,.0f}/s); 4x the peer's {peer_create:,.0f}/s"
          f" needs at most {cores * 1e6 / (4 * peer_create):,.0f} µs per create, all processes together.")
