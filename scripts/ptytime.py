#!/usr/bin/env python3
"""Times a terminal program in a pseudo-terminal.

Measures, over N runs: the time from exec to the first complete frame (the
moment READY text has been drawn) and, when --key is given, the time from
sending KEY to the moment AFTER text has been drawn. Prints one JSON line:
{"first_frame_ms": [...], "key_ms": [...], "median_first_frame_ms": x, "median_key_ms": y}

Only the Python standard library is used.
"""
import argparse
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time


def strip_ansi(b):
    """Text without escape sequences, so a marker split by colour codes still matches."""
    out = bytearray()
    i = 0
    while i < len(b):
        if b[i] == 0x1B:
            i += 1
            if i < len(b) and b[i] in b"()":
                i += 2
                continue
            if i < len(b) and b[i] == ord("["):
                i += 1
                while i < len(b) and not (0x40 <= b[i] <= 0x7E):
                    i += 1
            i += 1
            continue
        out.append(b[i])
        i += 1
    return bytes(out)


def run_once(cmd, env, cols, rows, ready, pre_keys, key, after, timeout):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(cmd[0], cmd, env)
    t0 = time.perf_counter()
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    deadline = t0 + timeout
    try:
        buf = b""
        while ready.encode() not in strip_ansi(buf):
            r, _, _ = select.select([fd], [], [], max(0, deadline - time.perf_counter()))
            if not r:
                raise TimeoutError(f"no first frame; output: {buf[-400:]!r}")
            buf += os.read(fd, 65536)
        first = (time.perf_counter() - t0) * 1000
        key_ms = None
        for k in pre_keys:
            os.write(fd, k.encode().decode("unicode_escape").encode())
            time.sleep(0.05)
            drain(fd)
        if key:
            time.sleep(0.05)
            drain(fd)
            t1 = time.perf_counter()
            os.write(fd, key.encode().decode("unicode_escape").encode())
            buf = b""
            while after.encode() not in strip_ansi(buf):
                r, _, _ = select.select([fd], [], [], max(0, deadline - time.perf_counter()))
                if not r:
                    raise TimeoutError(f"no frame after the key; output: {buf[-400:]!r}")
                buf += os.read(fd, 65536)
            key_ms = (time.perf_counter() - t1) * 1000
        return first, key_ms
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


def drain(fd):
    while select.select([fd], [], [], 0.01)[0]:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--cols", type=int, default=80)
    p.add_argument("--rows", type=int, default=24)
    p.add_argument("--ready", required=True, help="text on screen once the first frame is complete")
    p.add_argument("--pre", action="append", default=[], help="keys sent before the timed key (escapes allowed)")
    p.add_argument("--key", help="the timed key (escapes allowed, e.g. '\\r' or '\\x1b[B')")
    p.add_argument("--after", help="text on screen once the key's frame is drawn")
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    env = dict(os.environ, TERM=os.environ.get("TERM", "xterm-256color"))
    firsts, keys = [], []
    for _ in range(a.runs):
        f, k = run_once(cmd, env, a.cols, a.rows, a.ready, a.pre, a.key, a.after, a.timeout)
        firsts.append(round(f, 3))
        if k is not None:
            keys.append(round(k, 3))
    out = {"first_frame_ms": firsts, "median_first_frame_ms": statistics.median(firsts)}
    if keys:
        out["key_ms"] = keys
        out["median_key_ms"] = statistics.median(keys)
    print(json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
