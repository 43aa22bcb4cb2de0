<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>JurisdictionPanel</name>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
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
    <name>JurisdictionTreeModel</name>
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
    <name>MainWindow</name>
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
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数</translation>
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
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>&apos;schema&apos; must be 1</source>
        <translation>“schema”必须为 1</translation>
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
        <source>&apos;source&apos; must be a string</source>
        <translation>“source”必须是字符串</translation>
    </message>
    <message>
        <source>&apos;annualWindow&apos; must be an object with &quot;start&quot; and &quot;end&quot;</source>
        <translation>“annualWindow”必须是包含“start”和“end”的对象</translation>
    </message>
    <message>
        <source>annualWindow: unknown field &apos;%1&apos;</source>
        <translation>annualWindow：未知字段“%1”</translation>
    </message>
    <message>
        <source>annualWindow.start must be a month and day like &quot;04-01&quot;</source>
        <translation>annualWindow.start 必须是“04-01”这样的月-日</translation>
    </message>
    <message>
        <source>annualWindow.end must be a month and day like &quot;12-31&quot;</source>
        <translation>annualWindow.end 必须是“12-31”这样的月-日</translation>
    </message>
    <message>
        <source>annualWindow.start must not be after annualWindow.end</source>
        <translation>annualWindow.start 不能晚于 annualWindow.end</translation>
    </message>
    <message>
        <source>&apos;categories&apos; is missing or not an object</source>
        <translation>“categories”缺失或不是对象</translation>
    </message>
    <message>
        <source>categories: unknown category &apos;%1&apos;</source>
        <translation>categories：未知的待遇类别“%1”</translation>
    </message>
    <message>
        <source>categories: &apos;%1&apos; is missing</source>
        <translation>categories：缺少“%1”</translation>
    </message>
    <message>
        <source>categories.%1 must be an object</source>
        <translation>categories.%1 必须是对象</translation>
    </message>
    <message>
        <source>categories.%1: unknown field &apos;%2&apos;</source>
        <translation>categories.%1：未知字段“%2”</translation>
    </message>
    <message>
        <source>categories.%1.rule must be one of %2</source>
        <translation>categories.%1.rule 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>categories.%1.months is missing</source>
        <translation>缺少 categories.%1.months</translation>
    </message>
    <message>
        <source>categories.%1.months must be a whole number</source>
        <translation>categories.%1.months 必须是整数</translation>
    </message>
    <message>
        <source>categories.%1.months must divide the year (1, 2, 3, 4, 6 or 12) for a calendar period</source>
        <translation>按自然周期计算时，categories.%1.months 必须能整除 12（1、2、3、4、6 或 12）</translation>
    </message>
    <message>
        <source>categories.%1.months must be from 1 to %2 (maxPeriodMonths)</source>
        <translation>categories.%1.months 必须在 1 到 %2（maxPeriodMonths）之间</translation>
    </message>
    <message>
        <source>An individual period must be at least 1 month (got %1).</source>
        <translation>个人认证服务期至少为 1 个月（当前为 %1）。</translation>
    </message>
    <message>
        <source>An individual period can be at most %1 months (got %2).</source>
        <translation>个人认证服务期最长为 %1 个月（当前为 %2）。</translation>
    </message>
</context>
<context>
    <name>RecipientDetailPanel</name>
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
</context>
<context>
    <name>RecipientListModel</name>
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
    <name>WorklistPanel</name>
    <message>
        <source>Search: ID number, name or pinyin initials (Ctrl+F)</source>
        <translation>搜索：身份证号、姓名或拼音首字母（Ctrl+F）</translation>
    </message>
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
        <source>%1 — search “%2”: %3</source>
        <translation>%1 — 搜索“%2”：%3</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
</context>
<context>
    <name>Worklists</name>
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
</context>
</TS>
