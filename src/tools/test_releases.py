"""Tests of the curators' release tools, each on a throwaway git repository with a tiny dataset.

    python3 -m unittest discover -s src/tools -p 'test_*.py'
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

TOOLS = os.path.dirname(os.path.abspath(__file__))

PACKAGE = {
    "name": "trial",
    "version": "2026.01.01",
    "created": "2026-01-01T00:00:00Z",
    "resources": [
        {"name": "things", "path": "things.csv",
         "schema": {"fields": [{"name": "id"}, {"name": "label"}], "primaryKey": "id"}},
        {"name": "releases", "path": "releases.csv",
         "schema": {"fields": [{"name": "version"}, {"name": "released_on"}, {"name": "summary"}, {"name": "changes"}],
                    "primaryKey": "version"}},
        {"name": "record_changes", "path": "record_changes.csv",
         "schema": {"fields": [{"name": "release"}, {"name": "table_name"}, {"name": "record_id"}, {"name": "change"}],
                    "primaryKey": ["release", "table_name", "record_id"]}},
    ],
}


class ReleaseToolsTest(unittest.TestCase):
    """A repository with releases 2026.01.01 (things a, b) and 2026.01.02 (b relabelled, c added), both committed."""

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="odp-tools-")
        self.addCleanup(shutil.rmtree, self.root)
        os.mkdir(os.path.join(self.root, "data"))
        self.git("init", "-q")
        self.git("config", "user.email", "curator@example.org")
        self.git("config", "user.name", "Curator")
        with open(self.path("datapackage.json"), "w") as f:
            json.dump(PACKAGE, f)
        self.write("releases.csv", "version,released_on,summary,changes\n")
        self.write("record_changes.csv", "release,table_name,record_id,change\n")
        self.write("things.csv", "id,label\na,A\nb,B\n")
        self.run_tool("bump_release.py", "2026.01.01", "--summary", "First.")
        self.run_tool("record_changes.py", "--release", "2026.01.01", "--first")
        self.commit("release 2026.01.01")
        self.first = self.git("rev-parse", "HEAD")
        self.run_tool("bump_release.py", "2026.01.02", "--summary", "Second.")
        self.commit("start 2026.01.02")
        self.write("things.csv", "id,label\na,A\nb,B2\nc,C\n")
        self.run_tool("record_changes.py", "--release", "2026.01.02")
        self.commit("release 2026.01.02")
        self.second = self.git("rev-parse", "HEAD")

    def path(self, name):
        return os.path.join(self.root, "data", name)

    def write(self, name, text):
        with open(self.path(name), "w", newline="") as f:
            f.write(text)

    def git(self, *args):
        return subprocess.run(["git", *args], cwd=self.root, check=True, capture_output=True, text=True).stdout.strip()

    def commit(self, message):
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def run_tool(self, tool, *args, ok=True):
        result = subprocess.run([sys.executable, os.path.join(TOOLS, tool), *args], cwd=self.root, capture_output=True, text=True)
        if ok is not None:
            self.assertEqual(result.returncode == 0, ok, f"{tool} {' '.join(args)}:\n{result.stdout}{result.stderr}")
        return result.stdout + result.stderr

    def history(self, release):
        with open(self.path("record_changes.csv"), newline="") as f:
            return sorted((r["record_id"], r["change"]) for r in csv.DictReader(f) if r["release"] == release)

    def start_third(self):
        self.run_tool("bump_release.py", "2026.01.03", "--summary", "Third.")
        self.write("things.csv", "id,label\na,A3\nb,B2\nc,C\n")

    def test_the_previous_release_is_by_default_the_last_commit_at_its_version(self):
        self.start_third()
        out = self.run_tool("record_changes.py", "--release", "2026.01.03")
        self.assertIn(f"release 2026.01.02: commit {self.second[:7]}, the last commit at that version on this branch; tag releases", out)
        self.assertEqual(self.history("2026.01.03"), [("a", "updated")])
        self.assertIn("things: 0 created, 1 updated, 0 deleted", self.run_tool("diff_releases.py", "--summary"))
        self.assertEqual(self.history("2026.01.02"), [("b", "updated"), ("c", "created")])

    def test_without_a_tag_fixes_committed_before_the_next_bump_belong_to_the_release(self):
        # Release 2026.11.30's last fixes were committed on main after its history, at its version: it was published
        # with them, so the next release's history must not list them again.
        self.write("things.csv", "id,label\na,A\nb,B2\nc,C\nd,D\n")
        self.commit("a late fix published with 2026.01.02")
        late = self.git("rev-parse", "HEAD")
        self.run_tool("bump_release.py", "2026.01.03", "--summary", "Third.")
        self.write("things.csv", "id,label\na,A3\nb,B2\nc,C\nd,D\n")
        out = self.run_tool("record_changes.py", "--release", "2026.01.03")
        self.assertIn(f"release 2026.01.02: commit {late[:7]}, the last commit at that version on this branch", out)
        self.assertEqual(self.history("2026.01.03"), [("a", "updated")])

    def test_without_a_tag_a_merged_branchs_edits_before_its_bump_are_not_the_release(self):
        # Release 2026.12.01's audit was committed on a branch at the old version, bumped there and merged: main's own
        # line still says where the previous release ends, though the branch's edit is a later commit at that version.
        self.git("checkout", "-q", "-b", "audit")
        self.write("things.csv", "id,label\na,A\nb,B2\nc,C\ne,E\n")
        self.commit("an audit edit made before the bump")
        self.run_tool("bump_release.py", "2026.01.03", "--summary", "Third.")
        self.run_tool("record_changes.py", "--release", "2026.01.03", "--previous", "git:" + self.second)
        self.commit("release 2026.01.03")
        self.git("checkout", "-q", "-")
        with open(os.path.join(self.root, "NOTES"), "w") as f:
            f.write("work on main meanwhile\n")
        self.commit("main moves on")
        on_main = self.git("rev-parse", "HEAD")
        self.git("merge", "-q", "--no-ff", "-m", "merge the audit", "audit")
        out = self.run_tool("record_changes.py", "--release", "2026.01.03", "--check")
        self.assertIn(f"release 2026.01.02: commit {on_main[:7]}", out)
        self.assertEqual(self.history("2026.01.03"), [("e", "created")])

    def test_the_previous_release_is_by_default_its_tag(self):
        self.git("tag", "v2026.01.02", self.second)
        # Committed after the release at its version, with datapackage.json: the last commit at 2026.01.02 is not the tag's.
        self.write("things.csv", "id,label\na,A\nb,B2\nc,C\nd,D\n")
        with open(self.path("datapackage.json"), "w") as f:
            json.dump(dict(PACKAGE, version="2026.01.02", title="Trial"), f)
        self.commit("an edit outside any release")
        self.start_third()
        out = self.run_tool("record_changes.py", "--release", "2026.01.03")
        self.assertIn("release 2026.01.02: tag v2026.01.02", out)
        self.assertEqual(self.history("2026.01.03"), [("a", "updated")])  # d was never released: not 'deleted'

    def test_a_previous_release_that_is_not_the_one_before_is_refused(self):
        self.start_third()
        out = self.run_tool("record_changes.py", "--release", "2026.01.03", "--previous", "git:" + self.first, ok=False)
        self.assertIn("is release 2026.01.01, but the release before 2026.01.03 in data/releases.csv is 2026.01.02", out)
        self.assertEqual(self.history("2026.01.03"), [])
        out = self.run_tool("diff_releases.py", "git:" + self.first, "--summary")
        self.assertIn("warning: the previous release given", out)
        self.run_tool("record_changes.py", "--release", "2026.01.03", "--previous", "git:" + self.first, "--any-previous")
        self.assertEqual(self.history("2026.01.03"), [("a", "updated"), ("b", "updated"), ("c", "created")])

    def test_a_missing_tag_is_named(self):
        self.start_third()
        out = self.run_tool("record_changes.py", "--release", "2026.01.03", "--previous", "git:v2026.01.02", ok=False)
        self.assertIn("revision not found: v2026.01.02 (git tags: none)", out)

    def test_a_release_not_in_releases_csv_is_refused(self):
        self.write("things.csv", "id,label\na,A3\nb,B2\nc,C\n")
        out = self.run_tool("record_changes.py", "--release", "2026.01.03", ok=False)
        self.assertIn("release 2026.01.03 is not in data/releases.csv: start it with bump_release.py", out)
        self.assertEqual(self.history("2026.01.03"), [])

    def test_a_published_release_is_not_rewritten(self):
        self.write("things.csv", "id,label\na,A3\nb,B2\nc,C\n")  # edited before starting the next release
        out = self.run_tool("bump_release.py", "2026.01.02", "--replace", "--summary", "Again.", ok=False)
        self.assertIn("2026.01.02 is published (its history is committed", out)
        self.assertIn("start the next release with a later date, e.g. 2026.01.03", out)
        self.assertIn("2026.01.02 is published", self.run_tool("record_changes.py", "--release", "2026.01.02", "--replace", ok=False))
        self.assertEqual(self.history("2026.01.02"), [("b", "updated"), ("c", "created")])
        self.git("tag", "v2026.01.02")
        self.git("reset", "-q", "--hard", self.second + "~1")  # the tag alone marks it published
        self.assertIn("2026.01.02 is published (tag v2026.01.02)",
                      self.run_tool("bump_release.py", "2026.01.02", "--replace", "--summary", "Again.", ok=False))

    def test_the_release_being_prepared_can_be_redone(self):
        self.start_third()
        self.run_tool("bump_release.py", "2026.01.03", "--replace", "--summary", "Third, reworded.")
        self.run_tool("record_changes.py", "--release", "2026.01.03")
        self.run_tool("bump_release.py", "2026.01.04", "--replace", "--summary", "Third, a day later.")
        self.assertEqual(self.history("2026.01.03"), [])
        out = self.run_tool("bump_release.py", "2026.01.05", "--summary", "Fourth.", ok=False)
        self.assertIn("release 2026.01.04 is being prepared", out)

    def test_check_finds_an_edit_made_after_the_history(self):
        self.start_third()
        self.run_tool("record_changes.py", "--release", "2026.01.03")
        self.assertIn("match the data", self.run_tool("record_changes.py", "--release", "2026.01.03", "--check"))
        self.write("things.csv", "id,label\na,A3\nb,B2\nc,C3\n")
        out = self.run_tool("record_changes.py", "--release", "2026.01.03", "--check", ok=False)
        self.assertIn("missing: things c updated", out)
        self.assertIn("rerun: python3 src/tools/record_changes.py --release 2026.01.03 --replace", out)
        self.run_tool("record_changes.py", "--release", "2026.01.03", "--replace")
        self.run_tool("record_changes.py", "--release", "2026.01.03", "--check")
        self.assertEqual(self.history("2026.01.03"), [("a", "updated"), ("c", "updated")])

    def test_check_refuses_edits_to_a_published_release(self):
        # Released and published (its history committed): an edit without starting the next release would be served
        # changed under the old version; --check must not call it a match.
        self.assertIn("match the data", self.run_tool("record_changes.py", "--release", "2026.01.02", "--check"))
        self.write("things.csv", "id,label\na,A\nb,B2\nc,C changed\n")
        out = self.run_tool("record_changes.py", "--release", "2026.01.02", "--check", ok=False)
        self.assertIn("2026.01.02 is published (its history is committed", out)
        self.assertIn("differs from it in things.csv", out)
        self.assertIn("bump_release.py 2026.01.03", out)
        self.git("tag", "v2026.01.02")  # tagged: compared with the tag
        self.assertIn("is published (tag v2026.01.02), but data/ differs from it in things.csv",
                      self.run_tool("record_changes.py", "--release", "2026.01.02", "--check", ok=False))
        self.git("checkout", "--", "data")
        self.assertIn("match the data", self.run_tool("record_changes.py", "--release", "2026.01.02", "--check"))

    def test_a_file_that_cannot_be_read_as_its_table_is_refused_before_anything_is_written(self):
        # Read anyway, every record would look deleted and created again (a new user's trial got "1 created, 10 deleted").
        with open(self.path("record_changes.csv"), "rb") as f:
            history = f.read()
        faults = {
            "\ufeffid,label\na,A3\nb,B2\nc,C\n".encode(): "things.csv:1: the file starts with a UTF-8 byte-order mark",
            "id;label\na;A3\nb;B2\nc;C\n".encode(): "things.csv:1: the header has no column id: the values are separated by ';'",
            "id,label\na,A3\nb,B2,extra\nc,C\n".encode(): "things.csv:3: expected 2 values, as in the header, found 3",
            "id,label\na,A3\nb\nc,C\n".encode(): "things.csv:3: expected 2 values, as in the header, found 1",
            "id,label\na,A3\nb,B\xe9\nc,C\n".encode("latin-1"): "things.csv:3: not valid UTF-8 (byte 0xe9)",
        }
        self.run_tool("bump_release.py", "2026.01.03", "--summary", "Third.")
        for content, message in faults.items():
            with open(self.path("things.csv"), "wb") as f:
                f.write(content)
            for tool in (["record_changes.py", "--release", "2026.01.03"], ["record_changes.py", "--release", "2026.01.03", "--check"],
                         ["diff_releases.py", "--summary"]):
                out = self.run_tool(*tool, ok=False)
                self.assertIn(message, out, tool)
                self.assertNotIn("Traceback", out, tool)
            with open(self.path("record_changes.csv"), "rb") as f:
                self.assertEqual(f.read(), history)

    def test_a_date_more_than_a_day_ahead_is_refused(self):
        out = self.run_tool("bump_release.py", "2099.01.01", "--summary", "A typo.", ok=False)
        self.assertIn("2099.01.01 is more than a day ahead", out)
        with open(self.path("datapackage.json")) as f:
            self.assertEqual(json.load(f)["version"], "2026.01.02")
        self.assertIn("is before today", self.run_tool("bump_release.py", "2026.01.03", "--summary", "Third."))


if __name__ == "__main__":
    unittest.main()
