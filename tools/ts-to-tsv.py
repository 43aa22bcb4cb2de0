#!/usr/bin/env python3
"""Writes the finished translations of a .ts file as the tab-separated lines
tools/fill-translations.py reads (context, source, translation; line breaks as
\\n). Used when merging branches: take one side's .ts, run lupdate, then fill
the other side's strings from its .ts.

    git show other:translations/certdesk_zh_CN.ts | python3 tools/ts-to-tsv.py > other.tsv
"""
import re
import sys

text = sys.stdin.read()
for cm in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
    ctx = cm.group(1)
    for mm in re.finditer(r"<message(?: numerus=\"yes\")?>\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?"
                          r"<translation>(?:\s*<numerusform>([^<]*)</numerusform>\s*|([^<]*))</translation>", cm.group(2)):
        src = mm.group(1)
        tr = mm.group(2) if mm.group(2) is not None else mm.group(3)
        esc = lambda s: s.replace("\n", "\\n")
        print("%s\t%s\t%s" % (ctx, esc(src), esc(tr)))
