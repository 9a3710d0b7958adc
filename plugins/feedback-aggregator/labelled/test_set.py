"""Runs the labelled-set checker; fails if it reports any problem."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_labelled_set_is_valid():
    result = subprocess.run(
        [sys.executable, str(HERE / "check_set.py"), str(HERE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
