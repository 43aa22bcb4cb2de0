#!/usr/bin/env python3
"""Fills unfinished zh_CN entries of translations/certdesk_zh_CN.ts from a
tab-separated file: context<TAB>source<TAB>translation (source as in the .ts,
XML-escaped, line breaks written as \\n; for plural messages give one
translation). Prints what is still
unfinished afterwards, so nothing is missed.

    python3 tools/fill-translations.py translations/certdesk_zh_CN.ts new.tsv
"""
import re
import sys

ts_path, tsv_path = sys.argv[1], sys.argv[2]
wanted = {}
with open(tsv_path, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        ctx, src, tr = line.split("\t")
        # "\n" in the file stands for a line break inside a message.
        wanted[(ctx, src.replace("\\n", "\n"))] = tr.replace("\\n", "\n")

text = open(ts_path, encoding="utf-8").read()
out = []
pos = 0
context_re = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
for cm in context_re.finditer(text):
    ctx = cm.group(1)
    body = cm.group(2)

    def fill(mm):
        src = mm.group(2)
        tr = wanted.get((ctx, src))
        if tr is None:
            return mm.group(0)
        if mm.group(1):  # numerus
            return '%s<translation>\n            <numerusform>%s</numerusform>\n        </translation>' % (mm.group(0).split("<translation")[0], tr)
        return '%s<translation>%s</translation>' % (mm.group(0).split("<translation")[0], tr)

    msg_re = re.compile(r'<message( numerus="yes")?>\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?<translation type="unfinished">(?:\s*<numerusform>[^<]*</numerusform>\s*|[^<]*)</translation>', re.S)
    new_body = msg_re.sub(fill, body)
    out.append(text[pos:cm.start(2)])
    out.append(new_body)
    pos = cm.end(2)
out.append(text[pos:])
result = "".join(out)
open(ts_path, "w", encoding="utf-8").write(result)
left = re.findall(r"<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?<translation type=\"unfinished\"", result)
for s in left:
    print("unfinished:", s)
sys.exit(1 if left else 0)
