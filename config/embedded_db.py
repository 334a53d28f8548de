"""An embedded PostgreSQL for development and tests (the pgserver package),
run like a service.

Used only when DATABASE_URL is unset. The test suite makes a throwaway
cluster in a temporary directory, removed at exit. `make run` keeps its
cluster under var/pgdata and owns it for as long as the development server
runs::

    python -m config.embedded_db start            # start it, or restart one that died
    python -m config.embedded_db serve -- CMD...  # start it, run CMD, stop it when CMD ends
    python -m config.embedded_db stop             # `make stop`
    python -m config.embedded_db status           # exit 0 running, 1 died, 3 stopped (LSB)
    python -m config.embedded_db url              # its connection URL, for psql
    python -m config.embedded_db psql [ARG...]    # `make psql`

(``--data-dir DIR`` before the action works on another cluster.)

``serve`` runs CMD with DATABASE_URL set to the cluster and watches it every
few seconds: a server that died (killed, out of memory: its postmaster.pid
is left behind) is started again, and the app recovers by itself (pages
answer 503 meanwhile); a server stopped on purpose (`make stop`: no pid file
left) stops CMD too. When CMD ends (Ctrl-C) the server is stopped. A
manage.py command run by hand starts the server on demand (``settings``)
and leaves it running: `make stop` stops it, and `make clean` refuses to
delete var/ while it runs.

What goes wrong is said in one line (``EmbeddedDatabaseError``): a var/ that
cannot be written, a server that will not start (with the last line of its
log), instead of pgserver's dump of the whole log. The decisions are pure
functions, tested without a server: ``diagnose`` (is the server running,
stopped, or dead with a stale pid file?) and ``unwritable_reason``.

This module imports only the standard library at load time (pgserver and
psutil when needed), so `make clean` can ask for the status without them.
"""

from __future__ import annotations

import argparse
import contextlib
import enum
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "var" / "pgdata"
#: How often ``serve`` checks that the server is still running.
WATCH_SECONDS = 2.0
# written by stop() in the data directory, removed by start(): a make run
# whose restart of a dead cluster failed stops trying once it is there
STOP_REQUESTED = "concord-stop-requested"

# Messages (one line each; tests import them).
UNWRITABLE = (
    "cannot write {directory} ({reason}), where the embedded PostgreSQL keeps its data: "
    "make it writable, or set DATABASE_URL to use another PostgreSQL"
)
NOT_STARTED = (
    "the embedded PostgreSQL in {directory} did not start; last line of its log {log}: {last}"
)
NOT_USABLE = "the embedded PostgreSQL in {directory} cannot be used: {cause}"
NOT_RUNNING = "the embedded PostgreSQL in {directory} is not running"
RUNNING = "the embedded PostgreSQL in {directory} is running (pid {pid}); psql: make psql"
STARTED = "the embedded PostgreSQL in {directory} started (pid {pid}); psql: make psql"
RESTARTED = "the embedded PostgreSQL in {directory} had died ({reason}); started again (pid {pid})"
STOPPED = "the embedded PostgreSQL in {directory} is stopped"
DIED = (
    "the embedded PostgreSQL in {directory} died ({reason}) and does not start again: "
    "{error}; trying again every few seconds"
)
STOPPED_ON_PURPOSE = "the embedded PostgreSQL in {directory} was stopped: stopping the server too"
DEAD_CLEARED = "the embedded PostgreSQL in {directory} had died ({reason}); stale pid file removed"
EXTERNAL_DATABASE = "DATABASE_URL is set: the embedded PostgreSQL is not used"


class EmbeddedDatabaseError(Exception):
    """The embedded server cannot be used; the message is one line that
    says why and what to do."""


# --- pure decisions ------------------------------------------------------------


class State(enum.Enum):
    RUNNING = "running"
    STOPPED = "stopped"  # no server, no pid file: never started, or stopped on purpose
    DEAD = "dead"  # a pid file left behind by a server that is gone


@dataclass(frozen=True)
class Diagnosis:
    state: State
    pid: int | None
    reason: str  # one line, for messages


@dataclass(frozen=True)
class PostmasterPid:
    """The lines of postmaster.pid that matter here: the postmaster's pid,
    its data directory, and (once written) its status ("ready")."""

    pid: int
    data_dir: str
    status: str


def read_postmaster_pid(text: str) -> PostmasterPid | None:
    """postmaster.pid read leniently; None when it names no process (a file
    cut short by a crash while the server was starting).

    >>> read_postmaster_pid("3712\\n/work/main/var/pgdata\\n1796444189\\n5432\\n").pid
    3712
    """
    lines = text.splitlines()
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    if pid <= 0:
        return None
    return PostmasterPid(
        pid=pid,
        data_dir=lines[1].strip() if len(lines) > 1 else "",
        status=lines[7].strip() if len(lines) > 7 else "",
    )


def is_postmaster_of(command: list[str], data_dir: Path) -> bool:
    """Whether a command line is a PostgreSQL server of ``data_dir``
    (pgserver starts it as ``.../bin/postgres -D DATA_DIR -h "" -k SOCKET_DIR``)."""
    return bool(command) and Path(command[0]).name == "postgres" and str(data_dir) in command


def diagnose(
    pid_file_text: str | None,
    *,
    data_dir: Path,
    command_of: Callable[[int], list[str] | None],
) -> Diagnosis:
    """Decide from postmaster.pid (its text, None when there is none) whether
    the server of ``data_dir`` runs, was stopped, or died.

    ``command_of(pid)`` gives the command line of a live process, None when
    no process has that pid (or only a zombie does), and an empty list when
    the process lives but its command line cannot be read: then it is taken
    to be the server, since a running server must never be taken for dead.
    """
    if pid_file_text is None:
        return Diagnosis(State.STOPPED, None, "no server running")
    postmaster = read_postmaster_pid(pid_file_text)
    if postmaster is None:
        return Diagnosis(State.DEAD, None, "its postmaster.pid names no process")
    command = command_of(postmaster.pid)
    if command is None:
        return Diagnosis(
            State.DEAD, postmaster.pid, f"postmaster pid {postmaster.pid} is gone"
        )
    if command and not is_postmaster_of(command, data_dir):
        return Diagnosis(
            State.DEAD,
            postmaster.pid,
            f"pid {postmaster.pid} is now another program: {Path(command[0]).name}",
        )
    return Diagnosis(State.RUNNING, postmaster.pid, f"pid {postmaster.pid}")


def clear_stale_socket_locks(
    directories: list[Path], data_dir: Path, *, command_of: Callable[[int], list[str] | None]
) -> list[Path]:
    """Remove the socket lock files (``.s.PGSQL.<port>.lock``) in
    ``directories`` (the data directory, and the socket directory a dead
    postmaster.pid names) whose process is not this cluster's live
    postmaster, and return them. A killed postmaster nobody has reaped yet
    is a zombie, and a pid may have been taken by another program since:
    postgres would see the pid alive and refuse to start ("lock file ...
    already exists"). A process whose command line cannot be read is taken
    for the postmaster, as ``diagnose`` does."""
    cleared = []
    for directory in dict.fromkeys(directories):
        for lock in directory.glob(".s.PGSQL.*.lock"):
            try:
                first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
                pid = int(first.strip())
            except (OSError, ValueError):
                continue
            command = command_of(pid) if pid > 0 else []
            if command is None or (command and not is_postmaster_of(command, data_dir)):
                lock.unlink(missing_ok=True)
                cleared.append(lock)
    return cleared


def _socket_directories(data_dir: Path) -> list[Path]:
    """Where the cluster's socket locks may be: its data directory, and the
    socket directory its postmaster.pid names (line 5: pgserver puts the
    socket elsewhere when the data directory's path is too long)."""
    directories = [data_dir]
    try:
        lines = (data_dir / "postmaster.pid").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return directories
    named = lines.splitlines()[4:5]
    if named and named[0].strip():
        directories.append(Path(named[0].strip()))
    return directories


def unwritable_reason(directory: Path) -> str | None:
    """Why ``directory`` cannot hold the cluster, as the one-line
    ``UNWRITABLE`` message naming the directory at fault, or None when it
    can. A probe file is written and removed in the directory, or when it
    does not exist yet in its nearest existing ancestor, where it is then
    made (as the server would)."""
    existing = directory
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return UNWRITABLE.format(directory=existing, reason="a file, not a directory")
    try:
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".concord-write-probe-"):
            pass
    except OSError as error:
        return UNWRITABLE.format(directory=existing, reason=error.strerror or error)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return UNWRITABLE.format(
            directory=error.filename or directory, reason=error.strerror or error
        )
    return None


def last_log_line(log: Path, *, limit: int = 300) -> str:
    """The last non-blank line of a server log (read from its end only:
    the log of a long-lived cluster runs to thousands of lines)."""
    try:
        with log.open("rb") as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - 8192))
            tail = stream.read().decode("utf-8", "replace")
    except OSError as error:
        return f"(cannot read it: {error.strerror})"
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    return lines[-1][:limit] if lines else "(empty)"


# --- the server ----------------------------------------------------------------


def _command_of(pid: int) -> list[str] | None:
    try:
        import psutil
    except ImportError:  # `make clean` without the virtualenv: alive is enough
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return []
        return []
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return None
        return process.cmdline()
    except psutil.NoSuchProcess:
        return None
    except psutil.AccessDenied:
        return []


def state_of(data_dir: Path) -> Diagnosis:
    """``diagnose`` on the cluster in ``data_dir``."""
    data_dir = data_dir.resolve()
    try:
        text = (data_dir / "postmaster.pid").read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        text = None
    except OSError as error:  # cannot tell: never take a running server for dead
        return Diagnosis(State.RUNNING, None, f"postmaster.pid unreadable: {error.strerror}")
    return diagnose(text, data_dir=data_dir, command_of=_command_of)


@contextlib.contextmanager
def _quiet_pgserver() -> Iterator[None]:
    """pgserver logs each command it runs, and on a failed start the whole
    server log; platformdirs warns about XDG_RUNTIME_DIR. Our messages say
    what matters in one line."""
    logger = logging.getLogger("pgserver")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _pgserver():
    with _quiet_pgserver():
        import pgserver
    return pgserver


def _postgres_program(name: str) -> str:
    """A program of the PostgreSQL that pgserver ships (pg_ctl, psql)."""
    with _quiet_pgserver():
        from pgserver._commands import POSTGRES_BIN_PATH
    return str(POSTGRES_BIN_PATH / name)


def _system_user() -> str | None:
    """The user pgserver runs the server as: 'pgserver' under root
    (PostgreSQL refuses to run as root), else the current user."""
    return "pgserver" if os.name == "posix" and os.geteuid() == 0 else None


@dataclass(frozen=True)
class Started:
    url: str
    pid: int | None
    message: str  # one line: running already, started, or started again after dying


def start(data_dir: Path = DEFAULT_DATA_DIR) -> Started:
    """Start the cluster in ``data_dir`` (made on first use) unless it runs;
    a server that died is cleared (its stale pid file) and started again.
    Raises EmbeddedDatabaseError with a one-line message."""
    data_dir = data_dir.resolve()
    reason = unwritable_reason(data_dir)
    if reason:
        raise EmbeddedDatabaseError(reason)
    before = state_of(data_dir)
    (data_dir / STOP_REQUESTED).unlink(missing_ok=True)
    if before.state is not State.RUNNING:
        _clear_leftovers(data_dir, before.state)
    pgserver = _pgserver()
    with _quiet_pgserver():
        # pgserver keeps one handle per directory and process; a handle to a
        # server that has died since would only hand back its stale URL
        pgserver.PostgresServer._instances.pop(data_dir, None)
        try:
            server = pgserver.get_server(data_dir, cleanup_mode=None)
        except subprocess.SubprocessError as error:  # pg_ctl failed: the log says why
            log = data_dir / "log"
            raise EmbeddedDatabaseError(
                NOT_STARTED.format(directory=data_dir, log=log, last=last_log_line(log))
            ) from error
        except (OSError, AssertionError) as error:
            cause = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise EmbeddedDatabaseError(
                NOT_USABLE.format(directory=data_dir, cause=cause)
            ) from error
        url = server.get_uri()
    after = state_of(data_dir)
    if before.state is State.RUNNING:
        message = RUNNING.format(directory=data_dir, pid=after.pid)
    elif before.state is State.DEAD:
        message = RESTARTED.format(directory=data_dir, reason=before.reason, pid=after.pid)
    else:
        message = STARTED.format(directory=data_dir, pid=after.pid)
    return Started(url=url, pid=after.pid, message=message)


def _clear_leftovers(data_dir: Path, state: State) -> None:
    """What a cluster that is not running left: the socket locks of a
    postmaster that is gone and, when it died, its pid file (postgres
    itself trusts a pid file naming a live process, a reused pid, and
    pgserver cannot read one cut short)."""
    clear_stale_socket_locks(_socket_directories(data_dir), data_dir, command_of=_command_of)
    if state is State.DEAD:
        (data_dir / "postmaster.pid").unlink(missing_ok=True)


def stop(data_dir: Path = DEFAULT_DATA_DIR) -> str:
    """Stop the cluster in ``data_dir`` (fast: open sessions are ended),
    or clear what a dead one left; a one-line account of what was done."""
    data_dir = data_dir.resolve()
    if data_dir.is_dir():  # a make run restarting a dead cluster stops trying
        (data_dir / STOP_REQUESTED).touch()
    diagnosis = state_of(data_dir)
    if diagnosis.state is State.STOPPED:
        return NOT_RUNNING.format(directory=data_dir)
    if diagnosis.state is State.DEAD:
        _clear_leftovers(data_dir, diagnosis.state)
        return DEAD_CLEARED.format(directory=data_dir, reason=diagnosis.reason)
    result = subprocess.run(
        [_postgres_program("pg_ctl"), "-D", str(data_dir), "-m", "fast", "-w", "-t", "60", "stop"],
        capture_output=True,
        text=True,
        user=_system_user(),
    )
    if result.returncode != 0 and state_of(data_dir).state is State.RUNNING:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise EmbeddedDatabaseError(
            f"pg_ctl could not stop {data_dir}: {detail[-1] if detail else result.returncode}"
        )
    return STOPPED.format(directory=data_dir)


def embedded_database_url(data_dir: Path | None = None) -> str:
    """Start (or reuse) an embedded cluster and return its psycopg URL.

    With no ``data_dir`` the cluster is throwaway: created in a temporary
    directory and deleted when the process exits. Raises
    EmbeddedDatabaseError (one line) when the cluster cannot be used.
    """
    if data_dir is None:
        pgserver = _pgserver()
        data_dir = Path(tempfile.mkdtemp(prefix="concord-test-pg-"))
        return pgserver.get_server(data_dir, cleanup_mode="delete").get_uri()
    return start(data_dir).url


# --- serve: the server for as long as a command runs ---------------------------


def _say(message: str) -> None:
    print(f"concord: {message}", file=sys.stderr, flush=True)


def _end_process_tree(process: subprocess.Popen, *, grace: float = 10.0) -> None:
    """Interrupt ``process`` and its children (runserver's autoreloader runs
    the server in a child), as Ctrl-C would; then terminate, then kill."""
    import psutil

    try:
        tree = [psutil.Process(process.pid)]
        tree += tree[0].children(recursive=True)
    except psutil.NoSuchProcess:
        return
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        for member in tree:
            with contextlib.suppress(psutil.NoSuchProcess):
                member.send_signal(sig)
        _, alive = psutil.wait_procs(tree, timeout=grace)
        if not alive:
            return
        tree = alive


def serve(command: list[str], data_dir: Path = DEFAULT_DATA_DIR) -> int:
    """Run ``command`` with the cluster in ``data_dir`` up for as long as it
    runs (see the module docstring); return the command's exit code."""
    if os.environ.get("DATABASE_URL"):
        os.execvp(command[0], command)
    data_dir = data_dir.resolve()
    started = start(data_dir)
    _say(started.message)
    child = subprocess.Popen(command, env={**os.environ, "DATABASE_URL": started.url})
    interrupted: list[float] = []

    def on_interrupt(signum, frame):
        # Ctrl-C reaches the command too (same process group): give it time
        interrupted.append(time.monotonic())

    def on_terminate(signum, frame):
        _end_process_tree(child)

    signal.signal(signal.SIGINT, on_interrupt)
    signal.signal(signal.SIGTERM, on_terminate)
    signal.signal(signal.SIGHUP, on_terminate)
    restarting = False
    try:
        while True:
            try:
                return child.wait(timeout=WATCH_SECONDS)
            except subprocess.TimeoutExpired:
                pass
            if interrupted and time.monotonic() - interrupted[0] > 5:
                _end_process_tree(child)
                continue
            diagnosis = state_of(data_dir)
            stop_requested = (data_dir / STOP_REQUESTED).exists()
            if diagnosis.state is State.STOPPED and (stop_requested or not restarting):
                _say(STOPPED_ON_PURPOSE.format(directory=data_dir))
                _end_process_tree(child)
            elif diagnosis.state is not State.RUNNING and not stop_requested:
                # dead, or no pid file left by our own failed restart: try again
                try:
                    _say(start(data_dir).message)  # "had died (...); started again"
                    restarting = False
                except EmbeddedDatabaseError as error:
                    if not restarting:  # said once, tried again at every check
                        _say(DIED.format(directory=data_dir, reason=diagnosis.reason, error=error))
                    restarting = True
    finally:
        if child.poll() is None:
            _end_process_tree(child)
        if state_of(data_dir).state is not State.STOPPED:
            _say(stop(data_dir))


# --- command line --------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m config.embedded_db",
        description="The embedded PostgreSQL of `make run` (var/pgdata).",
    )
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("action", choices=["start", "stop", "status", "url", "psql", "serve"])
    parser.add_argument("args", nargs=argparse.REMAINDER, help="serve: -- COMMAND...; psql: ARG...")
    options = parser.parse_args(argv)
    data_dir = options.data_dir.resolve()
    args = options.args[1:] if options.args[:1] == ["--"] else options.args
    try:
        if options.action == "status":
            diagnosis = state_of(data_dir)
            print(f"{diagnosis.state.value}: {data_dir} ({diagnosis.reason})")
            return {State.RUNNING: 0, State.DEAD: 1, State.STOPPED: 3}[diagnosis.state]
        if options.action == "stop":
            _say(stop(data_dir))
            return 0
        if options.action == "serve":
            if not args:
                parser.error("serve needs a command: serve -- COMMAND...")
            return serve(args, data_dir)
        if os.environ.get("DATABASE_URL") and options.action == "start":
            _say(EXTERNAL_DATABASE)
            return 0
        if options.action == "url":
            if state_of(data_dir).state is not State.RUNNING:
                _say(NOT_RUNNING.format(directory=data_dir) + ": make run, or start it")
                return 3
        started = start(data_dir)
        if options.action == "start":
            _say(started.message)
        elif options.action == "url":
            print(started.url)
        elif options.action == "psql":
            psql = _postgres_program("psql")
            os.execv(psql, [psql, started.url, *args])
        return 0
    except EmbeddedDatabaseError as error:
        _say(str(error))
        return 2


if __name__ == "__main__":
    sys.exit(main())
