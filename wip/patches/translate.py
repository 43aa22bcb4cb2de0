# Fills the zh_CN entries of the strings added for issue 16 (server side).
import sys, re, html
p = sys.argv[1]
zh = {
 "%1: a name may not contain control characters or line breaks.": "%1：姓名中不能含有控制字符或换行。",
 "%1: a name may not contain markup (<, > or &).": "%1：姓名中不能含有标记字符（<、> 或 &）。",
 "%1: the text contains a control character (code %2).": "%1：文本中含有控制字符（编码 %2）。",
 "A step with an amount needs its first and last month (first not after last).": "有金额的步骤须填写起止月份（起始月不晚于截止月）。",
 "%1 to %2 is %3 months, not %4.": "%1 至 %2 共 %3 个月，而不是 %4 个月。",
 "%1 months at the recorded %2 yuan a month are %3 yuan, not %4 yuan.": "%1 个月按登记的每月 %2 元计为 %3 元，而不是 %4 元。",
 "%1: not a date (YYYY-MM-DD).": "%1：不是日期（YYYY-MM-DD）。",
 "%1: not a time (ISO 8601).": "%1：不是时间（ISO 8601）。",
 "%1: not a whole number.": "%1：不是整数。",
 "method: '%1' is not a way of checking.": "method：“%1”不是认证方式。",
 "status: '%1' is not a living status.": "status：“%1”不是生存状态。",
 "evidence: '%1' is not a kind of evidence.": "evidence：“%1”不是佐证资料类型。",
 "step: '%1' is not a payment step.": "step：“%1”不是待遇发放步骤。",
 "months: at most 1200.": "months：最多 1200。",
 "The date of the step (%1) is in the future.": "办理日期（%1）晚于今天。",
}
s = open(p, encoding='utf-8').read()
def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&apos;').replace('"', '&quot;')
n = 0
for src, tr in zh.items():
    for variant in {esc(src), src.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'), src.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&apos;')}:
        pat = '<source>' + variant + '</source>\n        <translation type="unfinished"></translation>'
        if pat in s:
            s = s.replace(pat, '<source>' + variant + '</source>\n        <translation>' + esc(tr).replace('&quot;', '"') + '</translation>')
            n += 1
open(p, 'w', encoding='utf-8').write(s)
print('filled', n)
left = re.findall(r'<source>([^<]*)</source>\n\s*<translation type="unfinished">', s)
print('unfinished left:', left)
