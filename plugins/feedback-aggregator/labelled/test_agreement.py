"""The agreement script's figures on a small hand-checked case, and its refusal of files that differ."""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from agreement import agreement  # noqa: E402


def test_counts_shared_missing_added_and_turned_tags():
    first = {"a": {"price": "negative", "knowledge": "positive"}, "b": {}, "c": {"cleanliness": "positive"}}
    second = {"a": {"price": "positive"}, "b": {"waiting-time": "negative"}, "c": {"cleanliness": "positive"}}
    shared, only_first, only_second, same, differences = agreement(first, second)
    assert (shared, only_first, only_second, same) == (2, 1, 1, 1)
    assert differences == {"polarity price": 1, "left out knowledge": 1, "added waiting-time": 1}


def test_files_with_other_ids_are_refused(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": "x1", "themes": {}}) + "\n")
    two.write_text(json.dumps({"id": "x2", "themes": {}}) + "\n")
    result = subprocess.run([sys.executable, str(HERE / "agreement.py"), str(one), str(two)], capture_output=True, text=True)
    assert result.returncode == 1 and "ids differ" in result.stdout


def test_an_id_given_twice_is_refused(tmp_path):
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "x1", "themes": {}}) + "\n\n" + json.dumps({"id": "x1", "themes": {}}) + "\n")
    result = subprocess.run([sys.executable, str(HERE / "agreement.py"), str(one), str(one)], capture_output=True, text=True)
    assert result.returncode == 1 and "x1 is given twice" in result.stderr


def test_the_second_labellers_figures_are_those_the_readme_gives():
    readme = {
        "probe28.jsonl": "precision 0.977  recall 0.987  polarity agreement 1.000",
        "probe31.jsonl": "precision 0.984  recall 0.991  polarity agreement 1.000",
    }
    assert sorted(path.name for path in (HERE / "second-labeller").glob("*.jsonl")) == sorted(readme)
    for name, figures in readme.items():
        result = subprocess.run(
            [sys.executable, str(HERE / "agreement.py"), str(HERE / name), str(HERE / "second-labeller" / name)],
            capture_output=True, text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert figures in result.stdout, result.stdout
