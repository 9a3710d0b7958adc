"""pytest entry point: runs every check in check_due.py over tuning.jsonl + holdout.jsonl."""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import check_due  # noqa: E402


def test_labels():
    errors, text = check_due.run()
    assert not errors, text + "\n" + "\n".join(errors)
