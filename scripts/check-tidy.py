#!/usr/bin/env python3
"""clang-tidy on the sources of a compile database, with a cache of passing results.

Usage: check-tidy.py BUILD_DIR FILE_REGEX (called by scripts/check-tidy.sh, which documents it).

A file passes when clang-tidy exits 0 (any finding is an error). A pass is remembered under a key
made of everything clang-tidy's verdict depends on:
- the clang-tidy version and the arguments given to it;
- every .clang-tidy from the file's folder up to the source root;
- the file's compile command;
- the path and contents of every file the translation unit reads, as listed by the preprocessor
  (clang++ -M with the same command): the source, our headers, generated headers in the build
  tree, Qt's and the system's headers. Re-listing on every run also notices a header that now
  shadows another one.
Paths in the command and the listing have the source root and the build directory replaced by
placeholders, so clean clones at different paths share the cache. Findings are never stored.
"""
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

TIDY_ARGS = ['--quiet', "--warnings-as-errors=*"]
KEEP_DAYS = 30  # entries not used for this long are removed


def cache_dir():
    if os.environ.get('SP_TIDY_CACHE', '1') == '0':
        return None
    if os.environ.get('SP_TIDY_CACHE_DIR'):
        return os.environ['SP_TIDY_CACHE_DIR']
    base = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    return os.path.join(base, 'sp-proctor', 'tidy')


class Keys:
    def __init__(self, root, build):
        self.root = root
        self.build = build
        self.file_hashes = {}
        version = subprocess.run(['clang-tidy', '--version'], capture_output=True, text=True,
                                 check=True).stdout
        self.base = '\0'.join(['v1', version] + TIDY_ARGS)

    def normalise(self, text):
        return text.replace(self.build, '<build>').replace(self.root, '<src>')

    def content_hash(self, path):
        if path not in self.file_hashes:
            with open(path, 'rb') as f:
                self.file_hashes[path] = hashlib.sha256(f.read()).hexdigest()
        return self.file_hashes[path]

    def configs(self, source):
        found = []
        folder = os.path.dirname(source)
        while True:
            config = os.path.join(folder, '.clang-tidy')
            if os.path.isfile(config):
                found.append(config)
            if folder == self.root or len(folder) <= len(self.root):
                return found
            folder = os.path.dirname(folder)

    def dependencies(self, entry):
        """The files the translation unit reads (clang++ -M), or None when that fails."""
        args = entry['arguments'] if 'arguments' in entry else shlex.split(entry['command'])
        pre, skip = ['clang++'], False
        for arg in args[1:]:
            if skip:
                skip = False
            elif arg == '-o':
                skip = True
            elif arg != '-c' and not arg.startswith('-o'):
                pre.append(arg)
        done = subprocess.run(pre + ['-M', '-MF', '-', '-w'], cwd=entry['directory'],
                              capture_output=True)
        if done.returncode != 0:
            return None
        rule = done.stdout.decode().replace('\\\n', ' ')
        paths = re.split(r'(?<!\\) +', rule.split(':', 1)[1].strip())
        return [os.path.normpath(os.path.join(entry['directory'], p.replace('\\ ', ' ')))
                for p in paths if p]

    def key(self, source, entries):
        """None when a dependency listing fails: then the file is checked and nothing stored."""
        parts = [self.base]
        for config in self.configs(source):
            parts += [self.normalise(config), self.content_hash(config)]
        for entry in entries:  # clang-tidy checks a file once per compile command
            deps = self.dependencies(entry)
            if deps is None:
                return None
            parts += [self.normalise(entry['directory']),
                      self.normalise(entry.get('command') or shlex.join(entry['arguments']))]
            for dep in deps:
                parts += [self.normalise(dep), self.content_hash(dep)]
        return hashlib.sha256('\0'.join(parts).encode()).hexdigest()


def main():
    build_arg, regex = sys.argv[1], re.compile(sys.argv[2])
    root = os.getcwd().rstrip('/')
    build = os.path.realpath(build_arg)
    entries = {}
    for entry in json.load(open(os.path.join(build_arg, 'compile_commands.json'))):
        f = entry['file']
        if (f.startswith(root + '/') and not f.startswith(root + '/build')
                and regex.search(f[len(root):])):
            entries.setdefault(f, []).append(entry)  # generated files live in the build tree
    if not entries:
        print(f'check-tidy: no files match {regex.pattern} in {build_arg}', file=sys.stderr)
        return 1

    store = cache_dir()
    keys = Keys(root, build)
    jobs = int(os.environ.get('SP_TIDY_JOBS', '2'))

    def check(f):
        key = keys.key(f, entries[f]) if store else None
        entry_path = os.path.join(store, key[:2], key[2:]) if key else None
        if entry_path and os.path.exists(entry_path):
            os.utime(entry_path)
            return f, 'cached', ''
        done = subprocess.run(['clang-tidy', '-p', build_arg] + TIDY_ARGS + [f],
                              capture_output=True, text=True)
        if done.returncode != 0:
            return f, 'failed', done.stdout + done.stderr
        if entry_path:
            os.makedirs(os.path.dirname(entry_path), exist_ok=True)
            with tempfile.NamedTemporaryFile('w', dir=os.path.dirname(entry_path),
                                             delete=False) as tmp:
                tmp.write(f[len(root) + 1:] + '\n')
            os.replace(tmp.name, entry_path)
        return f, 'checked', ''

    counts = {'cached': 0, 'checked': 0, 'failed': 0}
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for f, result, output in pool.map(check, sorted(entries)):
            counts[result] += 1
            noise = re.compile(r'^\d+ warnings? (and \d+ errors? )?generated\.$')
            for line in output.splitlines():
                if not noise.match(line):
                    print(line, file=sys.stderr)

    if store and os.path.isdir(store):
        old = time.time() - KEEP_DAYS * 86400
        for folder, _, names in os.walk(store):
            for name in names:
                path = os.path.join(folder, name)
                if os.path.getmtime(path) < old:
                    os.remove(path)

    summary = (f"{len(entries)} files: {counts['checked'] + counts['failed']} checked, "
               f"{counts['cached']} passed before with the same inputs (cache {store or 'off'})")
    if counts['failed']:
        print(f"check-tidy: findings in {counts['failed']} files (above); {summary}",
              file=sys.stderr)
        return 1
    print(f'check-tidy: no findings; {summary}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
