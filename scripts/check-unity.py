#!/usr/bin/env python3
"""Checks a unity build (CERTDESK_UNITY, cmake/buildspeed.cmake) for what would
silently change its meaning.

A unity build compiles several .cpp files of a library as one translation unit,
each file seeing what the files before it in the same batch declared. The
compiler refuses a name defined twice, but not:
  - a file's internal helper function (anonymous namespace or static) that a
    later file of the batch calls by the same name: overload resolution may pick
    it instead of the function that file meant;
  - a file-scope `using namespace`, or a #define left defined, that changes
    lookup in the later files.
So no internal function of a file may be named like an unqualified call in a
later file of its batch, and a file with a file-scope `using namespace` or a
#define must not have a later file in its batch. Such a file is built alone:
certdesk_unity_alone() in its library's CMakeLists.txt.

    scripts/check-unity.py BUILD_DIR
    scripts/check-unity.py --self-test   (scripts/test.sh runs both)

BUILD_DIR is configured with -DCERTDESK_UNITY=ON. Reads the batches CMake wrote
(<target>.dir/Unity/unity_*_cxx.cxx, as compile_commands.json lists them) and the files with universal-ctags.
Exit 0: nothing found; 1: each finding printed with the file to build alone.
"""
import json
import pathlib
import re
import subprocess
import sys

INCLUDE = re.compile(r'^#include\s+"([^"]+)"', re.M)
USING_NAMESPACE = re.compile(r'^using namespace\s+[\w:]+\s*;', re.M)
DEFINE = re.compile(r'^\s*#\s*define\s+(\w+)', re.M)
UNDEF = re.compile(r'^\s*#\s*undef\s+(\w+)', re.M)


def batches(build):
    # The batches the build compiles (compile_commands.json): CMake leaves the
    # files of batches that no longer exist in place.
    commands = json.loads((build / 'compile_commands.json').read_text())
    found = sorted({pathlib.Path(c['file']) for c in commands
                    if re.search(r'/Unity/unity_\d+_cxx\.cxx$', c['file'])})
    for unity in found:
        files = [pathlib.Path(f) for f in INCLUDE.findall(unity.read_text())]
        yield unity, files


def internal_functions(path):
    """Free functions with internal linkage defined in the file (ctags)."""
    out = subprocess.run(['ctags', '--output-format=json', '--fields=+sZKE', '-f', '-',
                          '--language-force=C++', str(path)],
                         capture_output=True, text=True, check=True).stdout
    names = set()
    for line in out.splitlines():
        tag = json.loads(line)
        if tag.get('_type') != 'tag' or tag.get('kind') != 'function':
            continue
        name = tag['name']
        if name.startswith('__anon') or name.startswith('operator'):
            continue  # lambdas, operators of local types
        scope = tag.get('scope', '')
        last = scope.split('::')[-1] if scope else ''
        in_anonymous = last.startswith('__anon') and tag.get('scopeKind') == 'namespace'
        static_free = 'fileScope' in tag.get('extras', '') and tag.get('scopeKind') in (
            None, 'namespace')
        if in_anonymous or static_free:
            names.add(name)
    return names


def strip_comments_and_strings(text):
    text = re.sub(r'//[^\n]*', '', text)
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', text)


ROOT = pathlib.Path(__file__).resolve().parent.parent
HEADER_ROOTS = [ROOT / d for d in ('models', 'ui', 'server', 'app', 'app/cli')]
LOCAL_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+\.h)"', re.M)


def own_headers(path):
    """The project headers a file includes directly: their inline code is
    compiled after the earlier files of the batch too."""
    found = []
    for name in LOCAL_INCLUDE.findall(path.read_text()):
        for base in [path.parent] + HEADER_ROOTS:
            candidate = base / name
            if candidate.is_file():
                found.append(candidate)
                break
    return found


def unqualified_calls(path):
    calls = set()
    for source in [path] + own_headers(path):
        code = strip_comments_and_strings(source.read_text())
        calls |= set(re.findall(r'(?<![\w.>:~])([A-Za-z_]\w*)\s*\(', code))
    return calls


def check(build):
    """(number of batches, findings) for a configured build folder."""
    findings = []
    count = 0
    for unity, files in batches(build):
        count += 1
        # Sources the build generates (the pinyin table: data, no calls) do not
        # exist before it runs, and this check runs before it.
        files = [f for f in files if f.is_file() or not f.is_relative_to(build.resolve())]
        for i, first in enumerate(files):
            later = files[i + 1:]
            if not later:
                continue
            text = first.read_text()
            if USING_NAMESPACE.search(strip_comments_and_strings(text)):
                findings.append(f'{first}: a file-scope "using namespace" reaches '
                                f'{later[0].name} and the rest of {unity.name}')
            left = set(DEFINE.findall(text)) - set(UNDEF.findall(text))
            for macro in sorted(left):
                findings.append(f'{first}: #define {macro} reaches the rest of {unity.name}')
            helpers = internal_functions(first)
            for other in later:
                for name in sorted(helpers & unqualified_calls(other)):
                    findings.append(f'{first}: its internal {name}() is visible to '
                                    f'{other.name}, which calls a {name}() ({unity.name})')
    return count, findings


def self_test():
    """The check can fail: a batch with each kind of finding, and the same files
    in an order where nothing reaches a later file."""
    import tempfile
    sources = {
        'helper.cpp': 'namespace certdesk {\nnamespace {\nint fail(int code) { return code; }\n'
                      '} // namespace\nint useHelper() { return fail(1); }\n}\n',
        'usesname.cpp': 'using namespace certdesk;\n#define LIMIT 3\nint two() { return LIMIT; }\n',
        'caller.cpp': 'namespace certdesk {\nint fail(const char *why);\n'
                      'int called() { return fail("why"); }\n}\n',
    }
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for name, text in sources.items():
            (root / name).write_text(text)

        def run(order):
            build = root / ('build-' + '-'.join(o.split('.')[0] for o in order))
            unity = build / 'lib.dir' / 'Unity' / 'unity_0_cxx.cxx'
            unity.parent.mkdir(parents=True)
            unity.write_text(''.join(f'#include "{root / o}"\n' for o in order))
            (build / 'compile_commands.json').write_text(json.dumps([{'file': str(unity)}]))
            return check(build)[1]

        bad = run(['helper.cpp', 'usesname.cpp', 'caller.cpp'])
        expected = ['its internal fail() is visible to caller.cpp', '"using namespace" reaches',
                    '#define LIMIT reaches']
        missing = [e for e in expected if not any(e in f for f in bad)]
        good = run(['caller.cpp', 'helper.cpp', 'usesname.cpp'])
        if missing or good:
            print(f'check-unity self-test failed: missing {missing}, found in the good '
                  f'order {good}', file=sys.stderr)
            return 1
    print('check-unity self-test: a helper, a using namespace and a #define reaching a later '
          'file are found; the same files in a safe order pass')
    return 0


def main():
    if sys.argv[1:] == ['--self-test']:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    build = pathlib.Path(sys.argv[1])
    count, findings = check(build)
    if count == 0:
        print(f'check-unity: no unity batches under {build} (configure with -DCERTDESK_UNITY=ON)',
              file=sys.stderr)
        return 1
    for f in findings:
        print(f, file=sys.stderr)
    if findings:
        print('check-unity: build these files alone (certdesk_unity_alone in their '
              "library's CMakeLists.txt) or rename the helper", file=sys.stderr)
        return 1
    print(f'check-unity: {count} batches, nothing a later file could pick up')
    return 0


if __name__ == '__main__':
    sys.exit(main())
