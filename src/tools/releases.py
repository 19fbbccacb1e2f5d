"""What the curators' tools share: a release's data read from a directory or a git revision, which release
comes before another, where in git a release is, and whether it is published.

Run from the repository root: git revisions are read with `git show REV:data/FILE`. Tags (v2026.12.01) are
used when they exist, but a clone may have none, so a release is also found by the last commit at its
version on the current branch's first-parent line (its own commits and merges, not the merged branches' commits).
"""
import csv
import io
import json
import os
import subprocess
import sys

SEPARATOR = "|"
HISTORY = "record_changes"
UNTRACKED = {"releases", HISTORY}


class ReleaseError(Exception):
    """A mistake the curator can fix; its message says how."""


def key_fields(resource):
    key = resource["schema"].get("primaryKey")
    return [key] if isinstance(key, str) else list(key or [])


def record_id(resource, row):
    types = {f["name"]: f.get("type", "string") for f in resource["schema"]["fields"]}
    parts = []
    for name in key_fields(resource):
        value = row.get(name, "")
        if types[name] == "integer" and value:
            value = str(int(value))
        if SEPARATOR in value:
            sys.exit(f"{resource['path']}: key field {name} holds '{value}', which contains the record-id separator '{SEPARATOR}'")
        parts.append(value)
    return SEPARATOR.join(parts)


def git(*args):
    result = subprocess.run(["git", *args], capture_output=True)
    return result.stdout.decode("utf-8", errors="surrogateescape") if result.returncode == 0 else None


def utf8(data, where):
    """The text of bytes that must be UTF-8, or a ReleaseError naming the file, line and byte that are not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise ReleaseError(f"{where}:{line}: not valid UTF-8 (byte 0x{data[e.start]:02x}): save the file as UTF-8; "
                           "nothing was written (src/tools/validate-data.sh lists every defect)") from None


def blobs(names):
    """The text of each git object name (REV:PATH) in turn, None where there is none: one git process answers them all,
    one at a time, so a caller that stops early reads no more than it needs."""
    with subprocess.Popen(["git", "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as batch:
        try:
            for name in names:
                batch.stdin.write(name.encode() + b"\n")
                batch.stdin.flush()
                header = batch.stdout.readline().split()
                if len(header) != 3 or header[1] != b"blob":
                    yield None  # "<name> missing", or not a file
                    continue
                text = batch.stdout.read(int(header[2]))
                batch.stdout.read(1)  # the line feed after the object
                yield text.decode("utf-8")
        finally:
            batch.stdin.close()


def tags():
    return (git("tag", "--list") or "").split()


def commit_of(revision):
    """The full commit id a revision names, or None."""
    out = git("rev-parse", "--verify", "--quiet", revision + "^{commit}")
    return out.strip() if out else None


def not_found(revision):
    return ReleaseError(f"revision not found: {revision} (git tags: {', '.join(tags()) or 'none'})")


class Dataset:
    """A dataset read from a directory or from a git revision."""

    def __init__(self, directory=None, revision=None):
        self.directory = directory
        self.revision = revision

    @staticmethod
    def of(spec):
        """A dataset from the command line: git:REVISION or a directory."""
        if spec.startswith("git:"):
            revision = spec[4:]
            if commit_of(revision) is None:
                raise not_found(revision)
            dataset = Dataset(revision=revision)
        elif os.path.isdir(spec):
            dataset = Dataset(directory=spec)
        else:
            raise ReleaseError(f"no such directory: {spec} (a git revision is written git:{spec})")
        if dataset.text("datapackage.json") is None:
            raise ReleaseError(f"no datapackage.json in {spec}" + (" (data/datapackage.json at that revision)" if dataset.revision else ""))
        return dataset

    def where(self, name):
        """How a message names one of this dataset's files: data/sessions.csv, or v2026.12.01:data/sessions.csv."""
        return f"{self.revision}:data/{name}" if self.revision is not None else os.path.join(self.directory, name)

    def text(self, name):
        """The file's text, or None when it does not exist in this dataset; a ReleaseError where it is not UTF-8."""
        if self.revision is not None:
            result = subprocess.run(["git", "show", f"{self.revision}:data/{name}"], capture_output=True)
            return utf8(result.stdout, self.where(name)) if result.returncode == 0 else None
        path = os.path.join(self.directory, name)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as f:
            return utf8(f.read(), path)

    def package(self):
        return json.loads(self.text("datapackage.json"))

    def releases(self):
        """Versions in releases.csv, newest first (by released_on, as the loader orders them)."""
        text = self.text("releases.csv") or ""
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        return [r["version"] for r in sorted(rows, key=lambda r: r["released_on"], reverse=True)]

    def rows(self, resource, columns):
        """record id -> tuple of the values of the given columns (missing columns are empty), or None without the file.

        A file that cannot be read as the table it is (a byte-order mark, another separator, a row with more or fewer values
        than the header) is a ReleaseError: read anyway, its records would all look deleted and created again."""
        where = self.where(resource["path"])
        text = self.text(resource["path"])
        if text is None:
            return None
        if text.startswith("\ufeff"):
            raise ReleaseError(f"{where}:1: the file starts with a UTF-8 byte-order mark (Excel's \"CSV UTF-8\" adds one): save it "
                               "without one (README, publishing step 2); nothing was written")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        missing = [name for name in key_fields(resource) if name not in header]
        if missing:
            separator = next((c for c in ";\t" if c in (header[0] if header else "")), None)
            raise ReleaseError(f"{where}:1: the header has no column {', '.join(missing)}"
                               + (f": the values are separated by '{separator}', not ','; save it as comma-separated CSV" if separator else
                                  f"; it has {', '.join(header) or 'none'}")
                               + "; nothing was written")
        result = {}
        for row in reader:
            if None in row or None in row.values():
                found = len(header) + len(row.get(None) or []) - sum(1 for v in row.values() if v is None)
                raise ReleaseError(f"{where}:{reader.line_num}: expected {len(header)} values, as in the header, found {found} "
                                   "(a value with a comma must be in double quotes); nothing was written")
            result[record_id(resource, row)] = (tuple(row.get(c, "") or "" for c in columns), row)
        return result


def version_before(versions, version):
    """The release listed just before version in releases.csv (newest first), or None for the first release."""
    if version not in versions:
        raise ReleaseError(f"release {version} is not in data/releases.csv; start it with bump_release.py")
    i = versions.index(version)
    return versions[i + 1] if i + 1 < len(versions) else None


def find_release(version):
    """(commit, how it was found) of a release: its tag v<version>, else the last commit at that version."""
    tag = "v" + version
    commit = commit_of(tag)
    if commit:
        return commit, f"tag {tag}"
    # Without a tag: the newest commit at that version on HEAD's first-parent line, main's own history. A merged branch's
    # edits made at the old version before its bump (release 2026.12.01's audit) are not on that line, and fixes
    # committed on main before the next bump are (release 2026.11.30's last ones): on this repository it finds the same
    # data as each release's tag, where "the last commit that set the version or wrote the history" missed those fixes.
    commits = (git("rev-list", "--first-parent", "HEAD") or "").split()
    for commit, text in zip(commits, blobs(f"{commit}:data/datapackage.json" for commit in commits)):
        if text and json.loads(text).get("version") == version:
            return commit, f"commit {commit[:7]}, the last commit at that version on this branch; tag releases to make this exact"
    raise ReleaseError(f"release {version} not found in git: no tag {tag} (git tags: {', '.join(tags()) or 'none'}) and no commit "
                       "whose data/datapackage.json has that version; pass --previous git:REVISION or a directory of it")


def previous_release(new_version, versions, spec=None):
    """(dataset, version, description) of the release before new_version: spec (git:REV or a directory) or, by default, found in git.
    version is that dataset's datapackage.json version; the caller compares it with version_before()."""
    if spec is None:
        expected = version_before(versions, new_version)
        if expected is None:
            raise ReleaseError(f"{new_version} is the first release in data/releases.csv: there is no previous release")
        commit, how = find_release(expected)
        return Dataset(revision=commit), expected, f"release {expected}: {how}"
    dataset = Dataset.of(spec)
    version = dataset.package().get("version")
    return dataset, version, f"release {version}: {spec}"


def wrong_previous(new_version, versions, version, spec):
    """The complaint when the given previous release is not the one before new_version, or None."""
    expected = version_before(versions, new_version)
    if version == expected:
        return None
    return (f"the previous release given, {spec}, is release {version}, but the release before {new_version} in "
            f"data/releases.csv is {expected}; leave it out to use {expected}")


def edits_to_published(version, current):
    """The files of the dataset current (a directory) that differ from release version as published, or [] when it is not
    published or nothing differs: a published release is never rewritten, so such an edit belongs in the next release."""
    if published(version) is None or git("rev-parse", "--git-dir") is None:
        return []
    revision = "v" + version if commit_of("v" + version) else "HEAD"
    names = ["datapackage.json"] + [r["path"] for r in current.package()["resources"]]
    published_files = Dataset(revision=revision)
    return [name for name in names if current.text(name) != published_files.text(name)]


def published(version):
    """Why a release counts as published (so the tools must not rewrite it), or None while it is being prepared.

    Published: tagged v<version>, or its history is committed (data/record_changes.csv at git HEAD has rows for it).
    Until its history is committed a release can be redone; afterwards a fix goes into a new release."""
    if git("rev-parse", "--git-dir") is None:
        return "no git repository here, so the tools cannot tell whether it is published"
    if commit_of("v" + version):
        return f"tag v{version}"
    text = git("show", f"HEAD:data/{HISTORY}.csv")
    if text and any(r["release"] == version for r in csv.DictReader(io.StringIO(text, newline=""))):
        return "its history is committed in data/record_changes.csv at git HEAD"
    return None
