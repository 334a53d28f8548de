"""The embedded PostgreSQL of `make run`, managed like a service
(config/embedded_db.py).

The decisions are pure and tested without a server: whether the server
runs, was stopped, or died leaving a stale pid file (``diagnose``); the one
line said when var/ cannot be written (``unwritable_reason``); the last line
of a long log. One test runs a real throwaway cluster through ``serve``:
killed, it is started again; when the command ends, it is stopped.
"""

from __future__ import annotations

import os
import pickle
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from config import embedded_db
from config.embedded_db import (
    UNWRITABLE,
    Diagnosis,
    EmbeddedDatabaseError,
    State,
    clear_stale_socket_locks,
    diagnose,
    is_postmaster_of,
    last_log_line,
    read_postmaster_pid,
    unwritable_reason,
)

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path("/srv/concord/var/pgdata")
POSTMASTER = [
    "/srv/concord/.venv/lib/python3.11/site-packages/pgserver/pginstall/bin/postgres",
    "-D", str(DATA_DIR), "-h", "", "-k", str(DATA_DIR),
]
# postmaster.pid as PostgreSQL 16 writes it (pgserver's cluster under var/)
PID_FILE = f"""3712
{DATA_DIR}
1796444189
5432
{DATA_DIR}

  5382681         9
ready   
"""  # noqa: W291 (PostgreSQL pads the status line)


def commands(table: dict[int, list[str] | None]):
    """A fake ``command_of``: pid -> command line, None for no such process."""
    return lambda pid: table.get(pid)


# --- postmaster.pid ----------------------------------------------------------


def test_postmaster_pid_is_read():
    postmaster = read_postmaster_pid(PID_FILE)
    assert (postmaster.pid, postmaster.data_dir, postmaster.status) == (
        3712, str(DATA_DIR), "ready",
    )


def test_a_pid_file_cut_short_while_starting_still_names_its_process():
    assert read_postmaster_pid(f"3712\n{DATA_DIR}\n").pid == 3712
    assert read_postmaster_pid("3712\n").status == ""


@pytest.mark.parametrize("text", ["", "\n", "not a pid\n", "-1\n", "0\n", "\x00\x00"])
def test_a_pid_file_naming_no_process_reads_as_none(text):
    assert read_postmaster_pid(text) is None


# --- running, stopped or dead ------------------------------------------------------


def test_no_pid_file_is_a_stopped_server():
    assert diagnose(None, data_dir=DATA_DIR, command_of=commands({})).state is State.STOPPED


def test_a_live_postmaster_of_this_directory_is_running():
    diagnosis = diagnose(PID_FILE, data_dir=DATA_DIR, command_of=commands({3712: POSTMASTER}))
    assert diagnosis == Diagnosis(State.RUNNING, 3712, "pid 3712")


def test_a_pid_file_whose_process_is_gone_is_a_dead_server():
    """Killed (-9), out of memory, a reboot: postmaster.pid stays behind."""
    diagnosis = diagnose(PID_FILE, data_dir=DATA_DIR, command_of=commands({}))
    assert diagnosis == Diagnosis(State.DEAD, 3712, "postmaster pid 3712 is gone")


def test_a_pid_reused_by_another_program_is_a_dead_server():
    """After a reboot the old pid may belong to anything: PostgreSQL and
    pgserver would both take it for a running server."""
    diagnosis = diagnose(
        PID_FILE, data_dir=DATA_DIR, command_of=commands({3712: ["/usr/bin/sleep", "300"]})
    )
    assert diagnosis == Diagnosis(State.DEAD, 3712, "pid 3712 is now another program: sleep")


def test_a_pid_reused_by_the_postmaster_of_another_cluster_is_a_dead_server():
    other = [POSTMASTER[0], "-D", "/tmp/concord-test-pg-x", "-h", "", "-k", "/tmp/x"]
    diagnosis = diagnose(PID_FILE, data_dir=DATA_DIR, command_of=commands({3712: other}))
    assert diagnosis.state is State.DEAD


def test_a_pid_file_cut_short_by_a_crash_is_a_dead_server():
    diagnosis = diagnose("", data_dir=DATA_DIR, command_of=commands({}))
    assert diagnosis == Diagnosis(State.DEAD, None, "its postmaster.pid names no process")


def test_a_live_process_whose_command_cannot_be_read_is_taken_for_the_server():
    """Never take a running server for dead: its pid file would be removed
    under it."""
    diagnosis = diagnose(PID_FILE, data_dir=DATA_DIR, command_of=commands({3712: []}))
    assert diagnosis.state is State.RUNNING


def test_socket_locks_of_a_gone_zombie_or_other_process_are_cleared(tmp_path):
    """A killed postmaster not yet reaped is a zombie, and a pid may be
    another program's since: postgres would take the socket lock for a
    live server's and refuse to start again. The lock of this cluster's
    live postmaster, or of a process that cannot be read, stays."""
    sockets = tmp_path / "sockets"
    sockets.mkdir()
    locks = {}
    for port, pid in ((5432, 3712), (5433, 3713), (5434, 3714), (5435, 3715)):
        locks[pid] = (sockets if pid == 3715 else tmp_path) / f".s.PGSQL.{port}.lock"
        locks[pid].write_text(f"{pid}\n{DATA_DIR}\n1796444189\n")
    unreadable = tmp_path / ".s.PGSQL.5436.lock"
    unreadable.write_text("not a pid\n")
    cleared = clear_stale_socket_locks(
        [tmp_path, sockets, tmp_path], DATA_DIR,
        command_of=commands({3712: None, 3713: POSTMASTER, 3714: [], 3715: ["/usr/bin/vim"]}))
    assert sorted(cleared) == sorted([locks[3712], locks[3715]])
    assert locks[3713].exists() and locks[3714].exists() and unreadable.exists()


def test_make_run_keeps_restarting_a_dead_cluster_until_stopped(tmp_path, monkeypatch):
    """A restart that fails leaves no pid file: the watch tries again
    rather than take that for a stop, until ``stop`` says it was meant."""
    states = iter([State.DEAD, State.STOPPED, State.STOPPED, State.STOPPED])
    attempts = []

    def start(data_dir):
        attempts.append(data_dir)
        if len(attempts) == 1:
            return embedded_db.Started(url="postgresql://x", pid=1, message="started")
        if len(attempts) == 3:  # the user runs make stop while it retries
            (data_dir / embedded_db.STOP_REQUESTED).touch()
        raise EmbeddedDatabaseError("did not start")

    def state_of(data_dir):
        state = next(states, State.STOPPED)
        return Diagnosis(state, None, "gone")

    monkeypatch.delenv("DATABASE_URL", raising=False)  # else serve just runs the command
    monkeypatch.setattr(embedded_db.signal, "signal", lambda *args: None)  # pytest's own stay
    monkeypatch.setattr(embedded_db, "start", start)
    monkeypatch.setattr(embedded_db, "state_of", state_of)
    monkeypatch.setattr(embedded_db, "WATCH_SECONDS", 0.05)
    monkeypatch.setattr(embedded_db, "_say", lambda message: None)
    embedded_db.serve([sys.executable, "-c", "import time; time.sleep(30)"], tmp_path)
    # started; restarted after the death; again with no pid file, when the
    # stop was asked: then no more (a watch that ignored it would go on
    # trying every 0.05 s for the command's 30 s; one that took the missing
    # pid file for a stop would have stopped at 2)
    assert len(attempts) == 3


def test_a_zombie_reads_as_gone():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        import psutil

        for _ in range(200):  # until it has exited, unreaped
            if psutil.Process(child.pid).status() == psutil.STATUS_ZOMBIE:
                break
            import time

            time.sleep(0.01)
        assert embedded_db._command_of(child.pid) is None
    finally:
        child.wait()


def test_postmaster_command_lines():
    assert is_postmaster_of(POSTMASTER, DATA_DIR)
    assert not is_postmaster_of(POSTMASTER, Path("/elsewhere/pgdata"))
    assert not is_postmaster_of(["postgres: checkpointer"], DATA_DIR)
    assert not is_postmaster_of([], DATA_DIR)


# --- a var/ that cannot be written: one line -------------------------------------


def unprivileged(function, *args):
    """``function(*args)`` as an ordinary user: run in a forked child that
    drops root's privileges (root writes through any permission bits)."""
    if os.geteuid() != 0:
        return function(*args)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            try:
                nobody = pwd.getpwnam("nobody")
                uid, gid = nobody.pw_uid, nobody.pw_gid
            except KeyError:  # a container without the user: its usual ids
                uid = gid = 65534
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(function(*args), out)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as result:
        data = result.read()
    os.waitpid(pid, 0)
    assert data, "the unprivileged child failed"
    return pickle.loads(data)


@pytest.fixture
def read_only_var():
    """A temporary var/ with no write permission, inside a directory an
    unprivileged user can reach."""
    base = Path(tempfile.mkdtemp(prefix="concord-ro-"))
    base.chmod(0o755)
    var = base / "var"
    var.mkdir(mode=0o555)
    var.chmod(0o555)
    yield var
    var.chmod(0o755)
    shutil.rmtree(base)


def test_a_read_only_var_is_one_line_naming_it_and_the_way_out(read_only_var):
    message = unprivileged(unwritable_reason, read_only_var / "pgdata")
    assert message == UNWRITABLE.format(directory=read_only_var, reason="Permission denied")
    assert "\n" not in message and "DATABASE_URL" in message
    assert not (read_only_var / "pgdata").exists()


def test_a_read_only_data_directory_is_named(read_only_var):
    message = unprivileged(unwritable_reason, read_only_var)
    assert message == UNWRITABLE.format(directory=read_only_var, reason="Permission denied")


def test_a_file_where_var_should_be_is_named(tmp_path):
    (tmp_path / "var").write_text("not a directory")
    assert unwritable_reason(tmp_path / "var" / "pgdata") == UNWRITABLE.format(
        directory=tmp_path / "var", reason="a file, not a directory"
    )


def test_a_writable_directory_is_made_and_left_clean(tmp_path):
    data_dir = tmp_path / "var" / "pgdata"
    assert unwritable_reason(data_dir) is None
    assert data_dir.is_dir() and list(tmp_path.rglob("*probe*")) == []
    assert unwritable_reason(data_dir) is None


def test_start_refuses_an_unwritable_var_before_pgserver_runs(tmp_path, monkeypatch):
    (tmp_path / "var").write_text("")
    monkeypatch.setattr(embedded_db, "_pgserver", lambda: pytest.fail("pgserver was run"))
    with pytest.raises(EmbeddedDatabaseError) as raised:
        embedded_db.start(tmp_path / "var" / "pgdata")
    assert "\n" not in str(raised.value) and str(tmp_path / "var") in str(raised.value)


def test_settings_exit_with_the_one_line(tmp_path, monkeypatch):
    """Any manage.py command (and `make run`) stops with the one line, not a
    traceback nor the server's log."""
    from config import settings

    (tmp_path / "var").write_text("")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(settings, "BASE_DIR", tmp_path)
    with pytest.raises(SystemExit) as raised:
        settings.database_config()
    assert str(raised.value) == "concord: " + UNWRITABLE.format(
        directory=tmp_path / "var", reason="a file, not a directory"
    )


def test_only_the_last_line_of_a_long_log_is_shown(tmp_path):
    log = tmp_path / "log"
    log.write_text("".join(f"2026-01-01 LOG:  line {n}\n" for n in range(4000))
                   + "2026-01-01 FATAL:  could not create lock file\n\n")
    assert last_log_line(log) == "2026-01-01 FATAL:  could not create lock file"
    log.write_text("")
    assert last_log_line(log) == "(empty)"
    assert last_log_line(tmp_path / "missing").startswith("(cannot read it")


# --- a real cluster through serve --------------------------------------------------

KILL_AND_WAIT = """
import os, signal, sys, time
pid_file = os.path.join(sys.argv[1], "postmaster.pid")
first = int(open(pid_file).read().split()[0])
os.kill(first, signal.SIGKILL)
deadline = time.monotonic() + 90
while time.monotonic() < deadline:
    try:
        lines = open(pid_file).read().splitlines()
        if int(lines[0]) != first and len(lines) > 7 and lines[7].strip() == "ready":
            sys.exit(0)
    except (OSError, ValueError, IndexError):
        pass
    time.sleep(0.5)
sys.exit(1)
"""


def test_serve_restarts_a_killed_server_and_stops_it_at_the_end():
    """The command kills the postmaster (-9) and waits for a new one:
    serve starts it again; when the command ends, serve stops it."""
    data_dir = Path(tempfile.mkdtemp(prefix="concord-serve-")) / "pgdata"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "config.embedded_db", "--data-dir", str(data_dir), "serve",
             "--", sys.executable, "-c", KILL_AND_WAIT, str(data_dir)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
        )
        said = [line for line in result.stderr.splitlines() if line.startswith("concord:")]
        assert result.returncode == 0, result.stderr
        assert len(said) == 3, said
        assert " started (pid " in said[0]
        assert "had died (postmaster pid " in said[1] and "started again (pid " in said[1]
        assert said[2].endswith(" is stopped")
        assert embedded_db.state_of(data_dir).state is State.STOPPED
    finally:
        if embedded_db.state_of(data_dir).state is State.RUNNING:
            embedded_db.stop(data_dir)
        shutil.rmtree(data_dir.parent, ignore_errors=True)


def test_serve_with_database_url_just_runs_the_command(tmp_path):
    env = {**os.environ, "DATABASE_URL": "postgres://nowhere/db"}
    result = subprocess.run(
        [sys.executable, "-m", "config.embedded_db", "--data-dir", str(tmp_path / "pgdata"),
         "serve", "--", sys.executable, "-c", "import os; print(os.environ['DATABASE_URL'])"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.strip() == "postgres://nowhere/db"
    assert not (tmp_path / "pgdata").exists()


def test_status_exit_codes_follow_lsb(tmp_path):
    """`make clean` asks status: 0 running, 1 dead (stale pid file), 3 stopped."""
    def status():
        return subprocess.run(
            [sys.executable, "-m", "config.embedded_db", "--data-dir", str(tmp_path), "status"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        ).returncode

    assert status() == 3
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / "postmaster.pid").write_text(f"{sleeper.pid}\n{tmp_path}\n")
        assert status() == 1
    finally:
        sleeper.send_signal(signal.SIGKILL)
        sleeper.wait()
