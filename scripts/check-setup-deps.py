#!/usr/bin/python3
"""Proves that scripts/setup.sh installs everything the build and the tests used.

A machine that has extra packages installed (a developer's, or CI's after earlier
sessions installed things by hand) builds and tests fine even when setup.sh's list
is incomplete, so a green run proves nothing about a fresh machine. This check
looks at what the build and tests *actually used*, finds the Debian package of
every file, and fails, naming file and package, when that package is not in the
dependency closure of setup.sh's packages on a fresh Debian 12 machine.

What "used" means, from the build's own records and a trace of the tests:
  * every header a compiler read (`ninja -t deps`);
  * every CMake file CMake read while configuring (build.ninja's RERUN_CMAKE inputs),
    every file/dir CMakeCache.txt points at, and the pkg-config files behind each
    pkg_check_modules() (with what they require);
  * every program, library and file named in a build command (`ninja -t commands`:
    compilers, moc, rcc, lrelease, link lines with their -l libraries);
  * the shared libraries the built executables load (ldd);
  * with --trace LOG: every program the tests executed and every file they opened
    (strace of the CTest run: pdftotext, LibreOffice, fonts, Qt plugins, PostgreSQL…);
  * with --tool NAME: programs a script runs outside the trace (packaging checks).

The closure: Depends and Pre-Depends only (no Recommends, as setup.sh installs with
--no-install-recommends), starting from setup.sh's packages plus what every Debian
12 system has (Essential: yes and Priority: required). Of an "a | b" dependency the
closure takes what apt takes on a fresh machine: an alternative already in the
closure, else the first one. Package records come from the installed status file
where installed (the version setup.sh would install), else from apt's lists.

Usage: check-setup-deps.py --build DIR [--trace LOG] [--tool NAME ...]
Exit 0 when complete, 1 naming each missing package, 2 when it cannot check.
"""
import argparse
import glob
import os
import re
import shlex
import subprocess
import sys

SOURCE_DIR = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))
# Paths that are never package files: the project's own trees, scratch space,
# kernel interfaces and per-user state.
IGNORED_PREFIXES = ("/proc/", "/sys/", "/dev/", "/tmp/", "/run/", "/var/tmp/", "/var/lib/",
                    "/var/cache/", "/var/log/", "/etc/ld.so.cache", "/root/", "/home/")
# Files that a package's maintainer scripts or triggers make (caches, generated
# config), so no package lists them although a fresh install has them.
GENERATED = ("/etc/fonts/conf.d/", "/usr/lib/x86_64-linux-gnu/gdk-pixbuf-2.0/2.10.0/loaders.cache",
             "/usr/share/mime/", "/etc/alternatives/", "/usr/lib/locale/locale-archive",
             "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/localtime",
             "/etc/timezone", "/etc/hosts", "/etc/resolv.conf", "/etc/host.conf",
             "/etc/machine-id", "/etc/hostname", "/usr/lib/python3/dist-packages/__pycache__",
             "/etc/libreoffice/registry/")
# Folders that programs scan, opening every file to read its metadata: fontconfig
# and LibreOffice open every font, binutils every bfd plugin, Qt every plugin of
# a kind. A file there that a fresh machine lacks was seen, not needed; what the
# tests do need from these folders they assert themselves (tst_archive: the AR PL
# UMing font embedded; the SQLite/PostgreSQL drivers and the WebP reader: every
# store and evidence test), so a missing package there fails a test instead.
# Programs that other programs run only because they are installed, and whatever
# they open: gpgme (in LibreOffice) asks gpgconf which components exist and then
# asks gpgsm its version; hicolor-icon-theme's dpkg trigger runs
# gtk-update-icon-cache when present. On a fresh machine neither runs.
PROBED = {"/usr/bin/gpgsm", "/usr/bin/gtk-update-icon-cache"}
SCANNED = ("/usr/share/fonts/", "/usr/lib/x86_64-linux-gnu/bfd-plugins/", "/usr/lib/bfd-plugins/",
           "/usr/lib/x86_64-linux-gnu/qt6/plugins/")


def run(args, **kw):
    return subprocess.run(args, check=False, capture_output=True, text=True, **kw)


def setup_packages():
    out = run(["bash", os.path.join(SOURCE_DIR, "scripts/setup.sh"), "--list"])
    if out.returncode != 0 or not out.stdout.split():
        sys.exit("check-setup-deps: scripts/setup.sh --list printed no packages: %s" % out.stderr)
    return out.stdout.split()


# ---------------------------------------------------------------- package records

def parse_records(text):
    for block in text.split("\n\n"):
        fields = {}
        key = None
        for line in block.splitlines():
            if line[:1] in (" ", "\t") and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        if "Package" in fields:
            yield fields


def load_records():
    """name -> record; installed records win over available ones."""
    records = {}
    avail = run(["apt-cache", "dumpavail"])
    if avail.returncode != 0 or "Package:" not in avail.stdout:
        sys.exit("check-setup-deps: apt's package lists are empty (run apt-get update)")
    for r in parse_records(avail.stdout):
        old = records.get(r["Package"])
        if old:  # the same package from several suites: keep every dependency
            for f in ("Depends", "Pre-Depends", "Provides"):
                if r.get(f) and r.get(f) != old.get(f):
                    old[f] = ", ".join(x for x in (old.get(f), r[f]) if x)
        else:
            records[r["Package"]] = r
    with open("/var/lib/dpkg/status", encoding="utf-8", errors="replace") as f:
        for r in parse_records(f.read()):
            if "install ok installed" in r.get("Status", ""):
                base = records.get(r["Package"], {})
                merged = dict(base)
                merged.update(r)
                records[r["Package"]] = merged
    return records


def atoms(field):
    """'a (>= 1) | b:any, c' -> [['a', 'b'], ['c']]"""
    groups = []
    for group in field.split(","):
        names = []
        for alt in group.split("|"):
            name = alt.strip().split(" ")[0].split("(")[0]
            name = name.split(":")[0]
            if name:
                names.append(name)
        if names:
            groups.append(names)
    return groups


def closure(roots, records):
    providers = {}
    for name, r in records.items():
        for group in atoms(r.get("Provides", "")):
            providers.setdefault(group[0], []).append(name)

    def resolve(name):
        """The real packages that can satisfy `name`."""
        if name in records:
            return [name]
        return sorted(providers.get(name, []))

    result = set()
    todo = []

    def add(pkg):
        if pkg not in result:
            result.add(pkg)
            todo.append(pkg)

    for r in roots:
        add(r)
    while todo:
        pkg = todo.pop()
        rec = records.get(pkg, {})
        for field in ("Pre-Depends", "Depends"):
            for group in atoms(rec.get(field, "")):
                candidates = [c for alt in group for c in resolve(alt)]
                if any(c in result for c in candidates):
                    continue
                for alt in group:  # apt takes the first alternative it can install
                    real = resolve(alt)
                    if real:
                        installed = [c for c in real if "install ok installed" in records[c].get("Status", "")]
                        add((installed or real)[0])
                        break
    return result


def baseline(records):
    return [n for n, r in records.items()
            if r.get("Essential") == "yes" or r.get("Priority") == "required"]


# ---------------------------------------------------------------- file owners

def owner_index():
    index = {}
    for lst in glob.glob("/var/lib/dpkg/info/*.list"):
        pkg = os.path.basename(lst)[:-5].split(":")[0]
        with open(lst, encoding="utf-8", errors="replace") as f:
            for line in f:
                path = line.rstrip("\n")
                if path and not os.path.isdir(path):
                    index.setdefault(path, pkg)
    # Paths dpkg lists through a symlinked directory (merged /usr) are indexed
    # under their real location too.
    for path, pkg in list(index.items()):
        real = os.path.realpath(path)
        if real != path:
            index.setdefault(real, pkg)
    return index


def candidates(path):
    seen = [path]
    # Every step of a symlink chain: /usr/bin/c++ -> /etc/alternatives/c++ -> g++-12 …
    p = path
    for _ in range(20):
        if not os.path.islink(p):
            break
        p = os.path.join(os.path.dirname(p), os.readlink(p))
        p = os.path.normpath(p)
        seen.append(p)
    seen.append(os.path.realpath(path))
    more = []
    for s in seen:
        for a, b in (("/usr/lib/", "/lib/"), ("/usr/bin/", "/bin/"), ("/usr/sbin/", "/sbin/"),
                     ("/usr/lib64/", "/lib64/")):
            if s.startswith(a):
                more.append(b + s[len(a):])
            elif s.startswith(b):
                more.append(a + s[len(b):])
    return seen + more


def owner(path, index):
    for c in candidates(path):
        if c in index:
            return index[c]
    return None


# ---------------------------------------------------------------- what was used

def interesting(path, build_dir):
    if not path.startswith("/"):
        return False
    real = os.path.realpath(path)
    for tree in (SOURCE_DIR, build_dir):
        if real == tree or real.startswith(tree + "/") or path.startswith(tree + "/"):
            return False
    if path.startswith(IGNORED_PREFIXES) or real.startswith(IGNORED_PREFIXES):
        return False
    if any(path.startswith(g) or real.startswith(g) for g in GENERATED):
        return False
    return os.path.isfile(path)


def from_ninja_deps(build_dir):
    out = run(["ninja", "-C", build_dir, "-t", "deps"])
    used = set()
    for line in out.stdout.splitlines():
        if line.startswith("    "):
            used.add(os.path.normpath(line.strip()))
    return used, "ninja -t deps"


def from_rerun_cmake(build_dir):
    used = set()
    with open(os.path.join(build_dir, "build.ninja"), encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^build build\.ninja: RERUN_CMAKE \| (.*?)$", text, re.M)
    if m:
        for p in m.group(1).split():
            used.add(p.replace("$ ", " ").replace("$:", ":"))
    return used, "files CMake read (build.ninja)"


def from_cmake_cache(build_dir):
    used = set()
    modules = []
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([A-Za-z0-9_]+):(FILEPATH|PATH|STRING|INTERNAL)=(/.*)$", line.rstrip("\n"))
            if m:
                value = m.group(3)
                if os.path.isdir(value) and m.group(1).endswith("_DIR"):
                    used.update(glob.glob(os.path.join(value, "*Config.cmake")))
                    used.update(glob.glob(os.path.join(value, "*-config.cmake")))
                elif os.path.isfile(value) and not re.search(r"\.(so|a)(\.[\d.]+)?$", value):
                    # A library find_library() found is judged by the link lines
                    # and ldd, which say whether it was linked; FindOpenGL records
                    # libEGL/libGLU when present without anything linking them.
                    used.add(value)
            m = re.match(r"^__pkg_config_arguments_\w+:INTERNAL=(.*)$", line.rstrip("\n"))
            if m:
                modules += [x for x in m.group(1).split(";")
                            if x not in ("REQUIRED", "QUIET", "IMPORTED_TARGET", "GLOBAL", "NO_CMAKE_PATH",
                                         "NO_CMAKE_ENVIRONMENT_PATH")]
    # pkg-config files, and the ones they require, as pkg-config resolves them.
    seen = set()
    while modules:
        mod = re.split(r"[<>=\s]", modules.pop())[0]
        if not mod or mod in seen:
            continue
        seen.add(mod)
        path = run(["pkg-config", "--path", mod]).stdout.strip()
        if path:
            used.add(path)
        for flag in ("--print-requires", "--print-requires-private"):
            modules += run(["pkg-config", flag, mod]).stdout.split("\n")
    return used, "CMakeCache.txt and its pkg-config modules"


def library_dirs():
    out = run(["c++", "-print-search-dirs"]).stdout
    dirs = []
    for line in out.splitlines():
        if line.startswith("libraries: ="):
            dirs = [os.path.normpath(d) for d in line[len("libraries: ="):].split(":")]
    return dirs


def from_build_commands(build_dir):
    out = run(["ninja", "-C", build_dir, "-t", "commands"])
    used = set()
    libs = set()
    for cmd in out.stdout.splitlines():
        try:
            tokens = shlex.split(cmd)
        except ValueError:
            tokens = cmd.split()
        for t in tokens:
            if t.startswith("-l") and len(t) > 2 and re.match(r"^-l[\w.+-]+$", t):
                libs.add(t[2:])
            elif t.startswith("/"):
                used.add(t)
            elif t.startswith("-Wl,") or t.startswith("-I") or t.startswith("-isystem"):
                continue
    dirs = library_dirs()
    for lib in libs:
        for d in dirs:
            for name in ("lib%s.so" % lib, "lib%s.a" % lib):
                if os.path.exists(os.path.join(d, name)):
                    used.add(os.path.join(d, name))
                    break
            else:
                continue
            break
    return used, "build commands and link lines (ninja -t commands)"


def from_ldd(build_dir):
    used = set()
    for exe in glob.glob(os.path.join(build_dir, "**", "*"), recursive=True):
        if not (os.path.isfile(exe) and os.access(exe, os.X_OK)) or "CMakeFiles" in exe:
            continue
        with open(exe, "rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        for line in run(["ldd", exe]).stdout.splitlines():
            m = re.search(r"=> (/\S+)", line) or re.match(r"\s*(/\S+)", line)
            if m:
                used.add(m.group(1))
    return used, "libraries the built programs load (ldd)"


def from_trace(log):
    used = set()
    pat = re.compile(r'^(?:\[pid\s+)?(\d+)\]?\s+(execve|openat)\((?:AT_FDCWD, )?"([^"]+)"')
    program = {}  # pid -> the program it runs now
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = pat.match(line)
            if not m or " = -1 " in line:
                continue
            pid, call, path = m.group(1), m.group(2), os.path.normpath(m.group(3))
            if call == "execve":
                program[pid] = path
            if program.get(pid) in PROBED:
                continue
            used.add(path)
    return used, "programs the tests ran and files they opened (strace)"


def from_tools(tools):
    used = set()
    missing = []
    for t in tools:
        path = run(["bash", "-c", "command -v %s" % shlex.quote(t)]).stdout.strip()
        if path.startswith("/"):
            used.add(path)
        else:
            missing.append(t)
    return used, missing


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--trace", action="append", default=[])
    ap.add_argument("--tool", action="append", default=[])
    ap.add_argument("--package-trace", action="append", default=[],
                    help="a trace of the package test: it may also use what --deb packages pull in")
    ap.add_argument("--deb", action="append", default=[],
                    help="a package the package test installs: apt pulls its Depends by itself")
    ap.add_argument("--drop", action="append", default=[],
                    help="check as if setup.sh did not list this package (shows the check can fail)")
    args = ap.parse_args()
    build_dir = os.path.realpath(args.build)
    if not os.path.isfile(os.path.join(build_dir, "build.ninja")):
        print("check-setup-deps: %s is not a Ninja build directory" % build_dir, file=sys.stderr)
        return 2

    records = load_records()
    roots = [p for p in setup_packages() if p not in args.drop]
    pulled = []
    for deb in args.deb:
        for field in ("Pre-Depends", "Depends"):
            value = run(["dpkg-deb", "-f", deb, field]).stdout.strip()
            pulled += [group[0] for group in atoms(value) if group[0] in records]
    unknown = [p for p in roots if p not in records]
    if unknown:
        print("check-setup-deps: setup.sh lists packages apt does not know: %s" % " ".join(unknown),
              file=sys.stderr)
        return 1
    allowed = closure(roots + baseline(records), records)
    allowed_with_debs = closure(roots + pulled + baseline(records), records)
    index = owner_index()

    sources = [from_ninja_deps(build_dir), from_rerun_cmake(build_dir), from_cmake_cache(build_dir),
               from_build_commands(build_dir), from_ldd(build_dir)]
    for log in args.trace:
        sources.append(from_trace(log))
    for log in args.package_trace:
        used, _ = from_trace(log)
        sources.append((used, "programs the package test ran (strace)"))
    tool_files, missing_tools = from_tools(args.tool)
    sources.append((tool_files, "programs the test scripts run"))

    problems = {}
    orphans = {}
    scanned = set()
    checked = 0
    for used, what in sources:
        for path in sorted(used):
            if not interesting(path, build_dir):
                continue
            checked += 1
            pkg = owner(path, index)
            if pkg is None:
                orphans.setdefault(path, what)
            elif pkg not in (allowed_with_debs if what.startswith("programs the package test") else allowed):
                if any(c.startswith(SCANNED) for c in candidates(path)):
                    scanned.add(pkg)
                else:
                    problems.setdefault(pkg, []).append((path, what))
    for t in missing_tools:
        print("check-setup-deps: the test scripts run '%s', which is not installed" % t)
    for pkg, files in sorted(problems.items()):
        path, what = files[0]
        print("check-setup-deps: package %s is used but scripts/setup.sh does not install it "
              "(nor anything that Depends on it): %s, from %s%s"
              % (pkg, path, what, " (+%d more files)" % (len(files) - 1) if len(files) > 1 else ""))
    for path, what in sorted(orphans.items()):
        print("check-setup-deps: %s (from %s) belongs to no Debian package" % (path, what))
    if scanned:
        print("check-setup-deps: seen while scanning font/plugin folders, not needed: %s"
              % " ".join(sorted(scanned)))
    ok = not problems and not orphans and not missing_tools
    print("check-setup-deps: %d files used by the build%s checked against the closure of %d setup "
          "packages (%d packages): %s"
          % (checked, " and tests" if args.trace else "", len(roots), len(allowed),
             "complete" if ok else "INCOMPLETE"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
