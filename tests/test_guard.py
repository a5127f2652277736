"""Tests of :func:`sopcheck.guard.time_limit`."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from sopcheck.errors import ResourceLimit
from sopcheck.guard import time_limit, time_limits_supported

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM/setitimer (POSIX)")


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_raises_when_block_runs_too_long():
    started = time.monotonic()
    with pytest.raises(ResourceLimit) as info:
        with time_limit(0.2, "lambat.docx"):
            _spin(5)
    assert time.monotonic() - started < 2
    err = info.value
    assert err.rule == "resource-limit"
    assert "lambat.docx" in err.message_id and "pemeriksaan dihentikan setelah 0.2 detik" in err.message_id
    assert "0.2 seconds" in err.message_en
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_fast_block_untouched_and_state_restored():
    def mine(signum, frame):  # pragma: no cover - never fires
        raise AssertionError

    old = signal.signal(signal.SIGALRM, mine)
    try:
        with time_limit(5, "cepat.docx"):
            _spin(0.01)
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, old)


def test_zero_disables():
    with time_limit(0, "x.docx"):
        _spin(0.05)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_inner_limit_then_outer_keeps_counting():
    with pytest.raises(ResourceLimit, match="after 0.5 seconds"):
        with time_limit(0.5, "luar.docx"):
            with pytest.raises(ResourceLimit, match="after 0.1 seconds"):
                with time_limit(0.1, "dalam.docx"):
                    _spin(5)
            remaining = signal.getitimer(signal.ITIMER_REAL)[0]
            assert 0 < remaining < 0.5
            _spin(5)


def test_outer_limit_shorter_stays_in_charge():
    with pytest.raises(ResourceLimit, match="after 0.1 seconds"):
        with time_limit(0.1, "luar.docx"):
            with time_limit(10, "dalam.docx"):
                _spin(5)


def test_exception_in_block_passes_through_and_disarms():
    with pytest.raises(KeyError):
        with time_limit(5, "x.docx"):
            raise KeyError("x")
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_worker_thread_is_a_no_op():
    seen = {}

    def work():
        seen["supported"] = time_limits_supported()
        with time_limit(0.05, "x.docx"):
            time.sleep(0.2)
        seen["done"] = True

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen == {"supported": False, "done": True}
    assert time_limits_supported()
