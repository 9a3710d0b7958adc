import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def test_corpus_structure():
    r = subprocess.run([sys.executable, os.path.join(HERE, "check_corpus.py")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
