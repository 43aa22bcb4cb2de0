<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessGate</name>
    <message>
        <source>%1 cannot record checks: %2</source>
        <translation>%1不能记录认证核实：%2</translation>
    </message>
    <message>
        <source>%1 cannot record payment steps: under the %2 rules (%3) they are the duty &quot;%4&quot;, which this account does not hold.</source>
        <translation>%1不能登记待遇发放变更：按%2规定（%3），这是“%4”岗位的职责，该账号不具备。</translation>
    </message>
    <message>
        <source>%1 cannot approve checks: the county (district) level approves them.</source>
        <translation>%1不能审批认证核实：由县（区）级经办机构审批。</translation>
    </message>
</context>
<context>
    <name>ApprovalLevels</name>
    <message>
        <source>county (district)</source>
        <translation>县（区）级</translation>
    </message>
    <message>
        <source>street (town)</source>
        <translation>乡镇（街道）级</translation>
    </message>
    <message>
        <source>community (village)</source>
        <translation>村（社区）级</translation>
    </message>
    <message numerus="yes">
        <source>All %n approval(s) are already given.</source>
        <translation>
            <numerusform>已完成全部 %n 级审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval %1 of %2 must come from the %3 level; your account works at the %4 level.</source>
        <translation>第 %1 级审批（共 %2 级）须由%3账号办理；您的账号属于%4。</translation>
    </message>
    <message>
        <source>whole-file</source>
        <translation>全库</translation>
    </message>
</context>
<context>
    <name>ArchiveBundle</name>
    <message>
        <source>No jurisdiction with code %1 in this database.</source>
        <translation>本数据库中没有代码为 %1 的行政区划。</translation>
    </message>
    <message>
        <source>The month is not a valid month.</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Writing the bundle %1 failed.</source>
        <translation>写入电子档案包 %1 失败。</translation>
    </message>
    <message>
        <source>Cancelled: the bundle was not written.</source>
        <translation>已取消：未写入电子档案包。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 has not begun yet: the volume will be empty.</source>
        <translation>%1 尚未开始，将生成空卷。</translation>
    </message>
    <message numerus="yes">
        <source>This month (%1) has not ended yet: the volume holds only the %n check(s) recorded up to today.</source>
        <translation>
            <numerusform>本月（%1）尚未结束，卷中只有截至今天的 %n 条认证记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks were recorded in %1: the volume will be empty.</source>
        <translation>%1 没有认证记录，将生成空卷。</translation>
    </message>
</context>
<context>
    <name>ArchiveSource</name>
    <message>
        <source>Reading the recorded checks failed: %1</source>
        <translation>读取认证记录失败：%1</translation>
    </message>
    <message>
        <source>Reading the evidence list failed: %1</source>
        <translation>读取佐证资料清单失败：%1</translation>
    </message>
</context>
<context>
    <name>ArchiveVolume</name>
    <message>
        <source>Certification archive volume %1</source>
        <translation>资格认证档案卷 %1</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation>无法打开打印机或文件进行输出。</translation>
    </message>
    <message>
        <source>Cancelled: the volume was not written.</source>
        <translation>已取消：未写入档案卷。</translation>
    </message>
    <message>
        <source>Painting the volume failed.</source>
        <translation>生成档案卷失败。</translation>
    </message>
    <message>
        <source>%1 · %2 · volume %3</source>
        <translation>%1 · %2 · 卷号 %3</translation>
    </message>
    <message>
        <source>Benefit eligibility certification archive</source>
        <translation>待遇领取资格认证档案</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Recorded checks: %1    Persons: %2    Evidence files: %3</source>
        <translation>认证记录：%1 条    涉及人数：%2 人    佐证资料：%3 份</translation>
    </message>
    <message>
        <source>No checks were recorded in this month. This volume is intentionally empty.</source>
        <translation>本月没有认证记录，本卷为空卷。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>卷号：%1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Prepared by: %1        Date: ____________</source>
        <translation>整理人：%1        日期：____________</translation>
    </message>
    <message>
        <source>Reviewed by: ____________        Date: ____________</source>
        <translation>审核人：____________        日期：____________</translation>
    </message>
    <message>
        <source>Kept by: ____________        Place: ____________</source>
        <translation>保管人：____________        存放地点：____________</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>认证结果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>(no recorded checks)</source>
        <translation>（无认证记录）</translation>
    </message>
    <message>
        <source>Record %1 of %2: %3</source>
        <translation>第 %1 条（共 %2 条）：%3</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Time of the check</source>
        <translation>核实时间</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Period given</source>
        <translation>认证服务期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Corrects record</source>
        <translation>更正的记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>无佐证资料。</translation>
    </message>
    <message>
        <source>Worker&apos;s signature</source>
        <translation>经办人签字</translation>
    </message>
    <message>
        <source>Person or proxy&apos;s signature</source>
        <translation>被认证人或代办人签字</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Record %1 of %2: %3 (evidence, continued)</source>
        <translation>第 %1 条（共 %2 条）：%3（佐证资料，续）</translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3…</source>
        <translation>%1 · %2 · SHA-256 %3…</translation>
    </message>
    <message>
        <source>Evidence file missing from this computer: %1</source>
        <translation>本机缺少该佐证文件：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>认证记录</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Other results</source>
        <translation>其他结果</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <source>This volume has %1 pages: a cover, %2 index pages, the sections of %3 recorded checks and this summary.</source>
        <translation>本卷共 %1 页：封面、目录 %2 页、认证记录 %3 条及本汇总页。</translation>
    </message>
    <message>
        <source>The electronic bundle with the same identifier holds this PDF, the original evidence files, the records as JSON and a manifest with the SHA-256 of every file.</source>
        <translation>同卷号的电子档案包内含本 PDF、佐证资料原件、JSON 格式的认证记录，以及列有每个文件 SHA-256 的清单。</translation>
    </message>
    <message>
        <source>Prepared by: %1        Reviewed by: ____________        Date: ____________</source>
        <translation>整理人：%1        审核人：____________        日期：____________</translation>
    </message>
</context>
<context>
    <name>AuditHeadCheck</name>
    <message>
        <source>The server&apos;s answer has no list of audit heads.</source>
        <translation>服务器的答复中没有审计日志头的列表。</translation>
    </message>
    <message>
        <source>The server&apos;s list of audit heads holds an entry that is not one.</source>
        <translation>服务器的审计日志头列表中有一项不是有效的日志头。</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one the server pinned on %2: the trail was rewritten before the pinned head.</source>
        <translation>审计日志第 %1 条与服务器在 %2 固定的不一致：固定的日志头之前的记录被改写过。</translation>
    </message>
    <message>
        <source>Audit entry %1, pinned by the server on %2, is missing here: the trail was rewritten before the pinned head.</source>
        <translation>服务器在 %2 固定的审计日志第 %1 条在本机已不存在：固定的日志头之前的记录被改写过。</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>审计记录 %1 缺失：已被删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: the chain was altered.</source>
        <translation>审计记录 %1 与记录 %2 不衔接：哈希链已被改动。</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered after it was written.</source>
        <translation>审计记录 %1 写入后被修改。</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>full ID number shown</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>check recorded</source>
        <translation>记录认证核实</translation>
    </message>
    <message>
        <source>check corrected</source>
        <translation>更正认证核实</translation>
    </message>
    <message>
        <source>batch pass</source>
        <translation>批量通过</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>synchronisation</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>user account changed</source>
        <translation>修改用户账号</translation>
    </message>
    <message>
        <source>sync conflict decided</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>payment step recorded</source>
        <translation>登记待遇发放变更</translation>
    </message>
    <message>
        <source>check approved by the county</source>
        <translation>县级审批认证核实</translation>
    </message>
</context>
<context>
    <name>BackupFormat</name>
    <message>
        <source>The backup&apos;s list of contents (manifest.json) is not valid: %1</source>
        <translation>备份的内容清单（manifest.json）无效：%1</translation>
    </message>
    <message>
        <source>it is not JSON (%1)</source>
        <translation>它不是 JSON 格式（%1）</translation>
    </message>
    <message>
        <source>it does not say it describes a CertDesk backup</source>
        <translation>它没有声明自己是资格认证工作台的备份</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>缺少格式版本</translation>
    </message>
    <message>
        <source>The backup was made by a newer CertDesk (backup format %1; this program reads up to %2). Please update CertDesk.</source>
        <translation>该备份由更新版本的资格认证工作台制作（备份格式 %1，本程序最高支持 %2）。请先升级程序。</translation>
    </message>
    <message>
        <source>the schema version, the time or the desk is missing</source>
        <translation>缺少数据库版本、制作时间或工作台标识</translation>
    </message>
    <message>
        <source>the row count of %1 is not a number</source>
        <translation>%1 的行数不是数字</translation>
    </message>
    <message>
        <source>it lists an entry named &quot;%1&quot;, which a backup never holds</source>
        <translation>其中列出了名为“%1”的条目，正常备份不会包含它</translation>
    </message>
    <message>
        <source>the size or checksum of %1 is missing</source>
        <translation>缺少 %1 的大小或校验值</translation>
    </message>
    <message>
        <source>it lists %1 twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>it lists no database</source>
        <translation>其中没有数据库</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>The backup is of another desk (%1), but this PC holds the data of desk %2. Restoring it would replace this desk&apos;s data with another desk&apos;s. To move that desk to this PC, confirm moving the desk (certdesk-cli: --move-desk).</source>
        <translation>该备份属于另一个工作台（%1），而本机保存的是工作台 %2 的数据。恢复它会用另一个工作台的数据替换本工作台的数据。如果要把那个工作台搬到本机，请确认“搬迁工作台”（命令行：--move-desk）。</translation>
    </message>
    <message>
        <source>(never backed up or synchronised)</source>
        <translation>（从未备份或同步过）</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>恢复已取消，没有任何改动。</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 没有任何改动。</translation>
    </message>
    <message>
        <source>The backup&apos;s database cannot be opened: %1 Nothing was changed.</source>
        <translation>备份中的数据库无法打开：%1 没有任何改动。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 to keep the current data in. Nothing was changed.</source>
        <translation>无法创建用来保留当前数据的文件夹 %1。没有任何改动。</translation>
    </message>
    <message>
        <source>Cannot move %1 (is it open in another program?). Nothing was changed.</source>
        <translation>无法移动 %1（是否被其他程序打开？）。没有任何改动。</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Cannot remove the old automatic backup %1.</source>
        <translation>无法删除旧的自动备份 %1。</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk backup: it is not a zip file, or it is cut short (its list of contents at the end is missing — was the USB stick pulled out while it was written?).</source>
        <translation>%1 不是资格认证工作台的备份：它不是 zip 文件，或者文件不完整（末尾的目录缺失——是否在写入时拔出了U盘？）。</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk backup: it has no readable manifest.json.</source>
        <translation>%1 不是资格认证工作台的备份：其中没有可读的 manifest.json。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the database in: %1</source>
        <translation>无法创建用于检查数据库的临时文件夹：%1</translation>
    </message>
    <message>
        <source>There is not enough free disk space in %1: the backup needs %2 MB, %3 MB are free.</source>
        <translation>%1 所在磁盘空间不足：需要 %2 MB，可用 %3 MB。</translation>
    </message>
    <message>
        <source>The backup holds an entry named &quot;%1&quot;, which a CertDesk backup never holds (a crafted or foreign file). Nothing was restored.</source>
        <translation>备份中有名为“%1”的条目，正常备份不会包含它（文件被伪造或来自其他程序）。没有恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup holds the entry %1 twice (a crafted or damaged file).</source>
        <translation>备份中条目 %1 出现了两次（文件被伪造或已损坏）。</translation>
    </message>
    <message>
        <source>The backup holds the entry %1, which its manifest does not list.</source>
        <translation>备份中有条目 %1，但内容清单中没有列出它。</translation>
    </message>
    <message>
        <source>The entry %1 is %2 bytes long, but the manifest says %3 bytes: the backup was changed or damaged.</source>
        <translation>条目 %1 的大小为 %2 字节，而内容清单记载为 %3 字节：备份已被修改或损坏。</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2.</source>
        <translation>无法把 %1 写入 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The entry %1 of the backup is damaged (cut short, or its zip checksum does not match).</source>
        <translation>备份中的条目 %1 已损坏（内容不完整，或 zip 校验和不符）。</translation>
    </message>
    <message>
        <source>The entry %1 does not match its SHA-256 in the manifest: the backup was changed or damaged.</source>
        <translation>条目 %1 与内容清单中的 SHA-256 校验值不符：备份已被修改或损坏。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its list of entries cannot be read to the end.</source>
        <translation>备份 %1 已损坏：无法完整读取其条目列表。</translation>
    </message>
    <message>
        <source>The entry %1 listed in the manifest is missing from the backup.</source>
        <translation>内容清单中列出的条目 %1 在备份中缺失。</translation>
    </message>
    <message>
        <source>The backup&apos;s database is not usable: %1</source>
        <translation>备份中的数据库不能使用：%1</translation>
    </message>
    <message>
        <source>The backup&apos;s database is not a CertDesk database.</source>
        <translation>备份中的数据库不是资格认证工作台的数据库。</translation>
    </message>
    <message>
        <source>The backup was made by a newer CertDesk (schema version %1; this program knows up to %2). Please update CertDesk first.</source>
        <translation>该备份由更新版本的资格认证工作台制作（数据库版本 %1，本程序最高支持 %2）。请先升级程序。</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not match its manifest (schema version or desk).</source>
        <translation>备份中的数据库与内容清单不符（数据库版本或工作台标识）。</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not match its manifest: table %1 has %2 rows, the manifest says %3.</source>
        <translation>备份中的数据库与内容清单不符：表 %1 有 %2 行，清单记载为 %3 行。</translation>
    </message>
</context>
<context>
    <name>BenefitAmounts</name>
    <message>
        <source>A benefit amount needs the month it starts and an amount of 0 or more.</source>
        <translation>待遇金额须注明起始月份，且金额不得小于 0。</translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation>没有编号为 %1 的待遇领取人员。</translation>
    </message>
</context>
<context>
    <name>BenefitCategories</name>
    <message>
        <source>Enterprise employee pension</source>
        <translation>企业职工基本养老保险</translation>
    </message>
    <message>
        <source>Institution pension</source>
        <translation>机关事业单位养老保险</translation>
    </message>
    <message>
        <source>Urban-rural resident pension</source>
        <translation>城乡居民养老保险</translation>
    </message>
    <message>
        <source>Work-injury long-term benefit</source>
        <translation>工伤保险长期待遇</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>失业保险金</translation>
    </message>
    <message>
        <source>Dependent/survivor benefit</source>
        <translation>供养亲属/遗属待遇</translation>
    </message>
</context>
<context>
    <name>BenefitLifecycle</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Certification failed</source>
        <translation>认证不通过</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Payment suspended</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Payment stopped</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Payment resumed</source>
        <translation>恢复发放</translation>
    </message>
    <message>
        <source>Back pay paid</source>
        <translation>已补发</translation>
    </message>
    <message>
        <source>Account sealed</source>
        <translation>账户封存</translation>
    </message>
    <message>
        <source>Account unsealed</source>
        <translation>账户解封</translation>
    </message>
    <message>
        <source>Repayment notice</source>
        <translation>限期退还通知书</translation>
    </message>
    <message>
        <source>Repayment agreement</source>
        <translation>退还协议</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>退还款项</translation>
    </message>
    <message>
        <source>Refused to repay</source>
        <translation>拒不退还</translation>
    </message>
    <message>
        <source>Every step must name who recorded it.</source>
        <translation>每一步都必须注明经办人。</translation>
    </message>
    <message>
        <source>Give the date of the step.</source>
        <translation>请填写办理日期。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the person&apos;s latest step (%1).</source>
        <translation>办理日期不能早于此人最近一次业务的日期（%1）。</translation>
    </message>
    <message>
        <source>Amounts, months and instalments cannot be negative.</source>
        <translation>金额、月数和分期数不能为负数。</translation>
    </message>
    <message>
        <source>The account is sealed: nothing can be recorded until it is unsealed with approval.</source>
        <translation>该账户已封存：经审批解封前不能办理任何业务。</translation>
    </message>
    <message>
        <source>Only a person in normal status can be marked as failed (now: %1).</source>
        <translation>只有状态正常的人员才能标记为认证不通过（当前：%1）。</translation>
    </message>
    <message>
        <source>Say why the certification failed.</source>
        <translation>请说明认证不通过的原因。</translation>
    </message>
    <message>
        <source>The payment is already suspended or stopped (now: %1).</source>
        <translation>待遇已暂停或停发（当前：%1）。</translation>
    </message>
    <message>
        <source>Say why the payment is suspended.</source>
        <translation>请说明暂停发放的原因。</translation>
    </message>
    <message>
        <source>Give the month from which the payment is suspended.</source>
        <translation>请填写暂停发放的起始月份。</translation>
    </message>
    <message>
        <source>An objection can only be recorded against a suspension or stop (now: %1).</source>
        <translation>只能对暂停或停发提出异议（当前：%1）。</translation>
    </message>
    <message>
        <source>An objection needs who objected and what they object to.</source>
        <translation>异议须注明异议人和异议内容。</translation>
    </message>
    <message>
        <source>A payment can only be stopped after a suspension (now: %1).</source>
        <translation>只有暂停发放后才能停发（当前：%1）。</translation>
    </message>
    <message>
        <source>An objection was made on %1: verify the person again instead of stopping the payment.</source>
        <translation>已于 %1 提出异议：请重新核实，不能停发。</translation>
    </message>
    <message>
        <source>Only a failed, suspended or stopped payment can be resumed (now: %1).</source>
        <translation>只有认证不通过、暂停或停发的待遇才能恢复发放（当前：%1）。</translation>
    </message>
    <message>
        <source>Give the month from which the payment is resumed.</source>
        <translation>请填写恢复发放的起始月份。</translation>
    </message>
    <message>
        <source>There is no back pay to pay: back pay follows a resumption.</source>
        <translation>没有应补发的待遇：补发须在恢复发放之后。</translation>
    </message>
    <message>
        <source>The back pay is %1 yuan, not %2 yuan.</source>
        <translation>应补发 %1 元，而不是 %2 元。</translation>
    </message>
    <message>
        <source>Only a suspended or stopped account can be sealed (now: %1).</source>
        <translation>只有暂停或停发的账户才能封存（当前：%1）。</translation>
    </message>
    <message>
        <source>Accounts suspended for imprisonment are not sealed.</source>
        <translation>因服刑暂停的账户不予封存。</translation>
    </message>
    <message>
        <source>Only a sealed account can be unsealed (now: %1).</source>
        <translation>只有已封存的账户才能解封（当前：%1）。</translation>
    </message>
    <message>
        <source>Unsealing needs the approval of another user.</source>
        <translation>解封须经另一名工作人员审批。</translation>
    </message>
    <message>
        <source>Say why the account is unsealed.</source>
        <translation>请说明解封原因。</translation>
    </message>
    <message>
        <source>There is no overpaid amount to reclaim.</source>
        <translation>没有需要追回的多领金额。</translation>
    </message>
    <message>
        <source>A repayment notice is still open (%1 yuan outstanding).</source>
        <translation>尚有未结清的退还通知（欠款 %1 元）。</translation>
    </message>
    <message>
        <source>A repayment notice needs a deadline on or after its date.</source>
        <translation>退还通知书的期限不能早于通知日期。</translation>
    </message>
    <message>
        <source>Nothing is owed: issue a repayment notice first.</source>
        <translation>没有欠款：请先发出限期退还通知书。</translation>
    </message>
    <message>
        <source>An agreement is one payment or a number of instalments (at least 1).</source>
        <translation>协议为一次性退还或分期退还（至少 1 期）。</translation>
    </message>
    <message>
        <source>A repayment must be more than 0 and at most the balance of %1 yuan.</source>
        <translation>退还金额须大于 0 且不超过欠款余额 %1 元。</translation>
    </message>
    <message>
        <source>Under the %1 rules an instalment agreement needs the consent of the city social insurance agency (%2): record who gave it.</source>
        <translation>按%1规定，签订分期还款协议须经市社会保险经办机构同意（%2）：请登记同意人。</translation>
    </message>
    <message>
        <source>Recovery by deduction from the funeral grant and pension is not set by this region&apos;s rules.</source>
        <translation>本地区规定未设置从丧葬费、抚恤金中扣除追回。</translation>
    </message>
</context>
<context>
    <name>BigDataCertification</name>
    <message>
        <source>The import batch marks %1 people qualified; the %2 rules allow 1 to %3 in one batch.</source>
        <translation>该导入批次标记了 %1 人认证合格；按%2规定，每批应为 1 至 %3 人。</translation>
    </message>
    <message>
        <source>The import batch has %1 of the %2 approvals the %3 rules require.</source>
        <translation>该导入批次只有 %1 级审批，%3规定需要 %2 级。</translation>
    </message>
</context>
<context>
    <name>BigDataConclusions</name>
    <message>
        <source>Window visit</source>
        <translation>经办窗口认证</translation>
    </message>
    <message>
        <source>App face recognition</source>
        <translation>APP人脸识别认证</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>合作银行确认</translation>
    </message>
    <message>
        <source>Volunteer time bank</source>
        <translation>时间银行志愿者确认</translation>
    </message>
    <message>
        <source>Managing unit</source>
        <translation>管理单位确认</translation>
    </message>
    <message>
        <source>Medical insurance, long-term care or family-doctor records</source>
        <translation>医保缴费、长期护理保险或家庭医生签约信息</translation>
    </message>
    <message>
        <source>Non-critical hospital stay</source>
        <translation>非危重疾病住院信息</translation>
    </message>
    <message>
        <source>Air or rail travel</source>
        <translation>乘坐飞机、火车记录</translation>
    </message>
    <message>
        <source>In-person bank business</source>
        <translation>本人办理银行业务记录</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>出入境记录</translation>
    </message>
    <message>
        <source>Public video face match</source>
        <translation>公共视频人脸比对</translation>
    </message>
    <message>
        <source>Big-data model</source>
        <translation>大数据认证模型</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他途径</translation>
    </message>
    <message>
        <source>Death (HR database)</source>
        <translation>死亡（人社数据库标识）</translation>
    </message>
    <message>
        <source>Death (national population database)</source>
        <translation>死亡（国家人口库标识）</translation>
    </message>
    <message>
        <source>Death (household registration cancelled)</source>
        <translation>死亡（户籍已注销）</translation>
    </message>
    <message>
        <source>Death (declared by a court)</source>
        <translation>死亡（法院宣告死亡）</translation>
    </message>
    <message>
        <source>Death (cremation record)</source>
        <translation>死亡（殡葬火化信息）</translation>
    </message>
    <message>
        <source>Death (medical death certificate)</source>
        <translation>死亡（医学死亡证明）</translation>
    </message>
    <message>
        <source>Death (reported by family)</source>
        <translation>死亡（家属申报）</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <source>Imprisoned</source>
        <translation>服刑</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>被收养</translation>
    </message>
    <message>
        <source>Spouse remarried</source>
        <translation>配偶再婚</translation>
    </message>
    <message>
        <source>Child or sibling employed or enlisted</source>
        <translation>子女或兄弟姐妹就业、参军</translation>
    </message>
    <message>
        <source>Re-employed</source>
        <translation>重新就业</translation>
    </message>
    <message>
        <source>Emigrated</source>
        <translation>移居境外</translation>
    </message>
    <message>
        <source>Drawing a pension</source>
        <translation>享受基本养老保险待遇</translation>
    </message>
    <message>
        <source>Refused suitable work or training</source>
        <translation>拒不接受介绍的适当工作或培训</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>丧失资格</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>具备资格</translation>
    </message>
</context>
<context>
    <name>BigDataImport</name>
    <message>
        <source>The file needs an ID-number column and a conclusion column; found: %1</source>
        <translation>文件须有身份证号列和结论列；现有列：%1</translation>
    </message>
    <message>
        <source>bad ID number %1: %2</source>
        <translation>身份证号 %1 有误：%2</translation>
    </message>
    <message>
        <source>%1 appears twice in the file</source>
        <translation>%1 在文件中出现了两次</translation>
    </message>
    <message>
        <source>unknown conclusion code &apos;%1&apos; (丧失资格, 待核实 or 具备资格)</source>
        <translation>未知的结论“%1”（应为 丧失资格、待核实 或 具备资格）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM)</source>
        <translation>“%1”不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>unknown person: %1 is not in the roster</source>
        <translation>查无此人：%1 不在本辖区名册中</translation>
    </message>
    <message>
        <source>name %1 does not match the roster&apos;s %2 for %3</source>
        <translation>姓名 %1 与名册中 %3 的姓名 %2 不符</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行存在问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1 could not be saved: %2</source>
        <translation>第 %1 行无法保存：%2</translation>
    </message>
    <message>
        <source>This file marks %1 people qualified; the %2 rules allow at most %3 in one batch. Split the file and import the parts one by one.</source>
        <translation>本文件将 %1 人标记为具备资格；按%2规定，一批最多 %3 人。请拆分文件后分批导入。</translation>
    </message>
    <message>
        <source>The batch could not be saved: %1</source>
        <translation>无法保存该批次：%1</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>没有第 %1 批导入。</translation>
    </message>
    <message>
        <source>Import batch %1 has already been applied.</source>
        <translation>第 %1 批导入已生效。</translation>
    </message>
    <message>
        <source>You submitted batch %1; it must be approved by other users.</source>
        <translation>第 %1 批由您提交，须由其他用户审批。</translation>
    </message>
    <message>
        <source>You have already approved batch %1; it needs another user.</source>
        <translation>您已审批过第 %1 批，还需另一位用户审批。</translation>
    </message>
    <message>
        <source>There is no import batch %1 waiting for approval.</source>
        <translation>没有等待审批的导入批次 %1。</translation>
    </message>
    <message>
        <source>the roster could not be read (%1), so the file cannot be checked and nothing was changed; if this happens again, restore the database from a backup</source>
        <translation>无法读取花名册（%1），文件未能核对，数据未作任何改动；如再次出现，请从备份恢复数据库</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>%1 is not a readable zip file (truncated or not a bundle).</source>
        <translation>%1 不是可读取的 zip 文件（文件不完整或不是电子档案包）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of files cannot be read.</source>
        <translation>%1 已损坏：无法读取其文件列表。</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json.</source>
        <translation>电子档案包中没有 manifest.json。</translation>
    </message>
    <message>
        <source>manifest.json is not a CertDesk bundle manifest.</source>
        <translation>manifest.json 不是本程序的电子档案清单。</translation>
    </message>
    <message>
        <source>Bundle format version %1 is not known to this program.</source>
        <translation>本程序不认识第 %1 版的电子档案包格式。</translation>
    </message>
    <message>
        <source>listed in the manifest but missing from the bundle</source>
        <translation>清单中列出，但档案包中缺少该文件</translation>
    </message>
    <message>
        <source>damaged: it cannot be read back (checksum error)</source>
        <translation>已损坏：无法读出（校验和错误）</translation>
    </message>
    <message>
        <source>changed: its SHA-256 differs from the manifest</source>
        <translation>已被改动：SHA-256 与清单不符</translation>
    </message>
    <message>
        <source>changed: its content no longer matches the hash in its name</source>
        <translation>已被改动：内容与文件名中的哈希值不符</translation>
    </message>
    <message>
        <source>not listed in the manifest (added later)</source>
        <translation>清单中没有该文件（事后添加）</translation>
    </message>
    <message>
        <source>manifest.json of %1 is %2 MB; at most %3 MB are read.</source>
        <translation>%1 的 manifest.json 有 %2 MB；最多读取 %3 MB。</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The server sent a person with an invalid ID number (%1).</source>
        <translation>服务器发来的人员身份证号无效（%1）。</translation>
    </message>
    <message>
        <source>The person of a pulled event cannot be read.</source>
        <translation>无法读取下载记录所属的人员。</translation>
    </message>
</context>
<context>
    <name>CheckApprovals</name>
    <message>
        <source>No check %1 waits for an approval.</source>
        <translation>没有待审批的认证核实 %1。</translation>
    </message>
    <message>
        <source>The check %1 has already been decided.</source>
        <translation>认证核实 %1 已审批。</translation>
    </message>
    <message>
        <source>Say why the check is refused; the worker sees the reason.</source>
        <translation>请填写不予通过的理由，经办人会看到该理由。</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation>无法读取同步冲突：%1</translation>
    </message>
    <message>
        <source>Death confirmed: the alive check was wrong</source>
        <translation>确认死亡：存活认证有误</translation>
    </message>
    <message>
        <source>Alive confirmed: the death record was wrong</source>
        <translation>确认存活：死亡记录有误</translation>
    </message>
    <message>
        <source>Keep one date of death</source>
        <translation>采用其中一个死亡日期</translation>
    </message>
    <message>
        <source>Keep one value</source>
        <translation>采用其中一个值</translation>
    </message>
    <message>
        <source>Alive check after a recorded death</source>
        <translation>已登记死亡后又认证存活</translation>
    </message>
    <message>
        <source>Different dates of death</source>
        <translation>死亡日期不一致</translation>
    </message>
    <message>
        <source>Contact detail changed on two devices</source>
        <translation>联系信息在两台设备上被改为不同值</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>Living status</source>
        <translation>生存状态</translation>
    </message>
    <message>
        <source>A decision cannot be recorded without the audit trail.</source>
        <translation>没有审计日志，不能记录处理决定。</translation>
    </message>
    <message>
        <source>This conflict is not known on this device or is outside your jurisdiction.</source>
        <translation>本机没有这条冲突，或它不在您的辖区内。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>这条冲突已经处理完毕。</translation>
    </message>
    <message>
        <source>A decision on this conflict was already recorded on this device; it is sent at the next sync.</source>
        <translation>本机已记录过对这条冲突的处理决定，将在下次同步时上传。</translation>
    </message>
    <message>
        <source>“%1” is not a decision for this kind of conflict.</source>
        <translation>“%1”不是这类冲突可用的处理决定。</translation>
    </message>
    <message>
        <source>Give the date of death to keep (YYYY-MM-DD).</source>
        <translation>请填写要采用的死亡日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Choose one of the two values of the conflict.</source>
        <translation>请从冲突的两个值中选择一个。</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>处理决定未保存：%1</translation>
    </message>
    <message>
        <source>A date of death cannot be in the future.</source>
        <translation>死亡日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>ContactChanges</name>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation>居住地址</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住性质</translation>
    </message>
    <message>
        <source>Elsewhere in China</source>
        <translation>国内异地居住</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>境外居住</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地居住</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（原值未记录）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>（清空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>contact change: field, old value, new value</comment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a contact field and the value it held</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Will certify</source>
        <translation>答应认证</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝认证</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>短信已发送</translation>
    </message>
    <message>
        <source>Give the date of the reminder (not in the future).</source>
        <translation>请填写提醒日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (phone or sms).</source>
        <translation>未知的提醒方式“%1”（应为 phone 或 sms）。</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;.</source>
        <translation>未知的提醒结果“%1”。</translation>
    </message>
    <message>
        <source>A text message can only be sent or go to a wrong number.</source>
        <translation>短信提醒的结果只能是“短信已发送”或“号码错误”。</translation>
    </message>
    <message>
        <source>Name the worker who made the contact.</source>
        <translation>请填写提醒的工作人员姓名。</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>无法计算统计看板：%1</translation>
    </message>
    <message>
        <source>No jurisdiction with code %1 in this database.</source>
        <translation>本数据库中没有代码为 %1 的行政区划。</translation>
    </message>
    <message>
        <source>%1 is outside your jurisdiction.</source>
        <translation>%1 不在您的辖区范围内。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件（可能是文件夹）。请指定数据库文件的路径。</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database: it is not an SQLite file, or its first page is damaged. The file was not changed.</source>
        <translation>%1 不是 CertDesk 数据库：它不是 SQLite 文件，或文件首页已损坏。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not CertDesk. The file was not changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 CertDesk 数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: it is %2 bytes long but should be %3 bytes (truncated copy?). The file was not changed; restore it from a backup.</source>
        <translation>数据库 %1 已损坏：文件大小为 %2 字节，应为 %3 字节（可能是复制不完整）。文件未作任何改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CertDesk (schema version %2; this program knows up to %3). Please update CertDesk. The file was not changed.</source>
        <translation>数据库 %1 由更新版本的 CertDesk 创建（数据库结构版本 %2，本程序最高支持 %3）。请升级 CertDesk。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is read-only (or its folder is). CertDesk needs to write beside it; copy it to a writable folder or change the permissions. The file was not changed.</source>
        <translation>数据库 %1（或其所在文件夹）为只读。CertDesk 需要在同一文件夹中写入文件，请将数据库复制到可写的文件夹，或修改权限。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。请检查文件路径。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。请检查路径和写入权限。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (or the other CertDesk window) and try again.</source>
        <translation>数据库 %1 已被其他程序锁定。请关闭该程序（或另一个 CertDesk 窗口）后重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. The file was not changed.</source>
        <translation>数据库 %1 已损坏：%2。文件未作任何改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation>无法写入数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation>无法将数据库 %1 切换为 WAL 模式：%2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2. Nothing was changed.</source>
        <translation>升级前无法备份数据库 %1：%2。数据库未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>无法升级数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing). Try again.</source>
        <translation>数据库正忙（其他程序正在写入），请稍后重试。</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full. Free some space and try again; the file was not changed.</source>
        <translation>存放数据库 %1 的磁盘已满。请腾出空间后重试；文件未被改动。</translation>
    </message>
    <message>
        <source>the copy could not be renamed</source>
        <translation>副本无法重命名</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of persons must be between 1 and 5,000,000.</source>
        <translation>人数必须在 1 到 5,000,000 之间。</translation>
    </message>
    <message>
        <source>The demo name lists are missing from the program&apos;s resources.</source>
        <translation>程序资源中缺少演示用姓名列表。</translation>
    </message>
    <message>
        <source>The database already holds recipients; demo data goes into an empty one.</source>
        <translation>数据库中已有待遇领取人员；演示数据只能生成到空数据库中。</translation>
    </message>
    <message>
        <source>Demo generation cancelled; nothing was saved.</source>
        <translation>已取消生成演示数据，未保存任何内容。</translation>
    </message>
    <message>
        <source>The number of districts must be between 1 and %1.</source>
        <translation>区的数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Cannot build the index %1 (SQLite sorts it in temporary files in SQLITE_TMPDIR, TMPDIR or /var/tmp): %2</source>
        <translation>无法建立索引 %1（SQLite 在 SQLITE_TMPDIR、TMPDIR 或 /var/tmp 的临时文件中排序）：%2</translation>
    </message>
</context>
<context>
    <name>DeskBackup</name>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>备份 %1 已存在。</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>无法在 %1 中写入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1 into the backup (is the disk full or the USB stick removed?).</source>
        <translation>无法把 %1 写入备份（磁盘是否已满，或U盘已拔出？）。</translation>
    </message>
    <message>
        <source>Cannot finish the backup file in %1 (is the disk full or the USB stick removed?).</source>
        <translation>无法在 %1 中完成备份文件（磁盘是否已满，或U盘已拔出？）。</translation>
    </message>
    <message>
        <source>Cannot flush the backup to %1 (was the USB stick removed?).</source>
        <translation>无法把备份完整写入 %1（U盘是否已拔出？）。</translation>
    </message>
    <message>
        <source>The backup written to %1 does not read back correctly, so it was deleted: %2</source>
        <translation>写入 %1 的备份回读校验不正确，已将其删除：%2</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>无法把备份命名为 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>没有用户登录。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>%1 is a folder, not a photo</source>
        <translation>%1 是文件夹，不是照片</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB)</source>
        <translation>%1 文件过大（%2 MB，最大 %3 MB）</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>无法读取 %1（%2）</translation>
    </message>
    <message>
        <source>%1: the pasted picture is empty</source>
        <translation>%1：粘贴的图片为空</translation>
    </message>
    <message>
        <source>%1 could not be converted to PNG (%2)</source>
        <translation>%1 无法转换为 PNG（%2）</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <source>%1: AVIF pictures are not supported; export the photo as JPEG</source>
        <translation>%1：不支持 AVIF 图片，请将照片导出为 JPEG</translation>
    </message>
    <message>
        <source>%1: HEIC photos are not supported; export the photo as JPEG</source>
        <translation>%1：不支持 HEIC 照片，请将照片导出为 JPEG</translation>
    </message>
    <message>
        <source>%1: PDF files are not accepted as photos</source>
        <translation>%1：PDF 文件不能作为照片</translation>
    </message>
    <message>
        <source>%1 is not an image (JPEG, PNG, BMP or WebP)</source>
        <translation>%1 不是图片（须为 JPEG、PNG、BMP 或 WebP）</translation>
    </message>
    <message>
        <source>%1: %2 pictures are not accepted (JPEG, PNG, BMP or WebP only)</source>
        <translation>%1：不接受 %2 格式的图片（仅限 JPEG、PNG、BMP 或 WebP）</translation>
    </message>
    <message>
        <source>%1: the image is damaged or incomplete (%2)</source>
        <translation>%1：图片已损坏或不完整（%2）</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>文件被截断</translation>
    </message>
    <message>
        <source>%1 could not be stored in %2 (%3)</source>
        <translation>%1 无法保存到 %2（%3）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is too large (%2 × %3 pixels; at most %4 megapixels)</source>
        <translation>%1 太大（%2 × %3 像素；最多 %4 百万像素）</translation>
    </message>
</context>
<context>
    <name>HomeVisitService</name>
    <message>
        <source>Not at home</source>
        <translation>不在家</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝认证</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation>住院中</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Give the date of the request.</source>
        <translation>请填写申请日期。</translation>
    </message>
    <message>
        <source>Say who asked for the visit.</source>
        <translation>请填写申请上门认证的人员。</translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation>找不到编号为 %1 的待遇领取人员。</translation>
    </message>
    <message>
        <source>%1 is not in a special group (aged 80+, ill, disabled, living alone or mentally ill); home visits are for people who cannot come in.</source>
        <translation>%1 不属于特殊群体（80岁以上、患病、残疾、独居或患精神疾病）；上门认证仅面向无法到场办理的人员。</translation>
    </message>
    <message>
        <source>%1 already has an open home-visit request, due %2.</source>
        <translation>%1 已有未办结的上门认证申请，应于 %2 前上门。</translation>
    </message>
    <message>
        <source>Cannot save the home-visit request: %1</source>
        <translation>无法保存上门认证申请：%1</translation>
    </message>
    <message>
        <source>Home visit %1 is not open.</source>
        <translation>上门认证申请 %1 不存在或已办结。</translation>
    </message>
    <message>
        <source>Name the worker who will visit.</source>
        <translation>请填写上门人员。</translation>
    </message>
    <message>
        <source>The planned date must be on or after the request (%1).</source>
        <translation>计划上门日期不能早于申请日期（%1）。</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;.</source>
        <translation>未知的上门结果“%1”。</translation>
    </message>
    <message>
        <source>The attempt date must be on or after the request (%1).</source>
        <translation>上门日期不能早于申请日期（%1）。</translation>
    </message>
    <message>
        <source>Name the worker who went.</source>
        <translation>请填写本次上门的工作人员。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number is empty</source>
        <translation>身份证号为空</translation>
    </message>
    <message>
        <source>must be 18 characters, got %1</source>
        <translation>应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>character %1 is not a digit</source>
        <translation>第 %1 位不是数字</translation>
    </message>
    <message>
        <source>character %1 is not a digit (X is only allowed as the last character)</source>
        <translation>第 %1 位不是数字（X 只能出现在最后一位）</translation>
    </message>
    <message>
        <source>character %1 is not a digit or X</source>
        <translation>第 %1 位不是数字或 X</translation>
    </message>
    <message>
        <source>area code %1 is not valid</source>
        <translation>地址码 %1 无效</translation>
    </message>
    <message>
        <source>birth date %1 is not a valid date</source>
        <translation>出生日期 %1 不是有效日期</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于当前日期</translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation>出生日期 %1 早于 1900 年</translation>
    </message>
    <message>
        <source>wrong check character (expected %1)</source>
        <translation>校验码错误（应为 %1）</translation>
    </message>
    <message>
        <source>%1 is a number a spreadsheet shortened to scientific notation; its last digits are lost: format the column as text and copy the ID number again</source>
        <translation>%1 是被电子表格改写为科学计数法的数字，末尾数字已丢失：请将该列设为文本格式后重新复制身份证号</translation>
    </message>
    <message>
        <source>15-digit first-generation number; its 18-digit form is %1</source>
        <translation>15 位一代身份证号，对应的 18 位号码为 %1</translation>
    </message>
</context>
<context>
    <name>IncomingEvent</name>
    <message>
        <source>%1: not a date (YYYY-MM-DD).</source>
        <translation>%1：不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1: not a time (ISO 8601).</source>
        <translation>%1：不是时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>%1: not a whole number.</source>
        <translation>%1：不是整数。</translation>
    </message>
    <message>
        <source>method: &apos;%1&apos; is not a way of checking.</source>
        <translation>method：“%1”不是认证方式。</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not a living status.</source>
        <translation>status：“%1”不是生存状态。</translation>
    </message>
    <message>
        <source>evidence: &apos;%1&apos; is not a kind of evidence.</source>
        <translation>evidence：“%1”不是佐证资料类型。</translation>
    </message>
    <message>
        <source>step: &apos;%1&apos; is not a payment step.</source>
        <translation>step：“%1”不是待遇发放步骤。</translation>
    </message>
    <message>
        <source>months: at most 1200.</source>
        <translation>months：最多 1200。</translation>
    </message>
    <message>
        <source>The date of the step (%1) is in the future.</source>
        <translation>办理日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>Back pay follows a suspension; this resumption has none before it.</source>
        <translation>补发须以暂停发放为前提；此次恢复发放之前没有暂停记录。</translation>
    </message>
    <message>
        <source>Back pay for %1 months, but the payment was suspended for %2.</source>
        <translation>补发 %1 个月，但暂停发放只有 %2 个月。</translation>
    </message>
</context>
<context>
    <name>JurisdictionRepository</name>
    <message>
        <source>Cannot save jurisdiction %1 (%2): %3</source>
        <translation>无法保存辖区 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>LedgerBands</name>
    <message>
        <source>No period</source>
        <translation>无认证服务期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>≤1 month</source>
        <translation>1个月内到期</translation>
    </message>
    <message>
        <source>1–2 months</source>
        <translation>1–2个月到期</translation>
    </message>
    <message>
        <source>2–3 months</source>
        <translation>2–3个月到期</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>3个月后到期</translation>
    </message>
</context>
<context>
    <name>LedgerRows</name>
    <message>
        <source>The list can only be read from an open SQLite database.</source>
        <translation>只能从已打开的 SQLite 数据库读取名单。</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Within 1 month</source>
        <translation>1个月内到期</translation>
    </message>
    <message>
        <source>1-2 months</source>
        <translation>1–2个月到期</translation>
    </message>
    <message>
        <source>2-3 months</source>
        <translation>2–3个月到期</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>3个月内到期</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Big-data results</source>
        <translation>大数据比对结果</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门认证</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>short</comment>
        <translation>逾期</translation>
    </message>
    <message>
        <source>≤1 mo</source>
        <comment>short</comment>
        <translation>≤1个月</translation>
    </message>
    <message>
        <source>1–2 mo</source>
        <comment>short</comment>
        <translation>1–2个月</translation>
    </message>
    <message>
        <source>2–3 mo</source>
        <comment>short</comment>
        <translation>2–3个月</translation>
    </message>
    <message>
        <source>≤3 mo</source>
        <comment>short</comment>
        <translation>3个月内</translation>
    </message>
    <message>
        <source>To verify</source>
        <comment>short</comment>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Big data</source>
        <comment>short</comment>
        <translation>比对结果</translation>
    </message>
    <message>
        <source>Home visits</source>
        <comment>short</comment>
        <translation>上门认证</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>short</comment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Selected on the dashboard</source>
        <translation>统计看板所选人员</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>short</comment>
        <translation>看板所选</translation>
    </message>
    <message>
        <source>Lost eligibility, step pending</source>
        <translation>丧失资格待处理</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>short</comment>
        <translation>丧失资格</translation>
    </message>
</context>
<context>
    <name>LifecycleDocuments</name>
    <message>
        <source>Suspension list for %1</source>
        <translation>%1 暂停发放名单</translation>
    </message>
    <message>
        <source>%1 · payment suspended from %2 · to be submitted by %3</source>
        <translation>%1 · 自 %2 起暂停发放 · %3 前报送</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 people.</source>
        <translation>共 %1 人。</translation>
    </message>
    <message>
        <source>Resumption and back pay</source>
        <translation>恢复发放及补发审批表</translation>
    </message>
    <message>
        <source>Payment resumed from</source>
        <translation>恢复发放起始月</translation>
    </message>
    <message>
        <source>Monthly benefit (yuan)</source>
        <translation>月待遇（元）</translation>
    </message>
    <message>
        <source>Back-paid months</source>
        <translation>补发月份</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 months)</source>
        <translation>%1 至 %2（%3 个月）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Back pay (yuan)</source>
        <translation>补发金额（元）</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 (ID number %2): social insurance benefits of %3 yuan were paid for the %4 months from %5 to %6 after the loss of eligibility (%7). Benefits are due up to and including the month of the event; the months after it were overpaid. Return %3 yuan by %8, in one payment or by an instalment agreement with this office. Refusing to repay is reported for enforcement and recorded in the credit system.</source>
        <translation>%1（身份证号 %2）：在丧失待遇领取资格（%7）后，自 %5 至 %6 共 %4 个月多领取社会保险待遇 %3 元。待遇发放至事件发生当月（含当月），此后各月为多领。请于 %8 前退还 %3 元，可一次性退还或与本机构签订分期退还协议。拒不退还的，将依法申请强制执行并纳入信用记录。</translation>
    </message>
    <message>
        <source>Notice to return overpaid social insurance benefits by a deadline</source>
        <translation>限期退还多领社会保险待遇通知书</translation>
    </message>
    <message>
        <source>%1 · payment suspended from %2 · each person by their own deadline (counted from when the loss was found)</source>
        <translation>%1 · 自 %2 起暂停发放 · 每人按各自期限办理（自发现丧失资格之日起计算）</translation>
    </message>
</context>
<context>
    <name>LifecycleProposals</name>
    <message>
        <source>Give the month and the day to work out the steps for.</source>
        <translation>请给出月份和日期以生成待办事项。</translation>
    </message>
    <message>
        <source>The period ended on %1 without a certification; %2 recorded attempts to reach the person did not lead to one.</source>
        <translation>认证服务期已于 %1 结束仍未认证；已记录的 %2 次联系均未能完成认证。</translation>
    </message>
    <message>
        <source>Certification failed: %1</source>
        <translation>认证不通过：%1</translation>
    </message>
    <message>
        <source>The check of %1 found: %2</source>
        <translation>%1 核实结果：%2</translation>
    </message>
    <message>
        <source>Big-data comparison: disqualified (%1)</source>
        <translation>大数据比对：丧失资格（%1）</translation>
    </message>
    <message>
        <source>Certified alive on %1 after the failure of %2.</source>
        <translation>%2 认证不通过后，于 %1 认证通过。</translation>
    </message>
    <message>
        <source>Certified alive on %1 after the suspension of %2.</source>
        <translation>%2 暂停发放后，于 %1 认证通过。</translation>
    </message>
    <message>
        <source>Suspended since %1 for %2 months without resumption or termination.</source>
        <translation>自 %1 暂停发放已满 %2 个月，未申请恢复或终止。</translation>
    </message>
    <message>
        <source>Suspended since %1 with no objection within %2 months.</source>
        <translation>自 %1 暂停发放，%2 个月内无异议。</translation>
    </message>
    <message>
        <source>The period ended on %1 without a certification; pay stops from the next month.</source>
        <translation>认证服务期已于 %1 结束仍未认证；自次月起停发待遇。</translation>
    </message>
    <message>
        <source>Certified alive on %1 after the suspension of %2; released on %3, the months from the next one are back-paid.</source>
        <translation>%2 暂停发放后，于 %1 认证通过；%3 刑满释放，自次月起补发。</translation>
    </message>
    <message>
        <source>Certified alive on %1 after the suspension of %2; no date of release is recorded, so no back pay is proposed.</source>
        <translation>%2 暂停发放后，于 %1 认证通过；未登记释放日期，暂不生成补发。</translation>
    </message>
    <message>
        <source>The check of %1 could not reach the person by any means.</source>
        <translation>%1 的核实经各种方式均无法联系到本人。</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>There is nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation>找不到编号为 %1 的待遇领取人员。</translation>
    </message>
    <message>
        <source>The date of the step (%1) is in the future.</source>
        <translation>办理日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The step was not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Give the last month that was paid.</source>
        <translation>请填写已发放到的月份。</translation>
    </message>
    <message>
        <source>No death or imprisonment is recorded for this person: record the check first.</source>
        <translation>该人员没有死亡或服刑的核实记录：请先登记核实结果。</translation>
    </message>
    <message>
        <source>The person&apos;s monthly benefit is not on file.</source>
        <translation>该人员的月待遇金额未登记。</translation>
    </message>
    <message>
        <source>Nothing was paid after %1: there is nothing to reclaim.</source>
        <translation>%1 之后未发放待遇：无需追回。</translation>
    </message>
    <message>
        <source>Benefits paid after the death on %1.</source>
        <translation>%1 死亡后发放的待遇。</translation>
    </message>
    <message>
        <source>Benefits paid after the imprisonment of %1.</source>
        <translation>%1 服刑后发放的待遇。</translation>
    </message>
</context>
<context>
    <name>ListDocuments</name>
    <message numerus="yes">
        <source>Total: %n person(s)</source>
        <translation>
            <numerusform>合计：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No jurisdiction with code %1 in this database.</source>
        <translation>本数据库中没有代码为 %1 的行政区划。</translation>
    </message>
    <message>
        <source>Public notice of benefit eligibility certification results, %1</source>
        <translation>%1年度待遇领取资格认证结果公示</translation>
    </message>
    <message>
        <source>%1 (%2)    Posted: %3</source>
        <translation>%1（%2）    公示日期：%3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>认证结果</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Anyone who knows of a person listed here who has died, is imprisoned or no longer qualifies, please tell the community office or call the reporting line %1. Reporters&apos; details are kept confidential.</source>
        <translation>如知悉上列人员有死亡、服刑或其他不再符合领取条件的情况，请告知社区或拨打举报电话 %1。举报人信息严格保密。</translation>
    </message>
    <message>
        <source>Posted from ____________ to ____________        (seal)</source>
        <translation>公示期：____________ 至 ____________        （盖章）</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少数据库迁移脚本 %1。请重新安装 CertDesk。</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>无法开始数据库迁移 %1：%2</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>升级到数据库结构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password may not begin or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation>密码库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A %1 may not %2.</source>
        <translation>%1无权%2。</translation>
    </message>
    <message>
        <source>community worker</source>
        <translation>社区工作人员</translation>
    </message>
    <message>
        <source>street supervisor</source>
        <translation>街道主管</translation>
    </message>
    <message>
        <source>district administrator</source>
        <translation>区管理员</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>view the lists</source>
        <translation>查看名单</translation>
    </message>
    <message>
        <source>record a check</source>
        <translation>记录认证核实</translation>
    </message>
    <message>
        <source>correct a check</source>
        <translation>更正认证核实</translation>
    </message>
    <message>
        <source>pass a batch</source>
        <translation>批量通过</translation>
    </message>
    <message>
        <source>see a full ID number</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>synchronise</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>decide a sync conflict</source>
        <translation>裁决同步冲突</translation>
    </message>
    <message>
        <source>back up the desk&apos;s data</source>
        <translation>备份工作台数据</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>record a payment step</source>
        <translation>登记待遇发放变更</translation>
    </message>
    <message>
        <source>log a reminder or a home visit</source>
        <translation>登记提醒或上门认证</translation>
    </message>
    <message>
        <source>approve a check for the county</source>
        <translation>县级审批认证核实</translation>
    </message>
</context>
<context>
    <name>PersonState</name>
    <message>
        <source>No recipient with id %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
</context>
<context>
    <name>PolicyProfile</name>
    <message>
        <source>unknown policy profile &apos;%1&apos;</source>
        <translation>未知的政策配置“%1”</translation>
    </message>
    <message>
        <source>cannot read policy profile %1: %2</source>
        <translation>无法读取政策配置 %1：%2</translation>
    </message>
    <message>
        <source>policy profile %1: %2</source>
        <translation>政策配置 %1：%2</translation>
    </message>
    <message>
        <source>policy profile %1: &apos;id&apos; is &apos;%2&apos;</source>
        <translation>政策配置 %1：“id”为“%2”</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>顶层必须是对象</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing or not a lower-case name like &quot;qingdao&quot;</source>
        <translation>“id”缺失，或不是“qingdao”这样的小写名称</translation>
    </message>
    <message>
        <source>&apos;displayName&apos; is missing or empty</source>
        <translation>“displayName”缺失或为空</translation>
    </message>
    <message>
        <source>An individual period must be at least 1 month (got %1).</source>
        <translation>个人认证服务期至少为 1 个月（当前为 %1）。</translation>
    </message>
    <message>
        <source>Under the %1 rules one person may not hold both duties &quot;%2&quot; and &quot;%3&quot; (separation of duties).</source>
        <translation>按%1规定，同一人不得同时承担“%2”和“%3”两项职责（不相容岗位分离）。</translation>
    </message>
    <message>
        <source>not set by this region&apos;s rules</source>
        <translation>本地区规定未设置</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (rules go inside &quot;rules&quot;)</source>
        <translation>未知字段“%1”（规则应写在“rules”中）</translation>
    </message>
    <message>
        <source>&apos;schema&apos; must be 2</source>
        <translation>“schema”必须为 2</translation>
    </message>
    <message>
        <source>&apos;source&apos; (the seed document) is missing or empty</source>
        <translation>“source”（政策依据文件）缺失或为空</translation>
    </message>
    <message>
        <source>rules.%1 is an annual window but rules.annualWindow is not set</source>
        <translation>rules.%1 为年度认证期，但未设置 rules.annualWindow</translation>
    </message>
    <message>
        <source>rules.%1: months must not exceed maxIndividualMonths (%2)</source>
        <translation>rules.%1：月数不得超过 maxIndividualMonths（%2）</translation>
    </message>
    <message>
        <source>rules.regionalHolidays.value: %1</source>
        <translation>rules.regionalHolidays.value：%1</translation>
    </message>
    <message>
        <source>Individual periods are not set by this region&apos;s rules (%1).</source>
        <translation>本地区规定未设置个人认证服务期（%1）。</translation>
    </message>
    <message>
        <source>An individual period can be at most %1 months (got %2; %3).</source>
        <translation>个人认证服务期最长为 %1 个月（当前为 %2；%3）。</translation>
    </message>
    <message>
        <source>rules.qualifiedImportApprovalLevels names %1 levels but rules.qualifiedImportApprovals is %2</source>
        <translation>rules.qualifiedImportApprovalLevels 列出了 %1 个审批层级，但 rules.qualifiedImportApprovals 为 %2</translation>
    </message>
    <message>
        <source>the profile is %1 KB; at most %2 KB are accepted</source>
        <translation>政策配置文件有 %1 KB；最多接受 %2 KB</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be one of %1</source>
        <translation>“rule”必须是以下之一：%1</translation>
    </message>
    <message>
        <source>&quot;months&quot; is missing</source>
        <translation>缺少“months”</translation>
    </message>
    <message>
        <source>&quot;months&quot; must be a whole number</source>
        <translation>“months”必须为整数</translation>
    </message>
    <message>
        <source>&quot;months&quot; must divide the year (1, 2, 3, 4, 6 or 12) for a calendar period</source>
        <translation>按自然周期认证时，“months”必须能整除一年（1、2、3、4、6 或 12）</translation>
    </message>
    <message>
        <source>&quot;months&quot; must be from 1 to 120</source>
        <translation>“months”必须在 1 到 120 之间</translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;end&quot; must be a month and day like &quot;04-01&quot;</source>
        <translation>“start”和“end”必须是“04-01”这样的月日</translation>
    </message>
    <message>
        <source>&quot;start&quot; must not be after &quot;end&quot;</source>
        <translation>“start”不能晚于“end”</translation>
    </message>
    <message>
        <source>&quot;spans&quot; must be a list of [&quot;start&quot;, &quot;end&quot;] times like [&quot;08:30&quot;, &quot;17:30&quot;], in order, each start before its end</source>
        <translation>“spans”必须是按先后排列的 [“开始”, “结束”] 时间列表，如 [“08:30”, “17:30”]，每段开始早于结束</translation>
    </message>
    <message>
        <source>&quot;summer&quot; must be an object with &quot;from&quot;, &quot;to&quot; (like &quot;05-01&quot;) and &quot;spans&quot;</source>
        <translation>“summer”必须是包含“from”、“to”（如“05-01”）和“spans”的对象</translation>
    </message>
    <message>
        <source>must be a list of pairs of duty names like [&quot;approve-benefit&quot;, &quot;certify&quot;]</source>
        <translation>必须是职责名称对的列表，如 [“approve-benefit”, “certify”]</translation>
    </message>
    <message>
        <source>must be one of {&quot;dayOfNextMonth&quot;: 1-28}, {&quot;workingDays&quot;: 1-30} or {&quot;immediate&quot;: true}</source>
        <translation>必须是 {“dayOfNextMonth”: 1-28}、{“workingDays”: 1-30} 或 {“immediate”: true} 之一</translation>
    </message>
    <message>
        <source>&apos;rules&apos; is missing or not an object</source>
        <translation>“rules”缺失或不是对象</translation>
    </message>
    <message>
        <source>rules: unknown rule &apos;%1&apos;</source>
        <translation>rules：未知规则“%1”</translation>
    </message>
    <message>
        <source>rules.%1 must be an object with &quot;value&quot; and &quot;cite&quot;</source>
        <translation>rules.%1 必须是包含“value”和“cite”的对象</translation>
    </message>
    <message>
        <source>rules.%1: %2</source>
        <translation>rules.%1：%2</translation>
    </message>
    <message>
        <source>rules.%1 has no &quot;cite&quot; (the seed and article it comes from)</source>
        <translation>rules.%1 缺少“cite”（所依据的文件及条款）</translation>
    </message>
    <message>
        <source>rules.%1 has no &quot;value&quot;</source>
        <translation>rules.%1 缺少“value”</translation>
    </message>
    <message>
        <source>rules.%1.value must be from %2 to %3</source>
        <translation>rules.%1.value 必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>rules.%1.value: %2</source>
        <translation>rules.%1.value：%2</translation>
    </message>
    <message>
        <source>rules.%1.test must name a test function like &quot;tst_rules::fn&quot;</source>
        <translation>rules.%1.test 必须是“tst_rules::fn”这样的测试函数名</translation>
    </message>
    <message>
        <source>rules.%1.value must be true or false</source>
        <translation>rules.%1.value 必须为 true 或 false</translation>
    </message>
    <message>
        <source>rules.%1.value must be a whole number</source>
        <translation>rules.%1.value 必须为整数</translation>
    </message>
    <message>
        <source>rules.%1.value must be an object</source>
        <translation>rules.%1.value 必须为对象</translation>
    </message>
    <message>
        <source>rules.%1.value must be a list</source>
        <translation>rules.%1.value 必须为列表</translation>
    </message>
    <message>
        <source>must be a list of distinct names from: %1</source>
        <translation>必须是不重复的名称列表，可选：%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a duty name like &quot;approve-benefit&quot;</source>
        <translation>必须是“approve-benefit”这样的职责名称</translation>
    </message>
    <message>
        <source>rules.%1.value must be a text</source>
        <translation>rules.%1.value 必须为文本</translation>
    </message>
</context>
<context>
    <name>RecipientBulkInsert</name>
    <message>
        <source>The database connection is not an SQLite connection.</source>
        <translation>数据库连接不是 SQLite 连接。</translation>
    </message>
    <message>
        <source>Cannot save recipient %1 (%2): %3</source>
        <translation>无法保存待遇领取人员 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Cannot index the name of %1 (%2): %3</source>
        <translation>无法为 %1（%2）的姓名建立检索索引：%3</translation>
    </message>
    <message>
        <source>Cannot look up a recipient: %1</source>
        <translation>无法查找待遇领取人员：%1</translation>
    </message>
    <message>
        <source>Cannot clear the name index: %1</source>
        <translation>无法清空姓名检索索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the recipients&apos; names: %1</source>
        <translation>无法读取待遇领取人员的姓名：%1</translation>
    </message>
</context>
<context>
    <name>RecipientRepository</name>
    <message>
        <source>Cannot save recipient %1 (%2): %3</source>
        <translation>无法保存待遇领取人员 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Cannot save the home-visit request: %1</source>
        <translation>无法保存上门认证申请：%1</translation>
    </message>
    <message>
        <source>Cannot index the name of %1 (%2): %3</source>
        <translation>无法为 %1（%2）的姓名建立检索索引：%3</translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <source>%1: a name may not contain control characters or line breaks.</source>
        <translation>%1：姓名中不能含有控制字符或换行。</translation>
    </message>
    <message>
        <source>%1: a name may not contain markup (&lt;, &gt; or &amp;).</source>
        <translation>%1：姓名中不能含有标记字符（&lt;、&gt; 或 &amp;）。</translation>
    </message>
    <message>
        <source>%1: the text contains a control character (code %2).</source>
        <translation>%1：文本中含有控制字符（编码 %2）。</translation>
    </message>
</context>
<context>
    <name>ServerApproval</name>
    <message>
        <source>No payment step %1 is recorded on this desk.</source>
        <translation>本机没有登记编号为 %1 的待遇发放变更。</translation>
    </message>
    <message>
        <source>The step %1 names no approver; it needs none.</source>
        <translation>变更 %1 未指定审批人，无需审批。</translation>
    </message>
    <message>
        <source>The step %1 names %2 as its approver, not %3.</source>
        <translation>变更 %1 指定的审批人是 %2，不是 %3。</translation>
    </message>
    <message>
        <source>This desk has no district server set up; set up sync first.</source>
        <translation>本机尚未设置区级服务器，请先设置同步。</translation>
    </message>
    <message>
        <source>The server did not record the approval: %1</source>
        <translation>服务器未登记该审批：%1</translation>
    </message>
    <message>
        <source>The import batch has no uuid; it cannot be approved on the server.</source>
        <translation>该导入批次没有标识（uuid），无法在服务器上审批。</translation>
    </message>
</context>
<context>
    <name>ServerTrustCheck</name>
    <message>
        <source>the file is larger than 1 MiB; a CA file holds a few certificates</source>
        <translation>文件大于 1 MiB；CA 文件只应包含几个证书</translation>
    </message>
    <message>
        <source>it holds no certificate (PEM or DER)</source>
        <translation>其中没有证书（PEM 或 DER）</translation>
    </message>
    <message>
        <source>The server address %1 uses plain http:// to another computer: the password and the records would cross the network unencrypted. Use the https:// address from the district&apos;s notice, or allow plain HTTP on purpose (Sync settings, or certdesk-cli sync --allow-http) only inside a network you trust.</source>
        <translation>服务器地址 %1 以明文 http:// 连接另一台计算机：密码和记录将在网络上以未加密的方式传输。请使用区里通知中的 https:// 地址；只有在可信的网络内，才可有意允许明文 HTTP（同步设置，或 certdesk-cli sync --allow-http）。</translation>
    </message>
    <message>
        <source>First sign-in to %1. The server&apos;s key fingerprint (SHA-256) is %2. Compare it with the fingerprint in the district&apos;s notice and accept it only if they are the same (in the window when asked, or certdesk-cli sync --fingerprint).</source>
        <translation>首次登录 %1。服务器密钥指纹（SHA-256）为 %2。请与区里通知中的指纹逐一核对，完全一致时才接受（在窗口中按提示确认，或使用 certdesk-cli sync --fingerprint）。</translation>
    </message>
    <message>
        <source>Sync stopped: the server %1 presents the key %2, but this device pinned the key %3 at its first sign-in. Someone may be between this computer and the server. Ask the district whether the server&apos;s key was changed; only if its notice gives the new fingerprint, forget the pinned key in the sync settings (or run certdesk-cli sync --fingerprint with the new one) and sign in again.</source>
        <translation>同步已停止：服务器 %1 出示的密钥为 %2，但本机首次登录时固定的密钥是 %3。可能有人插在本机与服务器之间。请向区里核实服务器密钥是否更换；只有区里通知给出了新的指纹，才可在同步设置中清除已固定的密钥（或用新指纹运行 certdesk-cli sync --fingerprint）后重新登录。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not issued by the district&apos;s certificate authority (CA file) or does not name this address: %2</source>
        <translation>%1 的证书不是区里的证书颁发机构（CA 文件）签发的，或证书中没有这个地址：%2</translation>
    </message>
    <message>
        <source>The district&apos;s CA file cannot be used: %1</source>
        <translation>无法使用区里的 CA 文件：%1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This person is outside your jurisdiction (%1); you cannot see or change their records.</source>
        <translation>此人不在您的管辖范围（%1）内，您不能查看或修改其记录。</translation>
    </message>
</context>
<context>
    <name>SpecialGroup</name>
    <message>
        <source>Aged %1+</source>
        <translation>%1岁以上</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>患病</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Living alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation>精神疾病</translation>
    </message>
</context>
<context>
    <name>SqliteSnapshot</name>
    <message>
        <source>Cannot copy the database: %1</source>
        <translation>无法复制数据库：%1</translation>
    </message>
    <message>
        <source>There is no database in it.</source>
        <translation>其中没有数据库。</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>数据库无法打开：%1</translation>
    </message>
    <message>
        <source>The database is damaged (%1): %2</source>
        <translation>数据库已损坏（%1）：%2</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>Creating the demo database with %Ln people…</source>
        <translation>
            <numerusform>正在创建含 %Ln 人的演示数据库…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
</context>
<context>
    <name>StepAmounts</name>
    <message>
        <source>A step with an amount needs its first and last month (first not after last).</source>
        <translation>有金额的步骤须填写起止月份（起始月不晚于截止月）。</translation>
    </message>
    <message>
        <source>%1 to %2 is %3 months, not %4.</source>
        <translation>%1 至 %2 共 %3 个月，而不是 %4 个月。</translation>
    </message>
    <message>
        <source>%1 months at the recorded %2 yuan a month are %3 yuan, not %4 yuan.</source>
        <translation>%1 个月按登记的每月 %2 元计为 %3 元，而不是 %4 元。</translation>
    </message>
    <message>
        <source>%1 months at the amounts in force each month are %2 yuan, not %3 yuan.</source>
        <translation>%1 个月按各月实际发放标准合计 %2 元，而不是 %3 元。</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server&apos;s answer to %1 is larger than %2 MB; it was not read.</source>
        <translation>服务器对 %1 的应答超过 %2 MB，未读取。</translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>加密组件（libsodium）无法启动。</translation>
    </message>
    <message>
        <source>The device key is not a valid key (it must be 32 bytes).</source>
        <translation>设备密钥无效（必须为 32 字节）。</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk package (it is not a zip file).</source>
        <translation>%1 不是资格认证工作台的数据包（不是 zip 文件）。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: it cannot be opened as a zip file.</source>
        <translation>%1 不完整或已损坏：无法作为 zip 文件打开。</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its list of entries cannot be read.</source>
        <translation>%1 不完整或已损坏：无法读取其中的文件列表。</translation>
    </message>
    <message>
        <source>The entry %1 appears more than once in the package.</source>
        <translation>数据包中的文件 %1 出现了不止一次。</translation>
    </message>
    <message>
        <source>The package has no manifest.json.</source>
        <translation>数据包中没有 manifest.json（清单）。</translation>
    </message>
    <message>
        <source>The entry %1 is damaged: it cannot be read back (checksum error).</source>
        <translation>数据包中的文件 %1 已损坏：无法读出（校验和错误）。</translation>
    </message>
    <message>
        <source>manifest.json is not a package manifest (it is not a JSON object).</source>
        <translation>manifest.json 不是数据包清单（不是 JSON 对象）。</translation>
    </message>
    <message>
        <source>This is not an outbox package (its manifest says format &quot;%1&quot;).</source>
        <translation>这不是上报数据包（其清单的格式为“%1”）。</translation>
    </message>
    <message>
        <source>This is not a roster package (its manifest says format &quot;%1&quot;).</source>
        <translation>这不是名单数据包（其清单的格式为“%1”）。</translation>
    </message>
    <message>
        <source>Package format version %1 is not known to this program.</source>
        <translation>本程序不认识第 %1 版的数据包格式。</translation>
    </message>
    <message>
        <source>The package is not signed: manifest.hmac is missing.</source>
        <translation>数据包没有签名：缺少 manifest.hmac。</translation>
    </message>
    <message>
        <source>The package was not made by this device or its manifest was changed (the signature does not match the device key).</source>
        <translation>该数据包不是由本设备制作的，或其清单已被篡改（签名与设备密钥不符）。</translation>
    </message>
    <message>
        <source>The package was not made for this device or its manifest was changed (the signature does not match the device key).</source>
        <translation>该数据包不是为本设备制作的，或其清单已被篡改（签名与设备密钥不符）。</translation>
    </message>
    <message>
        <source>The manifest lists an unexpected entry &quot;%1&quot;.</source>
        <translation>清单中列有不应出现的文件“%1”。</translation>
    </message>
    <message>
        <source>The entry %1 is listed in the manifest but missing from the package.</source>
        <translation>文件 %1 列在清单中，但数据包里没有。</translation>
    </message>
    <message>
        <source>The entry %1 is not listed in the manifest (it was added later).</source>
        <translation>文件 %1 未列在清单中（是后来加入的）。</translation>
    </message>
    <message>
        <source>The entry %1 was changed: its SHA-256 differs from the manifest.</source>
        <translation>文件 %1 已被篡改：其 SHA-256 与清单不符。</translation>
    </message>
    <message>
        <source>The server key is not a valid public key (it must be 32 bytes).</source>
        <translation>服务器密钥不是有效的公钥（必须为 32 字节）。</translation>
    </message>
    <message>
        <source>The events to package are not a push body (a JSON object with a list of events).</source>
        <translation>要打包的记录格式不对（应为带有记录列表的 JSON 对象）。</translation>
    </message>
    <message>
        <source>The evidence name %1 is not a SHA-256 hash.</source>
        <translation>佐证资料名称 %1 不是 SHA-256 哈希值。</translation>
    </message>
    <message>
        <source>The file key cannot be sealed to the server key.</source>
        <translation>无法用服务器密钥封装文件密钥。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation>无法写入 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1.</source>
        <translation>无法读取佐证资料文件 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 was changed: its SHA-256 is no longer %2.</source>
        <translation>佐证资料文件 %1 已被改动：其 SHA-256 已不再是 %2。</translation>
    </message>
    <message>
        <source>%1 is not a readable package (not a zip file, or truncated).</source>
        <translation>%1 不是可读取的数据包（不是 zip 文件，或不完整）。</translation>
    </message>
    <message>
        <source>The package was not made for this server: its file key cannot be opened with this server&apos;s key.</source>
        <translation>该数据包不是为本服务器制作的：无法用本服务器的密钥打开其文件密钥。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write the evidence %1 in %2.</source>
        <translation>无法将佐证资料 %1 写入 %2。</translation>
    </message>
    <message>
        <source>The entry %1 does not decrypt: it is damaged or was not made with this package&apos;s key.</source>
        <translation>文件 %1 无法解密：已损坏，或不是用本数据包的密钥加密的。</translation>
    </message>
    <message>
        <source>The evidence %1 does not match its name: its decrypted SHA-256 differs.</source>
        <translation>佐证资料 %1 与其名称不符：解密后的 SHA-256 不同。</translation>
    </message>
    <message>
        <source>The package changed while it was read.</source>
        <translation>数据包在读取过程中被改动。</translation>
    </message>
    <message>
        <source>The entry %1 does not hold a list of events.</source>
        <translation>文件 %1 中没有记录列表。</translation>
    </message>
    <message>
        <source>The entry %1 holds %2 events but the manifest says %3.</source>
        <translation>文件 %1 中有 %2 条记录，但清单中写的是 %3 条。</translation>
    </message>
    <message>
        <source>The entry %1 does not hold a list of changes.</source>
        <translation>文件 %1 中没有变更列表。</translation>
    </message>
    <message>
        <source>The events to package are from device %1, not %2.</source>
        <translation>要打包的记录来自设备 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The server key pair is not valid: each key must be 32 bytes and the public key must belong to the secret key.</source>
        <translation>服务器密钥对无效：每个密钥必须为 32 字节，且公钥必须与私钥配对。</translation>
    </message>
    <message>
        <source>The entry %1 is from device %2 but the manifest names device %3.</source>
        <translation>文件 %1 来自设备 %2，但清单中写的是设备 %3。</translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation>清单中没有列出 %1。</translation>
    </message>
    <message>
        <source>manifest.json of %1 is larger than %2 MB; it is not read.</source>
        <translation>%1 的 manifest.json 超过 %2 MB，未读取。</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>Sync was cancelled; what was done is kept.</source>
        <translation>同步已取消，已完成的部分会保留。</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); sync will try again.</source>
        <translation>无法连接服务器（%1），稍后会自动重试。</translation>
    </message>
    <message>
        <source>Sign in to the server again (%1).</source>
        <translation>请重新登录服务器（%1）。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>服务器不接受该用户名或密码。</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>登录 %1 失败：%2</translation>
    </message>
    <message>
        <source>An event waiting to be sent cannot be read: %1</source>
        <translation>无法读取待上传的记录：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answers could not be stored: %1</source>
        <translation>无法保存服务器的答复：%1</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2</source>
        <translation>无法读取证明材料文件 %1：%2</translation>
    </message>
    <message>
        <source>The evidence file %1 is shorter than the server expects.</source>
        <translation>证明材料文件 %1 比服务器预期的短。</translation>
    </message>
    <message>
        <source>A page of changes from the server could not be applied: %1</source>
        <translation>无法应用服务器发来的一页变更：%1</translation>
    </message>
    <message>
        <source>The lists&apos; indexes could not be rebuilt after the first pull: %1</source>
        <translation>首次同步后未能重建名单索引：%1</translation>
    </message>
    <message>
        <source>The server answered a push of %1 events with %2 results; the events stay queued.</source>
        <translation>服务器对上传的 %1 条记录只返回了 %2 个结果；这些记录仍留在待上传队列中。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a pull is not what protocol v1 describes (no list of changes or no cursor); nothing was applied.</source>
        <translation>服务器对下载请求的答复不符合第 1 版同步协议（缺少变更列表或游标）；未应用任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server broke this device&apos;s rules and were not applied; they are kept aside and written to the audit trail: %1</source>
        <translation>
            <numerusform>服务器发来的 %n 条变更不符合本机的规则，未予应用；已另行保存并记入审计日志：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server holds an earlier head of this desk&apos;s audit trail that the trail here no longer has (%1). Run certdesk-cli verify-audit --server and tell the district.</source>
        <translation>服务器保存的本机审计日志头在本机日志中已不存在（%1）。请运行 certdesk-cli verify-audit --server 并报告区里。</translation>
    </message>
</context>
<context>
    <name>SyncRunLog</name>
    <message>
        <source>The sync history cannot be read: %1</source>
        <translation>无法读取同步记录：%1</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>进行中或已中断</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>server not reached, retried later</source>
        <translation>无法连接服务器，稍后重试</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>需要重新登录</translation>
    </message>
    <message>
        <source>refused, needs attention</source>
        <translation>被拒绝，需要人工处理</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation>无法打开打印机或文件进行输出。</translation>
    </message>
    <message>
        <source>Painting the document failed.</source>
        <translation>生成文档失败。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>the folder does not exist or cannot be written to</source>
        <translation>文件夹不存在或没有写入权限</translation>
    </message>
    <message>
        <source>no temporary file could be written; is the disk full?</source>
        <translation>无法写入临时文件，磁盘是否已满？</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>writing the file failed; is the disk full?</source>
        <translation>写入文件失败，磁盘是否已满？</translation>
    </message>
    <message>
        <source>libxlsxwriter error %1 (%2)</source>
        <translation>libxlsxwriter 错误 %1（%2）</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 is not a complete XLSX file (the zip is truncated or damaged).</source>
        <translation>%1 不是完整的 XLSX 文件（文件被截断或已损坏）。</translation>
    </message>
    <message>
        <source>%1 has no readable first worksheet (not an XLSX workbook, or damaged).</source>
        <translation>%1 没有可读取的第一个工作表（不是 XLSX 工作簿，或已损坏）。</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2).</source>
        <translation>%1：工作表已损坏（%2）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are not accepted (split it).</source>
        <translation>%1 有 %2 MB；不接受超过 %3 MB 的文件（请拆分后导入）。</translation>
    </message>
    <message>
        <source>%1 is not a text table (it contains binary data).</source>
        <translation>%1 不是文本表格（含有二进制数据）。</translation>
    </message>
    <message>
        <source>Unknown encoding %1 (use UTF-8 or GB18030).</source>
        <translation>未知编码 %1（请使用 UTF-8 或 GB18030）。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 不是有效的 %2 编码文本。</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 没有数据行。</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 holds more than %4 characters.</source>
        <translation>%1：第 %2 行第 %3 列超过 %4 个字符。</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns.</source>
        <translation>%1：第 %2 行超过 %3 列。</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells; split the file.</source>
        <translation>%1 的单元格超过 %2 个，请拆分文件。</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split the file.</source>
        <translation>%1 超过 %2 行，请拆分文件。</translation>
    </message>
    <message>
        <source>%1: row %2 is beyond the last row a table may have (%3).</source>
        <translation>%1：第 %2 行超出表格允许的最大行号（%3）。</translation>
    </message>
    <message>
        <source>%1: cell %2 is beyond the last column a table may have (XFD, column %3).</source>
        <translation>%1：单元格 %2 超出表格允许的最后一列（XFD，第 %3 列）。</translation>
    </message>
    <message>
        <source>%1: cell %2 holds more than %3 characters.</source>
        <translation>%1：单元格 %2 超过 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores (got &apos;%1&apos;).</source>
        <translation>用户名须为 2 至 32 个字母、数字、点、连字符或下划线（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The name &apos;cli&apos; is reserved for the command-line program.</source>
        <translation>名称“cli”保留给命令行程序使用。</translation>
    </message>
    <message>
        <source>Give the user&apos;s full name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <source>There is no jurisdiction node with code &apos;%1&apos;.</source>
        <translation>没有代码为“%1”的管辖区域。</translation>
    </message>
    <message>
        <source>A %1 works in a node of level %2; %3 (%4) is of level %5.</source>
        <translation>%1应属于第 %2 级区域；%3（%4）是第 %5 级。</translation>
    </message>
    <message>
        <source>Unknown duty &apos;%1&apos; (known: %2).</source>
        <translation>未知职责“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>There is already a user called &apos;%1&apos;.</source>
        <translation>已有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; has been deactivated; ask the district administrator.</source>
        <translation>账号“%1”已停用，请联系区管理员。</translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation>没有编号为 %1 的用户。</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>The mobile number %1 is not valid: it must have 11 digits starting with 13-19.</source>
        <translation>手机号码 %1 无效：应为以 13–19 开头的 11 位数字。</translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: give a mobile number (11 digits starting with 1) or a landline with its area code, e.g. 0532-88886666.</source>
        <translation>电话号码 %1 无效：请填写手机号码（以 1 开头的 11 位数字）或带区号的固定电话，如 0532-88886666。</translation>
    </message>
    <message>
        <source>Give the date of the check.</source>
        <translation>请填写核实日期。</translation>
    </message>
    <message>
        <source>The date of the check (%1) is in the future.</source>
        <translation>核实日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The date of the check (%1) is before the person&apos;s birth.</source>
        <translation>核实日期（%1）早于本人出生日期。</translation>
    </message>
    <message>
        <source>A check must name the worker who did it.</source>
        <translation>核实记录必须填写核实人。</translation>
    </message>
    <message>
        <source>The evidence file %1 is not in the evidence store; add it again.</source>
        <translation>佐证资料 %1 不在佐证资料库中，请重新添加。</translation>
    </message>
    <message>
        <source>A person confirmed alive needs at least one evidence item (a photo of the person, the ID card or a signed form).</source>
        <translation>核实为健在的人员须至少有一份佐证资料（本人照片、身份证或签字的表格）。</translation>
    </message>
    <message>
        <source>Give the date of death.</source>
        <translation>请填写死亡日期。</translation>
    </message>
    <message>
        <source>The date of death (%1) cannot be after the date of the check (%2).</source>
        <translation>死亡日期（%1）不能晚于核实日期（%2）。</translation>
    </message>
    <message>
        <source>The date of death (%1) cannot be before the date of birth (%2).</source>
        <translation>死亡日期（%1）不能早于出生日期（%2）。</translation>
    </message>
    <message>
        <source>Say why the person lost eligibility.</source>
        <translation>请说明丧失领取资格的原因。</translation>
    </message>
    <message>
        <source>A check through a relative needs a photo of the power of attorney.</source>
        <translation>亲属代办的核实须有授权委托书照片。</translation>
    </message>
    <message>
        <source>Unknown residence type &apos;%1&apos;.</source>
        <translation>未知的居住性质“%1”。</translation>
    </message>
    <message>
        <source>Under the %1 rules a check is saved only with the phone, the household address and the residence address complete.</source>
        <translation>按%1政策，联系电话、户籍地址和居住地址须填写完整，才能保存核实结果。</translation>
    </message>
    <message>
        <source>Batch pass is not allowed under the %1 rules; record each person&apos;s check.</source>
        <translation>%1政策不允许批量通过，请逐人记录认证核实。</translation>
    </message>
    <message>
        <source>Select the people to pass.</source>
        <translation>请选择要通过的人员。</translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation>找不到编号为 %1 的待遇领取人员。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>The check was not saved: %1</source>
        <translation>本次核实未保存：%1</translation>
    </message>
    <message>
        <source>The event to correct (%1) is not one of this person&apos;s.</source>
        <translation>要更正的核实记录（%1）不属于此人。</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>%1&apos;s account is sealed: unseal it with approval before recording a check.</source>
        <translation>%1 的账户已封存：须经审批解封后才能登记核实。</translation>
    </message>
    <message>
        <source>A phone call is not a certification under any region&apos;s rules (QD 21: phone calls are reminders). Log it as a contact attempt instead.</source>
        <translation>任何地区的规定都不把电话视为认证（青岛第二十一条：电话只用于提醒）。请登记为联系记录。</translation>
    </message>
    <message>
        <source>A date of loss belongs to a check that found a loss of eligibility.</source>
        <translation>只有核实为丧失资格时才能填写丧失资格日期。</translation>
    </message>
    <message>
        <source>The date of the loss (%1) cannot be after the date of the check (%2).</source>
        <translation>丧失资格日期（%1）不能晚于核实日期（%2）。</translation>
    </message>
    <message>
        <source>The date of the loss (%1) cannot be before the date of birth (%2).</source>
        <translation>丧失资格日期（%1）不能早于出生日期（%2）。</translation>
    </message>
    <message>
        <source>A date of release belongs to a check that finds the person back.</source>
        <translation>只有核实为健在时才能填写释放日期。</translation>
    </message>
    <message>
        <source>The date of release (%1) cannot be after the date of the check (%2).</source>
        <translation>释放日期（%1）不能晚于核实日期（%2）。</translation>
    </message>
    <message>
        <source>The date of release (%1) needs an imprisonment recorded before it.</source>
        <translation>释放日期（%1）之前须有服刑的核实记录。</translation>
    </message>
    <message>
        <source>A big-data certification comes only from an imported comparison result.</source>
        <translation>大数据认证只能来自导入的比对结果。</translation>
    </message>
    <message>
        <source>Under the %1 rules (%2) an on-site or home check keeps a photo of the person and of the ID card; missing: %3.</source>
        <translation>按%1规定（%2），现场或上门认证须留存本人照片和有效证件照片；缺少：%3。</translation>
    </message>
    <message>
        <source>Under the %1 rules (%2) a check is made with the person in person only; a check through a relative is not accepted.</source>
        <translation>按%1规定（%2），现场认证只适用于本人办理，不接受亲属代办。</translation>
    </message>
    <message>
        <source>Under the %1 rules (%2) batch certification tables are abolished; record each person&apos;s check.</source>
        <translation>按%1规定（%2），已取消批量认证表，请逐人登记认证核实。</translation>
    </message>
</context>
<context>
    <name>VerificationTerms</name>
    <message>
        <source>Window visit</source>
        <translation>窗口认证</translation>
    </message>
    <message>
        <source>App / terminal face recognition</source>
        <translation>人脸识别认证（App/自助终端）</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门认证</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频认证</translation>
    </message>
    <message>
        <source>Relative with power of attorney</source>
        <translation>亲属持授权委托书代办</translation>
    </message>
    <message>
        <source>Social-service activity</source>
        <translation>社会化服务活动</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>健康体检</translation>
    </message>
    <message>
        <source>Household survey</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Unit confirmation</source>
        <translation>单位确认</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Imprisoned</source>
        <translation>服刑</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Other loss of eligibility</source>
        <translation>其他丧失资格情形</translation>
    </message>
    <message>
        <source>Photo of the person</source>
        <translation>本人照片</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone (reminder only, does not certify)</source>
        <translation>电话（仅提醒，不作认证）</translation>
    </message>
    <message>
        <source>Big-data result (qualified)</source>
        <translation>大数据比对（视同认证合格）</translation>
    </message>
</context>
<context>
    <name>VisitRouteSheet</name>
    <message>
        <source>Home-visit route for %1</source>
        <translation>%1 上门认证路线单</translation>
    </message>
    <message>
        <source>Worker: %1    Stops: %2</source>
        <translation>上门人员：%1    走访人数：%2</translation>
    </message>
    <message>
        <source>At each stop: check the ID card, compare the person with the ID card photo, and photograph the person holding the card.</source>
        <translation>每到一户：查验身份证，比对本人与身份证照片，并拍摄本人手持身份证的照片。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone / due</source>
        <translation>电话 / 期限</translation>
    </message>
    <message>
        <source>Result (write here)</source>
        <translation>核实结果（在此填写）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>□ alive, photo taken   □ not at home   □ other:</source>
        <translation>□ 健在，已拍照   □ 不在家   □ 其他：</translation>
    </message>
    <message>
        <source>Home-visit route</source>
        <translation>上门认证路线单</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>holiday calendar is not valid JSON: %1 at offset %2</source>
        <translation>节假日日历不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <source>holiday calendar: the top level must be an object</source>
        <translation>节假日日历：顶层必须是对象</translation>
    </message>
    <message>
        <source>holiday calendar: &apos;years&apos; is missing or not an object</source>
        <translation>节假日日历：“years”缺失或不是对象</translation>
    </message>
    <message>
        <source>holiday calendar: year key &apos;%1&apos; is not a four-digit year</source>
        <translation>节假日日历：年份键“%1”不是四位数年份</translation>
    </message>
    <message>
        <source>year %1: the entry must be an object</source>
        <translation>%1 年：该条目必须是对象</translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; is missing or not an array</source>
        <translation>%1 年：“off”缺失或不是数组</translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 must be [from, to, name]</source>
        <translation>%1 年：“off”第 %2 项必须为 [起始日期, 结束日期, 名称]</translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 has an invalid date &apos;%3&apos;</source>
        <translation>%1 年：“off”第 %2 项的日期“%3”无效</translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 starts in another year (%3)</source>
        <translation>%1 年：“off”第 %2 项的起始日期在其他年份（%3）</translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 has a bad range %3 to %4</source>
        <translation>%1 年：“off”第 %2 项的日期范围 %3 至 %4 无效</translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 has no name</source>
        <translation>%1 年：“off”第 %2 项缺少名称</translation>
    </message>
    <message>
        <source>year %1: &apos;work&apos; is not an array</source>
        <translation>%1 年：“work”不是数组</translation>
    </message>
    <message>
        <source>year %1: &apos;work&apos; entry %2 has an invalid date &apos;%3&apos;</source>
        <translation>%1 年：“work”第 %2 项的日期“%3”无效</translation>
    </message>
    <message>
        <source>year %1: &apos;work&apos; entry %2 (%3) is in another year</source>
        <translation>%1 年：“work”第 %2 项（%3）不在该年份内</translation>
    </message>
    <message>
        <source>year %1: %2 is listed both as a day off and as a working day</source>
        <translation>%1 年：%2 同时被列为休息日和工作日</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot update %1 to this version&apos;s rules: %2</source>
        <translation>无法将 %1 更新为本版本的规则：%2</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 has %2 entries; at most %3 are accepted.</source>
        <translation>%1 含有 %2 个条目；最多接受 %3 个。</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 bytes, the most accepted for it.</source>
        <translation>%1 解压后超过 %2 字节，超出允许的上限。</translation>
    </message>
    <message>
        <source>The entry %2 of %1 unpacks to %3 bytes; at most %4 are accepted.</source>
        <translation>%1 中的条目 %2 解压后有 %3 字节；最多接受 %4 字节。</translation>
    </message>
    <message>
        <source>The entry %2 of %1 unpacks to more than %3 times its stored size (a zip bomb?); it is not read.</source>
        <translation>%1 中的条目 %2 解压后超过其压缩大小的 %3 倍（可能是压缩炸弹），未读取。</translation>
    </message>
</context>
<context>
    <name>certdesk::ArchiveDialog</name>
    <message>
        <source>&amp;Make volume and bundle</source>
        <translation>生成档案卷和电子档案包(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Monthly archive — %1</source>
        <translation>月度归档 — %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>辖区：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存到(&amp;I)：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>整理人：</translation>
    </message>
    <message>
        <source>The volume (PDF/A) is for printing and binding; the bundle (zip) holds it with the original photos, the records and a manifest of SHA-256 hashes for the disc archive.</source>
        <translation>档案卷（PDF/A）用于打印装订；电子档案包（zip）内含档案卷、照片原件、认证记录和 SHA-256 清单，用于刻盘存档。</translation>
    </message>
    <message>
        <source>Save the archive in</source>
        <translation>选择归档保存位置</translation>
    </message>
    <message>
        <source>Choose the folder to save the archive in.</source>
        <translation>请选择归档保存的文件夹。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Volume %1: %2 pages, %3 recorded checks, %4 evidence files.
PDF: %5
Bundle: %6</source>
        <translation>档案卷 %1：共 %2 页，认证记录 %3 条，佐证资料 %4 份。
PDF：%5
电子档案包：%6</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were not on this computer and are marked as missing in the volume.</source>
        <translation>
            <numerusform>有 %n 份佐证资料不在本机上，已在档案卷中标注为缺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Make the volume and bundle anyway?</source>
        <translation>%1

仍要生成档案卷和电子档案包吗？</translation>
    </message>
    <message>
        <source>&amp;Make anyway</source>
        <translation>仍然生成(&amp;M)</translation>
    </message>
    <message>
        <source>No volume was made.</source>
        <translation>未生成档案卷。</translation>
    </message>
</context>
<context>
    <name>certdesk::AuditDialog</name>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Outside working hours only</source>
        <translation>仅工作时间以外</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Off hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit.csv</source>
        <translation>审计日志.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>哈希链完整：已核验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1</source>
        <translation>审计日志已被篡改：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>certdesk::AuditWording</name>
    <message>
        <source>%1 rows, print preview</source>
        <translation>%1 行，打印预览</translation>
    </message>
    <message>
        <source>%1 rows, PDF</source>
        <translation>%1 行，PDF</translation>
    </message>
    <message>
        <source>%1 rows, public notice</source>
        <translation>%1 行，公示名单</translation>
    </message>
    <message>
        <source>%1 rows to %2</source>
        <translation>%1 行，导出至 %2</translation>
    </message>
    <message>
        <source>%1 stops, print preview</source>
        <translation>%1 处，打印预览</translation>
    </message>
    <message>
        <source>%1 stops to %2</source>
        <translation>%1 处，导出至 %2</translation>
    </message>
    <message>
        <source>%1 entries to %2</source>
        <translation>%1 条，导出至 %2</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 项变更</translation>
    </message>
    <message>
        <source>approve batch %1</source>
        <translation>批准批次 %1</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>pinned the key %1 of %2</source>
        <translation>固定 %2 的密钥 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>created: %1 at %2</source>
        <translation>创建：%1，辖区 %2</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>%1, %2 (event %3)</source>
        <translation>%1，%2（记录 %3）</translation>
    </message>
    <message>
        <source>%1, %2, corrects %3 (event %4)</source>
        <translation>%1，%2，更正 %3（记录 %4）</translation>
    </message>
    <message>
        <source>%1; from another community (%2)</source>
        <translation>%1；外社区人员（%2）</translation>
    </message>
    <message>
        <source>%1 (event %2)</source>
        <translation>%1（记录 %2）</translation>
    </message>
    <message>
        <source>alive by the big-data comparison, batch %1 (event %2)</source>
        <translation>大数据比对健在，批次 %1（记录 %2）</translation>
    </message>
    <message>
        <source>%1 entries, %2 bytes, SHA-256 %3</source>
        <translation>%1 项，%2 字节，SHA-256 %3</translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>%1; %2 old backups removed</source>
        <translation>%1；删除旧备份 %2 个</translation>
    </message>
    <message>
        <source>monthly archive %1</source>
        <translation>月度归档 %1</translation>
    </message>
    <message>
        <source>visit route sheet</source>
        <translation>上门路线单</translation>
    </message>
    <message>
        <source>suspension list %1</source>
        <translation>暂停发放名单 %1</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>public notice %1</source>
        <translation>公示名单 %1</translation>
    </message>
</context>
<context>
    <name>certdesk::BackupActions</name>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>自动备份已保存：%1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;Back up data…</source>
        <translation>备份数据(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the database and all evidence photos into one checked backup file, e.g. on a USB stick</source>
        <translation>把数据库和全部佐证照片保存为一个经过校验的备份文件，例如存到U盘</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Replace this desk&apos;s data with a backup (the current data is kept aside)</source>
        <translation>用备份替换本工作台的数据（当前数据会另外保留）</translation>
    </message>
    <message>
        <source>A&amp;utomatic backup…</source>
        <translation>自动备份设置(&amp;U)…</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <source>Back up data</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>备份没有完成：%1</translation>
    </message>
    <message>
        <source>The backup is saved and was checked after writing:
%1

%2, %3 files.
SHA-256: %4</source>
        <translation>备份已保存，写入后已重新校验：
%1

大小 %2，共 %3 个文件。
SHA-256 校验值：%4</translation>
    </message>
    <message>
        <source>Backing up the database and evidence photos…</source>
        <translation>正在备份数据库和佐证照片…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Restore from which backup?</source>
        <translation>从哪个备份恢复？</translation>
    </message>
    <message>
        <source>CertDesk backups (*.cdbackup)</source>
        <translation>资格认证工作台备份 (*.cdbackup)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>This backup cannot be used:
%1

The current data was not changed.</source>
        <translation>这个备份不能使用：
%1

当前数据没有任何改动。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Yes, move desk %1 to this PC</source>
        <translation>是的，把工作台 %1 搬到本机</translation>
    </message>
    <message>
        <source>The backup was checked and is complete.

Backup of desk %1, made %2.
It holds %3 people, %4 recorded checks and %5 evidence files.

</source>
        <translation>备份已检查，内容完整。

这是工作台 %1 的备份，制作于 %2。
其中有 %3 人、%4 条认证核实记录、%5 个佐证文件。

</translation>
    </message>
    <message>
        <source>There is no data here yet; the backup will be put in place at:
%1

</source>
        <translation>本机还没有数据，备份将放到：
%1

</translation>
    </message>
    <message>
        <source>Restoring REPLACES all current data of this desk (every check and photo recorded after the backup was made is no longer shown):
%1
%2

</source>
        <translation>恢复将【替换】本工作台的全部当前数据（备份之后记录的核实和照片将不再显示）：
%1
%2

</translation>
    </message>
    <message>
        <source>This backup is of ANOTHER desk. This PC holds the data of desk %1.
Restoring moves desk %2 to this PC and REPLACES the data of desk %1 here:
%3
%4

</source>
        <translation>这是【另一个】工作台的备份。本机现在保存的是工作台 %1 的数据。
恢复会把工作台 %2 搬到本机，并【替换】本机上工作台 %1 的数据：
%3
%4

</translation>
    </message>
    <message>
        <source>(never backed up or synchronised)</source>
        <translation>（从未备份或同步过）</translation>
    </message>
    <message>
        <source>The current database cannot be read (it is damaged), so the backup will replace it:
%1
%2

</source>
        <translation>当前数据库无法读取（已损坏），备份将替换它：
%1
%2

</translation>
    </message>
    <message>
        <source>The current data is not deleted: it is kept in the folder
%1

</source>
        <translation>当前数据不会被删除，它将保留在文件夹：
%1

</translation>
    </message>
    <message>
        <source>CertDesk closes the window, restores the backup and opens again; then please sign in again.</source>
        <translation>程序会关闭窗口、恢复备份后重新打开，然后请重新登录。</translation>
    </message>
    <message>
        <source>Making the daily automatic backup…</source>
        <translation>正在进行每日自动备份…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>certdesk::BackupSettingsDialog</name>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>&amp;Back up automatically once a day</source>
        <translation>每天自动备份一次(&amp;B)</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <source>Last automatic backup:</source>
        <translation>上次自动备份：</translation>
    </message>
    <message>
        <source>A backup holds the whole database and every evidence photo. Choose a USB stick or another disk, so that the data survives if this PC breaks. Older automatic backups beyond the number kept are deleted; other files in the folder are never touched.</source>
        <translation>备份包含整个数据库和全部佐证照片。请选择U盘或另一块硬盘，这样即使本机损坏，数据也不会丢失。超出保留份数的旧自动备份会被删除；文件夹中的其他文件不会被改动。</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>自动备份的文件夹</translation>
    </message>
    <message>
        <source>Please choose a folder for the backups.</source>
        <translation>请选择存放备份的文件夹。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>设置没有保存：%1</translation>
    </message>
</context>
<context>
    <name>certdesk::BatchPassDialog</name>
    <message>
        <source>Batch pass</source>
        <translation>批量通过</translation>
    </message>
    <message>
        <source>Date of the check:</source>
        <translation>核实日期：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>(none — a sign-in sheet or a photo of the unit&apos;s list is required)</source>
        <translation>（尚未添加，须提供签到表或单位名单照片）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Shared evidence:</source>
        <translation>共用佐证资料：</translation>
    </message>
    <message>
        <source>Pass all</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <source>Batch pass is not allowed under the %1 rules; record each person&apos;s check.</source>
        <translation>%1政策不允许批量通过，请逐人记录认证核实。</translation>
    </message>
    <message numerus="yes">
        <source>%n people will be recorded as alive (%1) on %2; each gets a new certification period from that date according to the %3 rules.</source>
        <translation>
            <numerusform>将把 %n 人记录为健在（%1），核实日期 %2；每人自该日起按%3政策重新计算认证服务期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet or unit list photo</source>
        <translation>签到表或单位名单照片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>certdesk::CheckApprovalsDialog</name>
    <message>
        <source>Checks awaiting county approval</source>
        <translation>待县级审批的认证核实</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Date of check</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>核实人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>审批期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>不予批准(&amp;R)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) await approval; %1 overdue (GD 21-22: within 1 working day).</source>
        <translation>
            <numerusform>%n 条认证核实待审批，其中 %1 条已超期（GD 21–22：1 个工作日内审批）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the check is refused (the worker sees it)</source>
        <translation>不予通过的理由（经办人可见）</translation>
    </message>
    <message>
        <source>Reason for a &amp;refusal:</source>
        <translation>不予通过理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>certdesk::ConflictsDialog</name>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>显示已处理的冲突(&amp;R)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>记录处理决定(&amp;D)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突类型</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Earlier value</source>
        <translation>较早的值</translation>
    </message>
    <message>
        <source>Newer value</source>
        <translation>较新的值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The server keeps both records of a conflict. Until a supervisor decides, the newer value is the one in effect. A decision is sent at the next sync.</source>
        <translation>服务器保留冲突双方的记录。在主管作出处理决定之前，以较新的值为准。处理决定将在下次同步时上传。</translation>
    </message>
    <message>
        <source>How it was verified, e.g. phoned the family</source>
        <translation>如何核实的，例如已电话联系家属</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>处理决定(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>（本机无此人）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2
%3</source>
        <translation>已由 %1 于 %2 处理
%3</translation>
    </message>
    <message>
        <source>Decided here, sent at the next sync</source>
        <translation>已在本机决定，下次同步时上传</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>%1
%2 · in effect</source>
        <translation>%1
%2 · 当前有效</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>There are no conflicts in your jurisdiction.</source>
        <translation>您的辖区内没有同步冲突。</translation>
    </message>
    <message>
        <source>There are no open conflicts in your jurisdiction.</source>
        <translation>您的辖区内没有待处理的同步冲突。</translation>
    </message>
    <message>
        <source>Select a conflict to decide it.</source>
        <translation>请选择一条冲突进行处理。</translation>
    </message>
    <message>
        <source>This conflict is resolved.</source>
        <translation>这条冲突已处理完毕。</translation>
    </message>
    <message>
        <source>A decision on this conflict is recorded here and is sent at the next sync.</source>
        <translation>本机已记录对这条冲突的处理决定，将在下次同步时上传。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Date of death &amp;kept:</source>
        <translation>采用的死亡日期(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value kept:</source>
        <translation>采用的值(&amp;V)：</translation>
    </message>
    <message>
        <source>Decision recorded. It is sent to the server at the next sync.</source>
        <translation>处理决定已记录，将在下次同步时上传到服务器。</translation>
    </message>
</context>
<context>
    <name>certdesk::DashboardPanel</name>
    <message>
        <source>Certification failed</source>
        <translation>认证不通过</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止发放</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>图表另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the &amp;numbers…</source>
        <translation>导出数据(&amp;N)…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Expiry bands</source>
        <translation>到期分布</translation>
    </message>
    <message>
        <source>Methods this month</source>
        <translation>本月认证方式</translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation>近12个月趋势</translation>
    </message>
    <message>
        <source>To-verify list</source>
        <translation>待核实进度</translation>
    </message>
    <message>
        <source>Workload forecast</source>
        <translation>工作量预测</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门认证</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>待遇状态</translation>
    </message>
    <message>
        <source>%1 · as of %2 · click a bar to open its list</source>
        <translation>%1 · 截至 %2 · 点击柱形可打开对应名单</translation>
    </message>
    <message>
        <source>Certification periods ending, by %1</source>
        <translation>%1各辖区认证服务期到期情况</translation>
    </message>
    <message>
        <source>No checks recorded this month yet</source>
        <translation>本月尚无认证记录</translation>
    </message>
    <message>
        <source>Checks by method, %1</source>
        <translation>%1 各认证方式的认证记录</translation>
    </message>
    <message>
        <source>Checks recorded</source>
        <translation>认证记录数</translation>
    </message>
    <message>
        <source>Checks per month, last 12 months</source>
        <translation>近12个月每月认证记录数</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Still to check</source>
        <translation>尚未核实</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>To-verify list: %1 of %2 checked, deadline %3</source>
        <translation>待核实名单：%2 人中已核实 %1 人，截止日期 %3</translation>
    </message>
    <message>
        <source>Certification periods ending per month, next 12 months</source>
        <translation>未来12个月每月到期的认证服务期</translation>
    </message>
    <message>
        <source>Open home-visit requests</source>
        <translation>未办结的上门认证申请</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>People not in normal payment</source>
        <translation>非正常发放人员</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Counting this month&apos;s payment actions…</source>
        <translation>正在统计本月待办的待遇事项…</translation>
    </message>
    <message>
        <source>This month&apos;s payment actions</source>
        <translation>本月待遇事项</translation>
    </message>
    <message>
        <source>Payment actions due this month (click to review and confirm)</source>
        <translation>本月应办的待遇事项（点击查看并确认）</translation>
    </message>
    <message>
        <source>checked by %1 in %2</source>
        <translation>%2 通过%1认证</translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation>%1 已认证</translation>
    </message>
    <message>
        <source>period ends in %1</source>
        <translation>认证服务期 %1 到期</translation>
    </message>
    <message>
        <source>payment status: %1</source>
        <translation>待遇状态：%1</translation>
    </message>
    <message>
        <source>not set by this region&apos;s rules</source>
        <translation>本地区规定未设置</translation>
    </message>
    <message>
        <source>Everybody in %1 is in normal payment: nobody is failed, suspended, stopped or sealed.</source>
        <translation>%1 全部人员待遇正常发放：没有认证失败、暂停、终止或封存的人员。</translation>
    </message>
</context>
<context>
    <name>certdesk::EvidenceStrip</name>
    <message>
        <source>No evidence yet. Add photos, drop image files on this window or paste an image (Ctrl+V).</source>
        <translation>尚无佐证资料。请添加照片、把图片文件拖到本窗口，或粘贴图片（Ctrl+V）。</translation>
    </message>
    <message>
        <source>%1: not accepted</source>
        <translation>%1：未被接收</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>移除此项</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>图片内容</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstDayGuide</name>
    <message>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Type an ID number, its last four digits, a name or pinyin initials in the search box (Ctrl+F). The result line says where it searched; Ctrl+Shift+F searches all of your area.</source>
        <translation>在搜索框（Ctrl+F）输入身份证号、身份证号后四位、姓名或拼音首字母。结果行会说明是在哪个范围内查找的；按 Ctrl+Shift+F 可在您的全部管辖范围内查找。</translation>
    </message>
    <message>
        <source>Record a check with photos</source>
        <translation>记录认证核实并附照片</translation>
    </message>
    <message>
        <source>Select the person and press Enter (or Ctrl+R). Choose how and what you found, add photos with “Add photo…” or Ctrl+V, and save with Ctrl+Enter. A check once saved is kept; a mistake is corrected by a new record.</source>
        <translation>选中人员后按 Enter（或 Ctrl+R）。选择认证方式和核实结果，用“添加照片…”或 Ctrl+V 添加照片，按 Ctrl+Enter 保存。已保存的记录会一直保留；记错了请另记一条更正。</translation>
    </message>
    <message>
        <source>Work the ledgers</source>
        <translation>处理到期台账</translation>
    </message>
    <message>
        <source>The tabs list whose certification runs out: overdue, within one, two and three months, the to-verify list and the home visits. Start each day with the overdue list and the one-month list (Ctrl+1, Ctrl+2…).</source>
        <translation>各标签页列出认证服务期将到期的人员：已逾期、1个月内、2个月内、3个月内到期，以及待核实名单和上门认证。每天先处理已逾期和1个月内到期的名单（Ctrl+1、Ctrl+2…）。</translation>
    </message>
    <message>
        <source>Sync with the district</source>
        <translation>与区里同步</translation>
    </message>
    <message>
        <source>Press F9 to upload your checks and photos and receive the district&apos;s changes. Without a network you work as usual; everything waits on this PC until the next sync.</source>
        <translation>按 F9 上传本机的认证记录和照片，并接收区里的变更。没有网络时照常工作，所有内容都保存在本机，等下次同步时上传。</translation>
    </message>
    <message>
        <source>Print the month</source>
        <translation>打印本月档案</translation>
    </message>
    <message>
        <source>When the month is over, File → Monthly archive (Ctrl+Shift+A) makes the volume to print and bind and the electronic package to keep on disc.</source>
        <translation>月底后，用“文件 → 月度档案卷和电子档案包”（Ctrl+Shift+A）生成用于打印装订的档案卷和用于刻盘存档的电子档案包。</translation>
    </message>
    <message>
        <source>Your first day with CertDesk</source>
        <translation>上手指引：资格认证工作台的第一天</translation>
    </message>
    <message>
        <source>Read this in the &amp;manual</source>
        <translation>在手册中查看(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Skip the guide</source>
        <translation>跳过指引(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>certdesk::HelpWindow</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>User manual — %1</source>
        <translation>用户操作手册 — %1</translation>
    </message>
    <message>
        <source>This manual is written in Chinese, the language of the offices it serves; there is no English edition yet.</source>
        <translation>本手册以中文编写，供使用本程序的经办机构阅读；暂无英文版。</translation>
    </message>
</context>
<context>
    <name>certdesk::ImportDialog</name>
    <message>
        <source>(no file chosen)</source>
        <translation>（尚未选择文件）</translation>
    </message>
    <message>
        <source>&amp;Check every row</source>
        <translation>逐行检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import big-data comparison results</source>
        <translation>导入大数据比对结果</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Big-data results</source>
        <translation>大数据比对结果</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Excel)</source>
        <translation>GB18030（中文版 Excel）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Name (checked):</source>
        <translation>姓名（用于核对）：</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Check every row before importing.</source>
        <translation>
            <numerusform>已读取 %n 行。导入前请先逐行检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n person(s) updated.</source>
        <translation>
            <numerusform>已导入：更新 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Held as batch %1: the %2 rules need %3 approvals by other users before it takes effect.</source>
        <translation>已保存为第 %1 批：按%2规定，须经其他用户 %3 人审批后生效。</translation>
    </message>
    <message>
        <source>%1 rows: %2 to change (%3 marked qualified), %4 already as in the file.</source>
        <translation>共 %1 行：%2 行将更新（其中 %3 人标记为具备资格），%4 行与库中一致。</translation>
    </message>
    <message>
        <source>%1 rows: %2 to change (%3 marked qualified), %4 already as in the file, %5 with problems. Nothing will be imported until they are corrected.</source>
        <translation>共 %1 行：%2 行将更新（其中 %3 人标记为具备资格），%4 行与库中一致，%5 行有问题。问题改正之前不会导入任何数据。</translation>
    </message>
</context>
<context>
    <name>certdesk::JurisdictionPanel</name>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
</context>
<context>
    <name>certdesk::JurisdictionTreeModel</name>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>certdesk::LedgerPanel</name>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>list name and its count</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>more than %1 people</source>
        <translation>超过 %1 人</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Any payment status</source>
        <translation>全部待遇状态</translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4</source>
        <translation>%1 — %2，%3：%4</translation>
    </message>
    <message>
        <source>Search: ID number or its last four, name or pinyin initials (Ctrl+F)</source>
        <translation>查找：身份证号或其后四位、姓名、拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search all of %1 (Ctrl+Shift+F)</source>
        <translation>在%1全部范围查找（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Nobody in %1 matches “%2”.</source>
        <translation>%1中没有与“%2”相符的人员。</translation>
    </message>
    <message>
        <source>Search “%2” in %1: %3</source>
        <translation>在%1中查找“%2”：%3</translation>
    </message>
    <message>
        <source>Name, initials, ID number or its last four</source>
        <translation>姓名、拼音首字母、身份证号或后四位</translation>
    </message>
    <message>
        <source>Search all of %1</source>
        <translation>在%1全部范围查找</translation>
    </message>
    <message>
        <source>Search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
</context>
<context>
    <name>certdesk::LifecycleActionsDialog</name>
    <message>
        <source>Confirm &amp;selected</source>
        <translation>确认所选(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm &amp;all shown</source>
        <translation>确认列表中全部(&amp;A)</translation>
    </message>
    <message>
        <source>This month&apos;s actions — %1</source>
        <translation>本月待办 — %1</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From / deadline</source>
        <translation>起始 / 期限</translation>
    </message>
    <message>
        <source>Back pay (yuan)</source>
        <translation>补发金额（元）</translation>
    </message>
    <message>
        <source>&amp;Export suspension list…</source>
        <translation>导出暂停名单(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print suspension list…</source>
        <translation>打印暂停名单(&amp;P)…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>from %1, list by %2</source>
        <translation>自 %1 起，名单 %2 前报送</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>%1 steps due (%2 shown)</source>
        <translation>待办 %1 项（显示 %2 项）</translation>
    </message>
    <message>
        <source>The steps could not be worked out: %1</source>
        <translation>无法生成待办事项：%1</translation>
    </message>
    <message>
        <source>Select the steps to confirm.</source>
        <translation>请选择要确认的事项。</translation>
    </message>
    <message>
        <source>Export suspension list</source>
        <translation>导出暂停发放名单</translation>
    </message>
    <message>
        <source>suspension-list-%1.csv</source>
        <translation>暂停发放名单-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Suspension list</source>
        <translation>暂停发放名单</translation>
    </message>
    <message>
        <source>No steps are shown to confirm.</source>
        <translation>列表中没有可确认的步骤。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1：%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s), back pay %2 yuan in total</source>
        <translation>
            <numerusform>%1：%n 人，补发合计 %2 元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record these payment steps for %n person(s)?

%1

Each step is recorded under your name and written to the audit trail; a recorded step cannot be deleted, only followed by another step.</source>
        <translation>
            <numerusform>确认为以下 %n 人记录待遇发放步骤吗？

%1

每一步都以您的名义记录并写入审计日志；已记录的步骤不能删除，只能由后续步骤接续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n step(s)</source>
        <translation>
            <numerusform>记录 %n 项步骤(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded: %1

The steps are recorded all or nothing. Leave the refused step out (select the other rows) or settle it first, then confirm again.</source>
        <translation>未做任何记录：%1

这些步骤要么全部记录，要么全部不记录。请去掉被拒绝的步骤（选中其余各行）或先处理好它，再重新确认。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment step(s) recorded and written to the audit trail:
%1</source>
        <translation>
            <numerusform>已记录 %n 项待遇发放步骤并写入审计日志：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>node name (code)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>certdesk::LifecycleStepDialog</name>
    <message>
        <source>Print &amp;back-pay form…</source>
        <translation>打印补发审批表(&amp;B)…</translation>
    </message>
    <message>
        <source>Print repayment &amp;notice…</source>
        <translation>打印退还通知书(&amp;N)…</translation>
    </message>
    <message>
        <source>Payment steps — %1</source>
        <translation>待遇业务 — %1</translation>
    </message>
    <message>
        <source>yuan, e.g. 3200.00</source>
        <translation>元，例如 3200.00</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reason / what is objected:</source>
        <translation>原因 / 异议内容：</translation>
    </message>
    <message>
        <source>Objection by:</source>
        <translation>异议人：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Instalments:</source>
        <translation>分期数：</translation>
    </message>
    <message>
        <source>Paid through month:</source>
        <translation>已发放至月份：</translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Back-pay form</source>
        <translation>补发审批表</translation>
    </message>
    <message>
        <source>Repayment notice</source>
        <translation>限期退还通知书</translation>
    </message>
    <message>
        <source>Payment status: %1</source>
        <translation>待遇状态：%1</translation>
    </message>
    <message>
        <source>Suspended on %1, from %2</source>
        <translation>%1 暂停，自 %2 起</translation>
    </message>
    <message>
        <source>Objection made on %1</source>
        <translation>%1 提出异议</translation>
    </message>
    <message>
        <source>Back pay due: %1 yuan for %2 months</source>
        <translation>应补发：%1 元，共 %2 个月</translation>
    </message>
    <message>
        <source>Overpaid %1 yuan, repaid %2 yuan, balance %3 yuan (deadline %4, refusals: %5)</source>
        <translation>多领 %1 元，已退还 %2 元，余额 %3 元（期限 %4，拒不退还 %5 次）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in yuan (e.g. 3200.00).</source>
        <translation>“%1”不是有效的金额（例如 3200.00）。</translation>
    </message>
    <message>
        <source>Back-pay form as PDF…</source>
        <translation>补发待遇表另存为 PDF…</translation>
    </message>
    <message>
        <source>Repayment notice as PDF…</source>
        <translation>退还通知书另存为 PDF…</translation>
    </message>
    <message>
        <source>back-pay-form.pdf</source>
        <translation>补发待遇表.pdf</translation>
    </message>
    <message>
        <source>repayment-notice.pdf</source>
        <translation>限期退还通知书.pdf</translation>
    </message>
    <message>
        <source>Deducted from the funeral grant and pension</source>
        <translation>从丧葬费、抚恤金中扣除</translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>CertDesk — benefit eligibility certification</source>
        <translation>资格认证工作台 CertDesk</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <source>The holiday calendar does not cover %1: home-visit due dates count weekends only. Update the calendar.</source>
        <translation>节假日日历未包含 %1 年：上门认证到期日仅按周末推算。请更新节假日日历。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction tree</source>
        <translation>辖区树(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>关于 CertDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>关于 CertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Benefit eligibility certification workbench for street and community social-insurance staff.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;资格认证工作台，供街道、社区社保工作人员办理待遇领取资格认证。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Record verification…</source>
        <translation>记录认证核实(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a check of the selected person: method, result, evidence</source>
        <translation>为所选人员记录认证核实：方式、结果、佐证资料</translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation>数据库中已没有此人。</translation>
    </message>
    <message>
        <source>Check of %1 recorded.</source>
        <translation>已记录 %1 的认证核实。</translation>
    </message>
    <message>
        <source>&amp;Keep original photos</source>
        <translation>保留照片原件(&amp;K)</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>待遇(&amp;Y)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>统计看板(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import big-data results…</source>
        <translation>导入大数据比对结果(&amp;I)…</translation>
    </message>
    <message>
        <source>Import batches waiting for &amp;approval…</source>
        <translation>待审批的导入批次(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Upload the checks recorded here and receive the changes from the district server</source>
        <translation>上传本机记录的认证，并从区服务器接收变更</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Records of one person that disagree between devices, for a supervisor to decide</source>
        <translation>同一人员在不同设备上的记录不一致，需由主管处理</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>用户操作手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help for this window</source>
        <translation>当前窗口的帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The dashboard was put aside to show the list; Ctrl+D brings it back.</source>
        <translation>仪表盘已收起，以便查看名单；按 Ctrl+D 可重新打开。</translation>
    </message>
    <message>
        <source>Record verification of the &amp;selected row…</source>
        <translation>记录所选行人员的认证核实(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>certdesk::PaperRegisterDialog</name>
    <message>
        <source>Paper register entry</source>
        <translation>纸质登记补录</translation>
    </message>
    <message>
        <source>Type one check per row from the paper register. Enter or Tab moves to the next cell; a new row appears at the end. Method and result may be typed as a key (home-visit, alive) or by name.</source>
        <translation>按纸质登记簿每行录入一条核实记录。按 Enter 或 Tab 跳到下一格，录到最后会自动增加新行。认证方式和核实结果可填代码（如 home-visit、alive）或名称（如 上门认证、健在）。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add register photo…</source>
        <translation>添加登记簿照片…</translation>
    </message>
    <message>
        <source>(required: a photo of this register page, kept as the evidence of every row)</source>
        <translation>（必须提供：本页登记簿的照片，作为每一行的佐证资料）</translation>
    </message>
    <message>
        <source>Save all</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>No person with ID number %1 in this office&apos;s roster.</source>
        <translation>本辖区名册中没有身份证号为 %1 的人员。</translation>
    </message>
    <message>
        <source>Date &apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>日期“%1”格式不正确，应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Unknown method &apos;%1&apos;.</source>
        <translation>未知的认证方式“%1”。</translation>
    </message>
    <message>
        <source>Unknown result &apos;%1&apos;.</source>
        <translation>未知的核实结果“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Photo of the register page</source>
        <translation>登记簿本页照片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何记录：%1</translation>
    </message>
    <message>
        <source>15-digit ID number</source>
        <translation>15 位身份证号</translation>
    </message>
    <message>
        <source>%1 is a first-generation 15-digit ID number. Use its 18-digit form %2?</source>
        <translation>%1 是 15 位一代身份证号。是否使用对应的 18 位号码 %2？</translation>
    </message>
</context>
<context>
    <name>certdesk::PaymentActions</name>
    <message>
        <source>This month&apos;s &amp;actions…</source>
        <translation>本月待办(&amp;A)…</translation>
    </message>
    <message>
        <source>Failures, suspensions, stops, resumptions and sealings due this month</source>
        <translation>本月应办理的认证不通过、暂停、停发、恢复和封存</translation>
    </message>
    <message>
        <source>Payment &amp;steps of this person…</source>
        <translation>此人的待遇业务(&amp;S)…</translation>
    </message>
    <message>
        <source>Objection, back pay, repayment notice, agreement, repayments, refusal, unsealing</source>
        <translation>异议、补发、退还通知、协议、退还、拒不退还、解封</translation>
    </message>
    <message>
        <source>all communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Approve steps on the &amp;server…</source>
        <translation>在服务器上审批变更(&amp;S)…</translation>
    </message>
    <message>
        <source>Steps recorded here that name you as their approver: approve them on the district server</source>
        <translation>本机登记、指定您为审批人的变更：在区级服务器上审批</translation>
    </message>
</context>
<context>
    <name>certdesk::PendingImportsDialog</name>
    <message>
        <source>&amp;Approve selected batch</source>
        <translation>审批所选批次(&amp;A)</translation>
    </message>
    <message>
        <source>Import batches waiting for approval</source>
        <translation>待审批的导入批次</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>People (qualified)</source>
        <translation>人数（具备资格）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>已审批人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Your &amp;server password:</source>
        <translation>您的服务器密码(&amp;S)：</translation>
    </message>
    <message>
        <source>Type your password for the district server: GD 9 approvals count only when given there.</source>
        <translation>请输入区服务器密码：按 GD 9，审批只有在服务器上作出才有效。</translation>
    </message>
</context>
<context>
    <name>certdesk::PhotoViewer</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>The photo cannot be shown: %1</source>
        <translation>无法显示照片：%1</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 %</source>
        <translation>%1 × %2 像素，%3 %</translation>
    </message>
</context>
<context>
    <name>certdesk::PrintActions</name>
    <message>
        <source>&amp;Print list…</source>
        <translation>打印当前名单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export list as PDF…</source>
        <translation>导出当前名单为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Public &amp;notice list…</source>
        <translation>公示名单(&amp;N)…</translation>
    </message>
    <message>
        <source>Monthly &amp;archive volume and bundle…</source>
        <translation>月度档案卷和电子档案包(&amp;A)…</translation>
    </message>
    <message>
        <source>%1    As of %2</source>
        <translation>%1    截至 %2</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>Public notice list</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <source>e.g. 0532-12345678</source>
        <translation>例如 0532-12345678</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>辖区：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Reporting &amp;line:</source>
        <translation>举报电话(&amp;L)：</translation>
    </message>
    <message>
        <source>The notice shows names, masked ID numbers, community and result only — never phone numbers or addresses.</source>
        <translation>公示名单只显示姓名、隐去中间位的身份证号、社区和认证结果，不显示电话和住址。</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>public-notice-%1.pdf</source>
        <translation>公示名单-%1.pdf</translation>
    </message>
    <message>
        <source>Export list to E&amp;xcel (XLSX)…</source>
        <translation>导出当前名单为 Excel (XLSX)(&amp;X)…</translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation>导出当前名单为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>读取名单</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>名单无法读取：%1</translation>
    </message>
</context>
<context>
    <name>certdesk::RecipientDetailPanel</name>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex / age</source>
        <translation>性别 / 年龄</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>待遇类别</translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation>月待遇金额</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation>居住地址</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>居住性质</translation>
    </message>
    <message>
        <source>Last certified</source>
        <translation>最近认证日期</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>认证服务期</translation>
    </message>
    <message>
        <source>Ledger band</source>
        <translation>到期台账</translation>
    </message>
    <message>
        <source>Big-data conclusion</source>
        <translation>大数据认证结论</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>大数据认证描述</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>认证依据</translation>
    </message>
    <message>
        <source>Latest behaviour</source>
        <translation>最近行为</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门认证</translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>Select a person in a list</source>
        <translation>请在列表中选择人员</translation>
    </message>
    <message>
        <source>%1, %2 years</source>
        <translation>%1，%2 岁</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Elsewhere in China</source>
        <translation>国内异地居住</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>境外居住</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地居住</translation>
    </message>
    <message>
        <source>Never (benefit confirmed %1)</source>
        <translation>从未认证（待遇核定于 %1）</translation>
    </message>
    <message>
        <source>No period (dependent under %1)</source>
        <translation>无认证服务期（供养亲属未满 %1 周岁）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>尚无大数据比对结果</translation>
    </message>
    <message>
        <source>Requested %1, due %2</source>
        <translation>%1 申请，应于 %2 前上门</translation>
    </message>
    <message>
        <source>&amp;Record verification…</source>
        <translation>记录认证核实(&amp;R)…</translation>
    </message>
    <message>
        <source>Record a check of this person (Ctrl+R)</source>
        <translation>为此人记录认证核实（Ctrl+R）</translation>
    </message>
    <message>
        <source>Living status</source>
        <translation>生存状态</translation>
    </message>
    <message>
        <source>person detail</source>
        <translation>人员详情</translation>
    </message>
    <message>
        <source>Full ID number</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>待遇状态</translation>
    </message>
    <message>
        <source>No period: not set by this region&apos;s rules (%1)</source>
        <translation>无认证服务期：本地区规定未设置（%1）</translation>
    </message>
    <message>
        <source>No longer in the list “%1”: the change just saved moved this person out of it.</source>
        <translation>已不在“%1”列表中：刚保存的记录已将此人移出该列表。</translation>
    </message>
</context>
<context>
    <name>certdesk::RecipientListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>待遇类别</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>服务期到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>大数据认证结论</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>大数据认证描述</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>认证依据</translation>
    </message>
    <message>
        <source>Latest behaviour</source>
        <translation>最近行为</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Visit requested</source>
        <translation>申请上门日期</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>上门期限</translation>
    </message>
    <message>
        <source>F</source>
        <translation>女</translation>
    </message>
    <message>
        <source>M</source>
        <translation>男</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>最近提醒</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reminder date and outcome</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>待遇状态</translation>
    </message>
    <message>
        <source>Visit days left</source>
        <translation>距上门期限</translation>
    </message>
    <message>
        <source>Big data</source>
        <translation>大数据比对</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <comment>big-data loss flag</comment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No deadline in local rules</source>
        <translation>本地区规定未设定期限</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The big-data comparison marks %1 as %2 (%3). Check before the next payment.</source>
        <translation>大数据比对结果：%1 %2（%3）。请在下次发放前核实。</translation>
    </message>
    <message>
        <source>This region&apos;s rules set no deadline for a home visit; it is never shown as overdue.</source>
        <translation>本地区规定未设定上门认证期限，因此不会显示为逾期。</translation>
    </message>
</context>
<context>
    <name>certdesk::RecordVerificationDialog</name>
    <message>
        <source>Record verification — %1</source>
        <translation>记录认证核实 — %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ID %1 · %2 · last certified %3</source>
        <translation>身份证号 %1 · %2 · 最近认证 %3</translation>
    </message>
    <message>
        <source>ID %1 · %2 · never certified</source>
        <translation>身份证号 %1 · %2 · 从未认证</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the check (Ctrl+Enter)</source>
        <translation>保存本次核实（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存并关闭（Esc）</translation>
    </message>
    <message>
        <source>The clipboard holds no image or image file.</source>
        <translation>剪贴板中没有图片或图片文件。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>e.g. death certificate, hospital, relative</source>
        <translation>如：死亡医学证明、医院、亲属告知</translation>
    </message>
    <message>
        <source>Why the person no longer qualifies</source>
        <translation>不再符合领取资格的原因</translation>
    </message>
    <message>
        <source>What was seen or said, who was present</source>
        <translation>核实所见所闻、在场人员</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>认证方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>核实时间(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>核实结果(&amp;R)</translation>
    </message>
    <message>
        <source>Date of d&amp;eath</source>
        <translation>死亡日期(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>信息来源(&amp;O)</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>原因(&amp;O)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>核实人</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地居住</translation>
    </message>
    <message>
        <source>Elsewhere in China</source>
        <translation>国内异地居住</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>境外居住</translation>
    </message>
    <message>
        <source>Correct what was found wrong; only changed fields are saved with the check.</source>
        <translation>发现信息有误请直接更正；只有改动过的项目随本次核实保存。</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Household address</source>
        <translation>户籍地址(&amp;H)</translation>
    </message>
    <message>
        <source>Res&amp;idence address</source>
        <translation>居住地址(&amp;I)</translation>
    </message>
    <message>
        <source>Residen&amp;ce</source>
        <translation>居住性质(&amp;C)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证资料</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <source>Paste ima&amp;ge</source>
        <translation>粘贴图片(&amp;G)</translation>
    </message>
    <message>
        <source>Add the image (or image files) on the clipboard (Ctrl+V)</source>
        <translation>添加剪贴板中的图片或图片文件（Ctrl+V）</translation>
    </message>
    <message>
        <source>A person found alive needs at least one photo; a proxy check needs the power of attorney.</source>
        <translation>核实为健在须至少有一张照片；亲属代办须有授权委托书照片。</translation>
    </message>
    <message>
        <source>The check could not be saved.</source>
        <translation>本次核实未能保存。</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>%1;;All files (*)</source>
        <translation>%1;;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not added:
%1</source>
        <translation>未添加：
%1</translation>
    </message>
    <message>
        <source>%1: the pasted image could not be read</source>
        <translation>%1：无法读取粘贴的图片</translation>
    </message>
    <message>
        <source>Correct the check of %1 (%2)</source>
        <translation>更正 %1 的认证核实（%2）</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Date of the &amp;loss</source>
        <translation>丧失资格日期(&amp;L)</translation>
    </message>
    <message>
        <source>Date of re&amp;lease</source>
        <translation>释放日期(&amp;L)</translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation>放弃填写的内容？</translation>
    </message>
    <message>
        <source>Discard what you entered for %1?</source>
        <translation>放弃为 %1 填写的内容？</translation>
    </message>
    <message>
        <source>Nothing of it has been saved yet.</source>
        <translation>这些内容尚未保存，放弃后无法找回。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续填写(&amp;K)</translation>
    </message>
    <message>
        <source>Empty contact data?</source>
        <translation>清空联系信息？</translation>
    </message>
    <message>
        <source>Saving this check empties these contact fields of %1:
%2</source>
        <translation>保存这次认证将清空 %1 的以下联系信息：
%2</translation>
    </message>
    <message>
        <source>&amp;Empty and save</source>
        <translation>清空并保存(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>返回修改(&amp;G)</translation>
    </message>
    <message>
        <source>Empty them only if the person no longer has them. To keep them, go back and undo in the field (Ctrl+Z).</source>
        <translation>仅在本人确实已无这些信息时清空。要保留原值，请返回修改，在该栏按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>certdesk::ReminderDialog</name>
    <message>
        <source>Phone call</source>
        <translation>电话提醒</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信提醒</translation>
    </message>
    <message>
        <source>Log a reminder — %1</source>
        <translation>登记提醒 — %1</translation>
    </message>
    <message>
        <source>(no phone number on file)</source>
        <translation>（未登记联系电话）</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>提醒方式：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>提醒结果：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>提醒日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Earlier reminders:</source>
        <translation>以往提醒记录：</translation>
    </message>
    <message>
        <source>%1  %2: %3 (%4)</source>
        <translation>%1  %2：%3（%4）</translation>
    </message>
    <message>
        <source>%1  %2: %3 (%4) — %5</source>
        <translation>%1  %2：%3（%4）— %5</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>certdesk::SecurityActions</name>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁屏(&amp;L)</translation>
    </message>
    <message>
        <source>Lock after idle &amp;minutes…</source>
        <translation>空闲锁屏分钟数(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes:</source>
        <translation>空闲多少分钟后锁屏：</translation>
    </message>
</context>
<context>
    <name>certdesk::ServerApprovalDialog</name>
    <message>
        <source>Approve payment steps on the district server</source>
        <translation>在区级服务器上审批待遇发放变更</translation>
    </message>
    <message>
        <source>Steps recorded on this desk that name you (%1) as their approver. Your approval is recorded on the district server; the desk&apos;s next sync then sends the step.</source>
        <translation>本机登记、指定您（%1）为审批人的变更。您的审批登记在区级服务器上；本机下次同步时再上传该变更。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>变更事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Your &amp;server password:</source>
        <translation>您的服务器密码(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Approve on the server</source>
        <translation>在服务器上审批(&amp;A)</translation>
    </message>
    <message>
        <source>No step waits for your approval.</source>
        <translation>没有等待您审批的变更。</translation>
    </message>
    <message>
        <source>Type your password for the district server.</source>
        <translation>请输入您在区级服务器上的密码。</translation>
    </message>
    <message>
        <source>Approved on the server; the next sync sends the step.</source>
        <translation>已在服务器上审批；下次同步时上传该变更。</translation>
    </message>
</context>
<context>
    <name>certdesk::ServerTrustBox</name>
    <message>
        <source>Server identity</source>
        <translation>服务器身份</translation>
    </message>
    <message>
        <source>&amp;Forget pinned key</source>
        <translation>清除已固定的密钥(&amp;F)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Allow plain &amp;http:// to a server on another computer</source>
        <translation>允许以明文 &amp;http:// 连接其他计算机上的服务器</translation>
    </message>
    <message>
        <source>Only when the district&apos;s notice announces a new server key: the next sign-in shows the new fingerprint to compare.</source>
        <translation>仅在区里通知更换服务器密钥时使用：下次登录会显示新的指纹供核对。</translation>
    </message>
    <message>
        <source>none: the key is pinned at the first sign-in</source>
        <translation>无：首次登录时固定密钥</translation>
    </message>
    <message>
        <source>Warning: with plain HTTP the server password, the records and the photos cross the network unencrypted and the server cannot be told from an impostor. Use it only inside a network you trust.</source>
        <translation>警告：使用明文 HTTP 时，服务器密码、记录和照片都以未加密方式在网络上传输，也无法辨别服务器是否被冒充。只能在可信的网络内使用。</translation>
    </message>
    <message>
        <source>Pinned key (SHA-256):</source>
        <translation>已固定的密钥（SHA-256）：</translation>
    </message>
    <message>
        <source>District &amp;CA file:</source>
        <translation>区 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>The district&apos;s CA certificate</source>
        <translation>区里的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>none yet: the first sign-in shows the server&apos;s fingerprint to compare with the district&apos;s notice</source>
        <translation>尚无：首次登录时会显示服务器指纹，供与区里通知核对</translation>
    </message>
    <message>
        <source>First sign-in to %1</source>
        <translation>首次登录 %1</translation>
    </message>
    <message>
        <source>The server&apos;s key fingerprint (SHA-256) is:

%1

Compare it, pair by pair, with the fingerprint in the district&apos;s notice. Accept it only if they are the same: CertDesk then trusts this key and no other, and stops syncing if the server ever shows another.</source>
        <translation>服务器密钥指纹（SHA-256）为：

%1

请与区里通知中的指纹逐组核对，完全一致时才接受：之后本程序只信任这把密钥，服务器若出示其他密钥将停止同步。</translation>
    </message>
    <message>
        <source>&amp;Same as the notice: accept</source>
        <translation>与通知一致：接受(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Different or unsure: refuse</source>
        <translation>不一致或不确定：拒绝(&amp;D)</translation>
    </message>
</context>
<context>
    <name>certdesk::SignInDialog</name>
    <message>
        <source>CertDesk is locked</source>
        <translation>资格认证工作台已锁定</translation>
    </message>
    <message>
        <source>Sign in to CertDesk</source>
        <translation>登录资格认证工作台</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit CertDesk</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The screen was locked. Enter the password of %1 to go on.</source>
        <translation>屏幕已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row: the next try is possible in %1 s.</source>
        <translation>
            <numerusform>已连续输错 %n 次密码，%1 秒后才能再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>error, then the wait</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <comment>error, wrong tries in a row</comment>
        <translation>%1（连续第 %2 次）</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncController</name>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint.</source>
        <translation>“%1”不是 SHA-256 指纹。</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncDialog</name>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>保存设置(&amp;V)</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <source>Sync with the district server</source>
        <translation>与区服务器同步</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>off (sync by hand)</source>
        <translation>关闭（手动同步）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Automatic sync &amp;every:</source>
        <translation>自动同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>本机设备号：</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>登录服务器</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evidence uploaded</source>
        <translation>上传证明材料</translation>
    </message>
    <message>
        <source>Records sent</source>
        <translation>上传记录</translation>
    </message>
    <message>
        <source>Changes received</source>
        <translation>接收变更</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Recent runs:</source>
        <translation>最近的同步：</translation>
    </message>
    <message>
        <source>Type the password of your account on the server.</source>
        <translation>请输入您在服务器上的账号密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The server address must begin with https:// (or http:// inside the office network), for example https://upstream.example:8470.</source>
        <translation>服务器地址须以 https:// 开头（办公内网可用 http://），例如 https://upstream.example:8470。</translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation>请输入您在服务器上的用户名。</translation>
    </message>
    <message>
        <source>The sync settings were not saved: %1</source>
        <translation>同步设置未保存：%1</translation>
    </message>
    <message>
        <source>Settings saved. Sign in with your server password to sync.</source>
        <translation>设置已保存。请输入服务器密码登录后同步。</translation>
    </message>
    <message>
        <source>Settings saved. Sync stays off until a server and a user name are set.</source>
        <translation>设置已保存。填写服务器地址和用户名之前不会同步。</translation>
    </message>
    <message>
        <source>Set the server address and your user name first.</source>
        <translation>请先填写服务器地址和用户名。</translation>
    </message>
    <message>
        <source>Uploading evidence photos: %1 of %2</source>
        <translation>正在上传证明照片：%1 / %2</translation>
    </message>
    <message>
        <source>Uploading evidence photos: %1</source>
        <translation>正在上传证明照片：%1</translation>
    </message>
    <message>
        <source>Sending records: %1 of %2</source>
        <translation>正在上传记录：%1 / %2</translation>
    </message>
    <message>
        <source>Sending records: %1</source>
        <translation>正在上传记录：%1</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of %2</source>
        <translation>正在接收变更：%1 / %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>正在接收变更：%1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Sync completed.</source>
        <translation>同步完成。</translation>
    </message>
    <message>
        <source>The server could not be reached; CertDesk tries again by itself.</source>
        <translation>无法连接服务器，程序会自动重试。</translation>
    </message>
    <message>
        <source>Sign in again with your server password.</source>
        <translation>请重新输入服务器密码登录。</translation>
    </message>
    <message>
        <source>The server refused something that needs a person to look at it.</source>
        <translation>服务器拒绝了部分内容，需要人工查看处理。</translation>
    </message>
    <message>
        <source>Sync cancelled. What was already sent stays on the server.</source>
        <translation>同步已取消。已上传的内容仍保留在服务器上。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Sign in with your server password first.</source>
        <translation>请先输入服务器密码登录。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>无法使用 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>Last run: %1 records sent, %2 new conflicts, %3 refused, %4 evidence files uploaded, %5 changes received, %6 refused by this device&apos;s rules.</source>
        <translation>上次同步：上传记录 %1 条，新冲突 %2 个，被拒 %3 条，上传证明材料 %4 个，接收变更 %5 条，本机规则拒收 %6 条。</translation>
    </message>
    <message>
        <source>The server&apos;s key was not accepted; nothing was sent to it. Sign in again once the district confirmed the fingerprint.</source>
        <translation>未接受服务器密钥，未向其发送任何内容。待区里确认指纹后再登录。</translation>
    </message>
    <message>
        <source>The server&apos;s key could not be kept: %1</source>
        <translation>无法保存服务器密钥：%1</translation>
    </message>
    <message>
        <source>Key accepted. Signing in…</source>
        <translation>已接受密钥，正在登录…</translation>
    </message>
    <message>
        <source>No district server is set up yet: enter its address and your user name, save, then sign in.</source>
        <translation>尚未设置区县服务器：请填写服务器地址和用户名，保存后再登录。</translation>
    </message>
    <message>
        <source>Not signed in to the district server yet. Sign in first.</source>
        <translation>尚未登录区县服务器，请先登录。</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncStatusIndicator</name>
    <message>
        <source>Sync not set up</source>
        <translation>未配置同步</translation>
    </message>
    <message>
        <source>Not signed in to the server · %1 to upload</source>
        <translation>未登录同步服务器 · 待上传 %1</translation>
    </message>
    <message numerus="yes">
        <source>Online · last sync %1 · %2 to upload · %n conflict(s)</source>
        <translation>
            <numerusform>在线 · 上次同步 %1 · 待上传 %2 · 冲突 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · not synced yet · %1 to upload · %n conflict(s)</source>
        <translation>
            <numerusform>在线 · 尚未同步 · 待上传 %1 · 冲突 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… · %1 to upload</source>
        <translation>正在同步… · 待上传 %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting to upload · next attempt %1</source>
        <translation>
            <numerusform>离线 · %n 条待上传 · 下次重试 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting to upload</source>
        <translation>
            <numerusform>离线 · %n 条待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync needs attention · %1 refused · %n conflict(s)</source>
        <translation>
            <numerusform>同步需要处理 · 被拒 %1 条 · 冲突 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last complete sync: %1</source>
        <translation>上次完整同步：%1</translation>
    </message>
    <message>
        <source>Last complete sync: never</source>
        <translation>上次完整同步：从未</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message>
        <source>Records and decisions waiting to upload: %1</source>
        <translation>待上传的记录和处理决定：%1</translation>
    </message>
    <message>
        <source>Refused by the server, need a person: %1</source>
        <translation>被服务器拒绝、需人工处理：%1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>待处理冲突：%1</translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation>最近消息：%1</translation>
    </message>
    <message>
        <source>Click to open the sync window.</source>
        <translation>单击打开同步窗口。</translation>
    </message>
</context>
<context>
    <name>certdesk::TimelinePanel</name>
    <message numerus="yes">
        <source>Verification history (%n)</source>
        <translation>
            <numerusform>核实记录（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No check recorded in CertDesk yet.</source>
        <translation>本系统中尚无核实记录。</translation>
    </message>
    <message>
        <source>Recorded %1
%2</source>
        <translation>录入于 %1
%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>timeline entry: when, how</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, died %2</source>
        <translation>%1，死亡日期 %2</translation>
    </message>
    <message>
        <source>%1, died %2 (source: %3)</source>
        <translation>%1，死亡日期 %2（来源：%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Service period %1 to %2</source>
        <translation>认证服务期 %1 至 %2</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>核实人：%1</translation>
    </message>
    <message>
        <source>Corrects the event of %1</source>
        <translation>更正 %1 的核实记录</translation>
    </message>
    <message>
        <source>Passed in a batch</source>
        <translation>批量通过</translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1（文件缺失）</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Correct / add evidence…</source>
        <translation>更正 / 补充佐证…</translation>
    </message>
    <message>
        <source>Payment status: %1</source>
        <translation>待遇状态：%1</translation>
    </message>
    <message>
        <source>Overpayment balance: %1 yuan</source>
        <translation>多领待遇余额：%1 元</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <comment>date, step, who</comment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1, %2 yuan</source>
        <translation>%1，%2 元</translation>
    </message>
    <message>
        <source>Big-data comparison %1, source %2 (import %3)</source>
        <translation>大数据比对 %1，来源 %2（导入批次 %3）</translation>
    </message>
    <message>
        <source>Date of the loss: %1</source>
        <translation>丧失资格日期：%1</translation>
    </message>
    <message>
        <source>Released on %1</source>
        <translation>%1 刑满释放</translation>
    </message>
    <message>
        <source>Awaiting the county&apos;s approval</source>
        <translation>等待县级经办机构审批</translation>
    </message>
    <message>
        <source>Approved by the county (%1)</source>
        <translation>县级已审批通过（%1）</translation>
    </message>
    <message>
        <source>Refused by the county (%1): %2 — this check certifies nothing</source>
        <translation>县级不予通过（%1）：%2 — 本次核实不作为认证</translation>
    </message>
</context>
<context>
    <name>certdesk::UserFormDialog</name>
    <message>
        <source>records checks (certify)</source>
        <translation>记录认证核实（认证）</translation>
    </message>
    <message>
        <source>approves benefits</source>
        <translation>审批待遇</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>管辖区域(&amp;J)：</translation>
    </message>
    <message>
        <source>Duties:</source>
        <translation>职责：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the district administrator, who then creates the other accounts.</source>
        <translation>此数据库还没有用户。请先创建区管理员，再由其创建其他账号。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Records checks of the people in the account&apos;s jurisdiction (window, phone, video or home visit) with their evidence photos, also several at once.</source>
        <translation>可为管辖区域内的人员记录认证核实（窗口、电话、视频或上门），上传佐证照片，也可批量通过。</translation>
    </message>
    <message>
        <source>Records payment steps (suspend, resume, stop): under the %1 rules (%2) they are this duty&apos;s.</source>
        <translation>可登记待遇暂停、恢复、终止等发放变更：按%1规定（%2），这些变更由此职责办理。</translation>
    </message>
    <message>
        <source>Marks the benefit approver. The %1 rules give this duty no steps of its own.</source>
        <translation>标明待遇审批人员。%1规定未给此职责单独指定办理事项。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what the duty permits, then the rules&apos; conflict</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The only choice here.</source>
        <translation>此处只有这一个选项。</translation>
    </message>
</context>
<context>
    <name>certdesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>管辖区域</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>records checks</source>
        <translation>认证核实</translation>
    </message>
    <message>
        <source>approves benefits</source>
        <translation>待遇审批</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>全库</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>node name (code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between duties</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>certdesk::VisitRequestDialog</name>
    <message>
        <source>By phone</source>
        <translation>电话申请</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>窗口申请</translation>
    </message>
    <message>
        <source>Through family</source>
        <translation>家属代为申请</translation>
    </message>
    <message>
        <source>Through a neighbour</source>
        <translation>邻居代为申请</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Home visit — %1</source>
        <translation>上门认证 — %1</translation>
    </message>
    <message>
        <source>New home-visit request</source>
        <translation>新建上门认证申请</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>The person or relative who asked</source>
        <translation>提出申请的本人或亲属</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>申请方式：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>申请原因：</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>待办申请</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申请情况：</translation>
    </message>
    <message>
        <source>Visit due by:</source>
        <translation>上门期限：</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>任务分派</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>上门人员：</translation>
    </message>
    <message>
        <source>Planned date:</source>
        <translation>计划上门日期：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Attempts that did not reach the person</source>
        <translation>未见到本人的上门记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add attempt</source>
        <translation>添加上门记录</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 由 %2 申请（%3）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>%1  %2 (%3) — %4</source>
        <translation>%1  %2（%3）— %4</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>not set by this region&apos;s rules</source>
        <translation>本地区规定未设置</translation>
    </message>
</context>
<context>
    <name>certdesk::WorkActions</name>
    <message>
        <source>Log &amp;reminder…</source>
        <translation>登记提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Home visit request…</source>
        <translation>上门认证申请(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Batch pass selected rows…</source>
        <translation>批量通过所选人员(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Paper register entry…</source>
        <translation>纸质登记补录(&amp;P)…</translation>
    </message>
    <message>
        <source>Export visit route &amp;sheet (PDF)…</source>
        <translation>导出上门路线单 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Batch pass</source>
        <translation>批量通过</translation>
    </message>
    <message>
        <source>Select the people to pass in the list first (Shift or Ctrl + click, Ctrl+A for the page).</source>
        <translation>请先在列表中选择要通过的人员（Shift 或 Ctrl + 单击，Ctrl+A 选择本页）。</translation>
    </message>
    <message>
        <source>Visit route sheet</source>
        <translation>上门认证路线单</translation>
    </message>
    <message>
        <source>No open home-visit requests here.</source>
        <translation>此处没有未完成的上门认证申请。</translation>
    </message>
    <message>
        <source>Save the visit route sheet</source>
        <translation>保存上门认证路线单</translation>
    </message>
    <message>
        <source>route-%1.pdf</source>
        <translation>上门路线单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print visit route sheet…</source>
        <translation>打印上门认证路线单…</translation>
    </message>
    <message>
        <source>Home-visit route</source>
        <translation>上门认证路线单</translation>
    </message>
    <message>
        <source>Not under the %1 rules (%2): batch certification tables are abolished.</source>
        <translation>%1规定不适用（%2）：已取消批量认证表。</translation>
    </message>
    <message>
        <source>Checks awaiting county &amp;approval…</source>
        <translation>待县级审批的认证核实(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--today: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--today：“%1”不是有效日期（应为 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>The backup was restored. The data it replaced is kept in:
%1</source>
        <translation>备份已恢复。被替换的数据保留在：
%1</translation>
    </message>
    <message>
        <source>The backup was not restored:
%1</source>
        <translation>备份没有恢复：
%1</translation>
    </message>
</context>
</TS>
