#!/usr/bin/env python3
"""Speed and memory of Mailflow against swaks and postfix's smtp-source, all against smtp-sink on
loopback, measured in one run, alternating between the tools, medians of several rounds.
Prints a markdown table: each figure, its ratio to the reference measured in the same run, the
target and whether it is met. Run through tests/bench/bench.sh (see the README)."""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

FROM = "a@test.example"
TO = "u@example.test"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


class Sink:
    """postfix smtp-sink on a free loopback port; extra switches as in smtp-sink(1)."""

    def __init__(self, extra=()):
        self.port = free_port()
        user = ["-u", "nobody"] if os.geteuid() == 0 else []
        self.proc = subprocess.Popen(["/usr/sbin/smtp-sink", *user, *extra, f"127.0.0.1:{self.port}", "256"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)

    def stop(self):
        self.proc.kill()
        self.proc.wait()


def run(cmd, env=None, stdin=None):
    """Runs cmd; returns (seconds, peak RSS in MB of that child, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=stdin)
    out, err = b"", b""
    # wait4 gives this child's own peak memory (getrusage of all children would give the largest ever).
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {proc.returncode}:\n{err.decode(errors='replace')}")
    return seconds, usage.ru_maxrss / 1024.0, out.decode(errors="replace")


def keyed(text):
    """'name value' lines as a dict of floats."""
    values = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                values[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return values


def make_body(path, size_mb):
    line = (("The quick brown fox jumps over the lazy dog 0123456789 " * 2)[:76] + "\n").encode()
    target = int(size_mb * 1024 * 1024)
    block = line * 4096
    with open(path, "wb") as f:
        written = 0
        while written + len(block) <= target:
            f.write(block)
            written += len(block)
        f.write(line * ((target - written) // len(line)))


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build)
        self.cli = os.path.join(self.build, "app", "mailflow-cli")
        self.gui = os.path.join(self.build, "app", "mailflow")
        self.benchdir = os.path.join(self.build, "tests", "bench")
        self.work = tempfile.mkdtemp(prefix="mailflow-bench-")
        self.env = dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen",
                        XDG_DATA_HOME=os.path.join(self.work, "data"),
                        XDG_CONFIG_HOME=os.path.join(self.work, "config"))
        self.samples = {}
        self.rows = []

    def add(self, key, value):
        self.samples.setdefault(key, []).append(value)

    def median(self, key):
        values = self.samples.get(key)
        return statistics.median(values) if values else None

    # ---- the measurements ----------------------------------------------------------------------
    def session_commands(self, port):
        # --no-checks: the DNS checks would ask the system resolver, and only loopback may be reached.
        server = f"127.0.0.1:{port}"
        cli = [self.cli, "--no-checks", "--server", server, "--from", FROM, "--to", TO, "--body", "hi"]
        return {
            "cli_history": cli,
            "cli_nohistory": cli[:1] + ["--no-history"] + cli[1:],
            "swaks": ["swaks", "--server", server, "--from", FROM, "--to", TO, "--body", "hi", "--silent", "2"],
            "smtp_source": ["/usr/sbin/smtp-source", "-f", FROM, "-t", TO, server],
            "cli_version": [self.cli, "--version"],
        }

    def sessions_round(self, port):
        n = self.args.sessions
        for key, cmd in self.session_commands(port).items():
            total = 0.0
            for _ in range(n):
                seconds, _, _ = run(cmd, self.env)
                total += seconds
            self.add(f"session_{key}", total / n * 1000.0)

    def messages_round(self, port):
        server = f"127.0.0.1:{port}"
        for size in self.args.sizes:
            body = os.path.join(self.work, f"body-{size}.txt")
            cli = [self.cli, "--no-history", "--no-checks", "--server", server, "--from", FROM, "--to", TO, "--body", "@" + body]
            source = ["/usr/sbin/smtp-source", "-l", str(int(size * 1024 * 1024)), "-f", FROM, "-t", TO, server]
            for key, cmd in (("cli", cli), ("smtp_source", source)):
                seconds, rss, _ = run(cmd, self.env)
                self.add(f"message_{size}_{key}_s", seconds)
                self.add(f"message_{size}_{key}_mb", rss)

    def window_round(self):
        env = dict(self.env, MAILFLOW_BENCH_SHOWN="1", MAILFLOW_BENCH_START_NS=str(time.time_ns()))
        _, _, out = run([self.gui], env)
        values = keyed(out)
        self.add("window_shown_ms", values["window_shown_ms"])
        self.add("window_idle_mb", values["window_idle_rss_kb"] / 1024.0)

    def transcript_round(self, port):
        tool = os.path.join(self.benchdir, "bench_transcript")
        _, _, out = run([tool, "lines", str(self.args.lines)], self.env)
        values = keyed(out)
        self.add("transcript_lines_stall_ms", values["transcript_lines_stall_ms"])
        self.add("transcript_lines_mb", values["transcript_lines_rss_kb"] / 1024.0)
        body = os.path.join(self.work, f"body-{self.args.session_size}.txt")
        _, _, out = run([tool, "session", "127.0.0.1", str(port), body], self.env)
        values = keyed(out)
        self.add("transcript_session_stall_ms", values["transcript_session_stall_ms"])

    def history_round(self):
        tool = os.path.join(self.benchdir, "bench_history")
        if not os.access(tool, os.X_OK):
            return
        _, _, out = run([tool], self.env)
        values = keyed(out)
        for key in ("history_list_ms", "history_search_ms"):
            if key in values:
                self.add(key, values[key])

    def micro(self):
        tool = os.path.join(self.benchdir, "bench_micro")
        minimum = "0.05" if self.args.smoke else "0.5"
        _, _, out = run([tool, "--benchmark_format=json", f"--benchmark_min_time={minimum}",
                         f"--benchmark_repetitions={1 if self.args.smoke else 5}"], self.env)
        results = json.loads(out)["benchmarks"]
        for name in ("replyParsing", "bodyPreparation"):
            rates = [b["bytes_per_second"] for b in results
                     if b.get("run_name", b["name"]) == name and b.get("run_type", "iteration") == "iteration"]
            self.add(f"micro_{name}", statistics.median(rates) / 1e6)

    def profiles_setup(self, fast, slow):
        """Writes args.profiles profiles into a folder: one in 50 against a server that waits a second."""
        folder = os.path.join(self.work, "profiles")
        os.makedirs(folder, exist_ok=True)
        run([self.cli, "--no-history", "--no-checks", "--save-profile", "template", "--server", f"127.0.0.1:{fast.port}",
             "--from", FROM, "--to", TO, "--body", "hi"], self.env)
        template_path = os.path.join(self.env["XDG_DATA_HOME"], "Mailflow", "mailflow", "profiles", "template.json")
        with open(template_path) as f:
            template = f.read()
        for i in range(self.args.profiles):
            port = slow.port if i % 50 == 0 else fast.port
            text = template.replace(f":{fast.port}", f":{port}").replace(str(fast.port), str(port))
            data = json.loads(text)
            data["name"] = f"p{i:03d}"
            with open(os.path.join(folder, f"p{i:03d}.json"), "w") as f:
                json.dump(data, f)
        slowest = os.path.join(self.work, "slowest")
        os.makedirs(slowest, exist_ok=True)
        shutil.copy(os.path.join(folder, "p000.json"), slowest)
        return folder, slowest

    def profiles_round(self, folder, slowest):
        seconds, _, _ = run([self.cli, "--no-history", "--no-checks", "--profile", slowest], self.env)
        self.add("profiles_slowest_s", seconds)
        seconds, _, _ = run([self.cli, "--no-history", "--no-checks", "--profile", folder, "--jobs", "4"], self.env)
        self.add("profiles_all_s", seconds)

    # ---- the table -------------------------------------------------------------------------------
    def row(self, work, figure, unit, reference=None, reference_label="", target=None, met=None):
        value = self.median(figure)
        if value is None:
            self.rows.append((work, "n/a", "", target or "–", "–"))
            return
        text = f"{value:.1f} {unit}" if value >= 10 or unit in ("MB", "MB/s") else f"{value:.2f} {unit}"
        ratio = ""
        if reference is not None:
            ref = self.median(reference)
            if ref:
                ratio = f"{value / ref:.2f}× {reference_label}"
        verdict = "–"
        if met is not None:
            verdict = "met" if met(value, self) else "**missed**"
        self.rows.append((work, text, ratio, target or "–", verdict))

    def ratio(self, a, b):
        x, y = self.median(a), self.median(b)
        return x / y if x is not None and y else None

    def table(self):
        sizes = self.args.sizes
        r = self.row
        r("one whole session, history on", "session_cli_history", "ms", "session_swaks", "swaks",
          "≤ 0.3× swaks", lambda v, b: b.ratio("session_cli_history", "session_swaks") <= 0.3)
        r("  the same against smtp-source", "session_cli_history", "ms", "session_smtp_source", "smtp-source",
          "≤ 3× smtp-source", lambda v, b: b.ratio("session_cli_history", "session_smtp_source") <= 3)
        r("one whole session, --no-history", "session_cli_nohistory", "ms", "session_swaks", "swaks")
        r("swaks, one session (reference)", "session_swaks", "ms")
        r("smtp-source, one session (reference)", "session_smtp_source", "ms")
        r("mailflow-cli --version (process start)", "session_cli_version", "ms")
        for size in sizes:
            label = f"{size:g} MB message"
            met = (lambda v, b, s=size: b.ratio(f"message_{s}_cli_s", f"message_{s}_smtp_source_s") <= 1.5) \
                if size == 35 else None
            r(f"{label}, wall time", f"message_{size}_cli_s", "s", f"message_{size}_smtp_source_s", "smtp-source",
              "≤ 1.5× smtp-source" if size == 35 else None, met)
            r(f"{label}, peak memory", f"message_{size}_cli_mb", "MB", f"message_{size}_smtp_source_mb",
              "smtp-source", "< 64 MB, flat", lambda v, b: v < 64)
        r("window: process start to shown", "window_shown_ms", "ms", target="≤ 150 ms", met=lambda v, b: v <= 150)
        r("window: idle memory", "window_idle_mb", "MB")
        r(f"transcript: {self.args.lines} lines, longest stall", "transcript_lines_stall_ms", "ms",
          target="≤ 50 ms", met=lambda v, b: v <= 50)
        r(f"transcript: {self.args.lines} lines, memory", "transcript_lines_mb", "MB", target="< 100 MB",
          met=lambda v, b: v < 100)
        r(f"transcript: a {self.args.session_size:g} MB session, longest stall", "transcript_session_stall_ms",
          "ms", target="≤ 50 ms", met=lambda v, b: v <= 50)
        r("history: list 10,000 runs", "history_list_ms", "ms", target="< 200 ms", met=lambda v, b: v < 200)
        r("history: search 10,000 runs", "history_search_ms", "ms", target="< 200 ms", met=lambda v, b: v < 200)
        r("reply parsing", "micro_replyParsing", "MB/s", target="≥ 200 MB/s", met=lambda v, b: v >= 200)
        r("body preparation (CRLF, dot-stuffing)", "micro_bodyPreparation", "MB/s", target="≥ 500 MB/s",
          met=lambda v, b: v >= 500)
        r(f"{self.args.profiles} profiles, --jobs 4", "profiles_all_s", "s", "profiles_slowest_s", "the slowest",
          "≤ 3× the slowest", lambda v, b: b.ratio("profiles_all_s", "profiles_slowest_s") <= 3)
        r("  the slowest profile alone (a server that waits 1 s)", "profiles_slowest_s", "s")

        print("| work | figure | ratio | target | |")
        print("|---|---|---|---|---|")
        for row in self.rows:
            print("| " + " | ".join(row) + " |")
        print()
        print(f"_{time.strftime('%Y-%m-%d', time.gmtime())}, {self.args.rounds} round(s), medians; "
              f"{self.args.sessions} sessions per round and tool; smtp-sink on loopback; "
              f"build {os.path.basename(self.build)}._")
        missed = sum(1 for row in self.rows if row[4] == "**missed**")
        return missed

    def main(self):
        sink = Sink()
        slow = Sink(["-w", "1"])
        try:
            for size in set(self.args.sizes) | {self.args.session_size}:
                make_body(os.path.join(self.work, f"body-{size}.txt"), size)
            folder, slowest = self.profiles_setup(sink, slow)
            for i in range(self.args.rounds):
                print(f"round {i + 1} of {self.args.rounds}…", file=sys.stderr)
                self.sessions_round(sink.port)
                self.messages_round(sink.port)
                self.window_round()
                self.transcript_round(sink.port)
                self.history_round()
                self.profiles_round(folder, slowest)
            self.micro()
        finally:
            sink.stop()
            slow.stop()
            shutil.rmtree(self.work, ignore_errors=True)
        return self.table()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("build", help="the build folder (a RelWithDebInfo build for figures worth quoting)")
    parser.add_argument("--smoke", action="store_true", help="one short round of every row (CI)")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if args.smoke:
        args.rounds = args.rounds or 1
        args.sessions, args.sizes, args.session_size, args.lines, args.profiles = 2, [3.5], 3.5, 10000, 20
    else:
        args.rounds = args.rounds or 7
        args.sessions, args.sizes, args.session_size, args.lines, args.profiles = 10, [3.5, 35, 350], 35, 100000, 200
    missed = Bench(args).main()
    sys.exit(1 if args.check and missed else 0)


if __name__ == "__main__":
    main()
