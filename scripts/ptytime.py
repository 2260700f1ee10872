#!/usr/bin/python3
"""Times a terminal program in a pseudo-terminal.

Measures, over N runs: the time from exec to the first complete frame (the
moment READY text is on the screen) and, when --key is given, the time from
sending KEY to the moment AFTER text is on the screen. The output is fed to
a terminal emulator (pyte, Debian's python3-pyte), so a program that redraws
only the cells that changed is judged by what the screen shows. Prints one
JSON line:
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

import pyte


def run_once(cmd, env, cols, rows, ready, pre_keys, key, after, timeout):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(cmd[0], cmd, env)
    t0 = time.perf_counter()
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    deadline = t0 + timeout
    try:
        screen = pyte.Screen(cols, rows)
        stream = pyte.ByteStream(screen)
        first = (wait_for(fd, stream, screen, ready, deadline) - t0) * 1000
        key_ms = None
        for k in pre_keys:
            os.write(fd, k.encode().decode("unicode_escape").encode())
            time.sleep(0.05)
            drain(fd, stream)
        if key:
            time.sleep(0.05)
            drain(fd, stream)
            restyle = after.startswith("restyle:")
            if restyle:
                target = after[len("restyle:"):]
                where = find(screen, target)
                before = style(screen, where)
            elif after in "\n".join(screen.display):
                raise ValueError(f"{after!r} is on screen before the key is sent")
            t1 = time.perf_counter()
            os.write(fd, key.encode().decode("unicode_escape").encode())
            if restyle:
                seen = wait_restyled(fd, stream, screen, where, before, deadline)
            else:
                seen = wait_for(fd, stream, screen, after, deadline)
            key_ms = (seen - t1) * 1000
        return first, key_ms
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


def drain(fd, stream):
    """Feeds whatever output is waiting to the emulator."""
    while select.select([fd], [], [], 0.01)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return
        if not chunk:
            return
        stream.feed(chunk)


def find(screen, text):
    """(row, column) of `text` on the screen."""
    for y, line in enumerate(screen.display):
        x = line.find(text)
        if x >= 0:
            return y, x
    raise ValueError(f"{text!r} is not on the screen:\n" + "\n".join(screen.display))


def style(screen, where):
    c = screen.buffer[where[0]][where[1]]
    return (c.fg, c.bg, c.reverse, c.bold)


def wait_restyled(fd, stream, screen, where, before, deadline):
    """Reads output until the cell at `where` is drawn in another style (a highlight moved)."""
    seen = time.perf_counter()
    while style(screen, where) == before:
        r, _, _ = select.select([fd], [], [], max(0, deadline - time.perf_counter()))
        if not r:
            raise TimeoutError("the highlight never moved")
        chunk = os.read(fd, 65536)
        seen = time.perf_counter()
        stream.feed(chunk)
    return seen


def wait_for(fd, stream, screen, text, deadline):
    """Reads output into the emulator until `text` is on the screen; returns
    when the chunk that put it there was read (the emulator's own time is
    not counted)."""
    seen = time.perf_counter()
    while text not in "\n".join(screen.display):
        r, _, _ = select.select([fd], [], [], max(0, deadline - time.perf_counter()))
        if not r:
            raise TimeoutError(f"{text!r} never appeared; screen:\n" + "\n".join(screen.display))
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            raise TimeoutError(f"the program ended before {text!r}; screen:\n" + "\n".join(screen.display))
        seen = time.perf_counter()
        # Take everything already written before spending time in the emulator.
        while select.select([fd], [], [], 0)[0]:
            try:
                more = os.read(fd, 65536)
            except OSError:
                break
            if not more:
                break
            chunk += more
            seen = time.perf_counter()
        stream.feed(chunk)
    return seen


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--cols", type=int, default=80)
    p.add_argument("--rows", type=int, default=24)
    p.add_argument("--ready", required=True, help="text on screen once the first frame is complete")
    p.add_argument("--pre", action="append", default=[], help="keys sent before the timed key (escapes allowed)")
    p.add_argument("--key", help="the timed key (escapes allowed, e.g. '\\r' or '\\x1b[B')")
    p.add_argument("--after", help="text on screen once the key's frame is drawn; "
                   "'restyle:TEXT' waits until TEXT is drawn in another style (a highlight moved)")
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
