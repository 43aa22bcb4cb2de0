<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessGate</name>
    <message>
        <source>%1 cannot record checks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot record payment steps: under the %2 rules (%3) they are the duty &quot;%4&quot;, which this account does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot approve checks: the county (district) level approves them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalLevels</name>
    <message>
        <source>county (district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street (town)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community (village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n approval(s) are already given.</source>
        <translation>
            <numerusform>The %n approval is already given.</numerusform>
            <numerusform>All %n approvals are already given.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval %1 of %2 must come from the %3 level; your account works at the %4 level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole-file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveBundle</name>
    <message>
        <source>No jurisdiction with code %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is not a valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the bundle was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun yet: the volume will be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This month (%1) has not ended yet: the volume holds only the %n check(s) recorded up to today.</source>
        <translation>
            <numerusform>This month (%1) has not ended yet: the volume holds only the %n check recorded up to today.</numerusform>
            <numerusform>This month (%1) has not ended yet: the volume holds only the %n checks recorded up to today.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks were recorded in %1: the volume will be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveSource</name>
    <message>
        <source>Reading the recorded checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence list failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveVolume</name>
    <message>
        <source>Certification archive volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the volume was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting the volume failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · volume %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit eligibility certification archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded checks: %1    Persons: %2    Evidence files: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks were recorded in this month. This volume is intentionally empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by: %1        Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by: ____________        Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by: ____________        Place: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recorded checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or proxy&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2: %3 (evidence, continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · SHA-256 %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file missing from this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This volume has %1 pages: a cover, %2 index pages, the sections of %3 recorded checks and this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The electronic bundle with the same identifier holds this PDF, the original evidence files, the records as JSON and a manifest with the SHA-256 of every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by: %1        Reviewed by: ____________        Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditHeadCheck</name>
    <message>
        <source>The server&apos;s answer has no list of audit heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of audit heads holds an entry that is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one the server pinned on %2: the trail was rewritten before the pinned head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1, pinned by the server on %2, is missing here: the trail was rewritten before the pinned head.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: the chain was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full ID number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync conflict decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment step recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check approved by the county</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFormat</name>
    <message>
        <source>The backup&apos;s list of contents (manifest.json) is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say it describes a CertDesk backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer CertDesk (backup format %1; this program reads up to %2). Please update CertDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema version, the time or the desk is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row count of %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists an entry named &quot;%1&quot;, which a backup never holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size or checksum of %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>The backup is of another desk (%1), but this PC holds the data of desk %2. Restoring it would replace this desk&apos;s data with another desk&apos;s. To move that desk to this PC, confirm moving the desk (certdesk-cli: --move-desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never backed up or synchronised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s database cannot be opened: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1 to keep the current data in. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 (is it open in another program?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Cannot remove the old automatic backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CertDesk backup: it is not a zip file, or it is cut short (its list of contents at the end is missing — was the USB stick pulled out while it was written?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CertDesk backup: it has no readable manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the database in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space in %1: the backup needs %2 MB, %3 MB are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds an entry named &quot;%1&quot;, which a CertDesk backup never holds (a crafted or foreign file). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds the entry %1 twice (a crafted or damaged file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds the entry %1, which its manifest does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 is %2 bytes long, but the manifest says %3 bytes: the backup was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 of the backup is damaged (cut short, or its zip checksum does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 does not match its SHA-256 in the manifest: the backup was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its list of entries cannot be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 listed in the manifest is missing from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s database is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s database is not a CertDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer CertDesk (schema version %1; this program knows up to %2). Please update CertDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s database does not match its manifest (schema version or desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s database does not match its manifest: table %1 has %2 rows, the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitAmounts</name>
    <message>
        <source>A benefit amount needs the month it starts and an amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitCategories</name>
    <message>
        <source>Enterprise employee pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban-rural resident pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-injury long-term benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent/survivor benefit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitLifecycle</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pay paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unsealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to repay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step must name who recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot be dated before the person&apos;s latest step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts, months and instalments cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is sealed: nothing can be recorded until it is unsealed with approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person in normal status can be marked as failed (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the certification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is already suspended or stopped (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month from which the payment is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection can only be recorded against a suspension or stop (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection needs who objected and what they object to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment can only be stopped after a suspension (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection was made on %1: verify the person again instead of stopping the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed, suspended or stopped payment can be resumed (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month from which the payment is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no back pay to pay: back pay follows a resumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back pay is %1 yuan, not %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a suspended or stopped account can be sealed (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts suspended for imprisonment are not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sealed account can be unsealed (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsealing needs the approval of another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the account is unsealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no overpaid amount to reclaim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repayment notice is still open (%1 yuan outstanding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repayment notice needs a deadline on or after its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed: issue a repayment notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement is one payment or a number of instalments (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repayment must be more than 0 and at most the balance of %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the %1 rules an instalment agreement needs the consent of the city social insurance agency (%2): record who gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery by deduction from the funeral grant and pension is not set by this region&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigDataCertification</name>
    <message>
        <source>The import batch marks %1 people qualified; the %2 rules allow 1 to %3 in one batch.</source>
        <translation>The import batch marks %1 people qualified; the %2 rules allow 1 to %3 in one batch.</translation>
    </message>
    <message>
        <source>The import batch has %1 of the %2 approvals the %3 rules require.</source>
        <translation>The import batch has %1 of the %2 approvals the %3 rules require.</translation>
    </message>
</context>
<context>
    <name>BigDataConclusions</name>
    <message>
        <source>Window visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer time bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical insurance, long-term care or family-doctor records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-critical hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air or rail travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-person bank business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public video face match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big-data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (HR database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (national population database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (household registration cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (declared by a court)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (cremation record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (medical death certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death (reported by family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprisoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse remarried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or sibling employed or enlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emigrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing a pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused suitable work or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigDataImport</name>
    <message>
        <source>The file needs an ID-number column and a conclusion column; found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad ID number %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown conclusion code &apos;%1&apos; (丧失资格, 待核实 or 具备资格)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown person: %1 is not in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 does not match the roster&apos;s %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file marks %1 people qualified; the %2 rules allow at most %3 in one batch. Split the file and import the parts one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch %1 has already been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted batch %1; it must be approved by other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already approved batch %1; it needs another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import batch %1 waiting for approval.</source>
        <translation>There is no import batch %1 waiting for approval.</translation>
    </message>
    <message>
        <source>the roster could not be read (%1), so the file cannot be checked and nothing was changed; if this happens again, restore the database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>%1 is not a readable zip file (truncated or not a bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its list of files cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a CertDesk bundle manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle format version %1 is not known to this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed in the manifest but missing from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: it cannot be read back (checksum error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: its SHA-256 differs from the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: its content no longer matches the hash in its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed in the manifest (added later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json of %1 is %2 MB; at most %3 MB are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The server sent a person with an invalid ID number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person of a pulled event cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckApprovals</name>
    <message>
        <source>No check %1 waits for an approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check %1 has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the check is refused; the worker sees the reason.</source>
        <translation>Say why the check is refused; the worker sees the reason.</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death confirmed: the alive check was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive confirmed: the death record was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one date of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive check after a recorded death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different dates of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact detail changed on two devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision cannot be recorded without the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is not known on this device or is outside your jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on this conflict was already recorded on this device; it is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a decision for this kind of conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of death to keep (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the two values of the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of death cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactChanges</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere in China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>contact change: field, old value, new value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a contact field and the value it held</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will certify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the reminder (not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (phone or sms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text message can only be sent or go to a wrong number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the worker who made the contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jurisdiction with code %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside your jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database: it is not an SQLite file, or its first page is damaged. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not CertDesk. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: it is %2 bytes long but should be %3 bytes (truncated copy?). The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CertDesk (schema version %2; this program knows up to %3). Please update CertDesk. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only (or its folder is). CertDesk needs to write beside it; copy it to a writable folder or change the permissions. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (or the other CertDesk window) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another program is writing). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full. Free some space and try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of persons must be between 1 and 5,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo name lists are missing from the program&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds recipients; demo data goes into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo generation cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of districts must be between 1 and %1.</source>
        <translation>The number of districts must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Cannot build the index %1 (SQLite sorts it in temporary files in SQLITE_TMPDIR, TMPDIR or /var/tmp): %2</source>
        <translation>Cannot build the index %1 (SQLite sorts it in temporary files in SQLITE_TMPDIR, TMPDIR or /var/tmp): %2</translation>
    </message>
</context>
<context>
    <name>DeskBackup</name>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 into the backup (is the disk full or the USB stick removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the backup file in %1 (is the disk full or the USB stick removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the backup to %1 (was the USB stick removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written to %1 does not read back correctly, so it was deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>%1 is a folder, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pasted picture is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be converted to PNG (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AVIF pictures are not supported; export the photo as JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HEIC photos are not supported; export the photo as JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PDF files are not accepted as photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image (JPEG, PNG, BMP or WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pictures are not accepted (JPEG, PNG, BMP or WebP only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image is damaged or incomplete (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 × %3 pixels; at most %4 megapixels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeVisitService</name>
    <message>
        <source>Not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who asked for the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a special group (aged 80+, ill, disabled, living alone or mentally ill); home visits are for people who cannot come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an open home-visit request, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the home-visit request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the worker who will visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned date must be on or after the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt date must be on or after the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the worker who went.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 18 characters, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not a digit (X is only allowed as the last character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area code %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check character (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a number a spreadsheet shortened to scientific notation; its last digits are lost: format the column as text and copy the ID number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-digit first-generation number; its 18-digit form is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingEvent</name>
    <message>
        <source>%1: not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: &apos;%1&apos; is not a way of checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not a living status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: &apos;%1&apos; is not a kind of evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step: &apos;%1&apos; is not a payment step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months: at most 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pay follows a suspension; this resumption has none before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pay for %1 months, but the payment was suspended for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JurisdictionRepository</name>
    <message>
        <source>Cannot save jurisdiction %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerBands</name>
    <message>
        <source>No period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerRows</name>
    <message>
        <source>The list can only be read from an open SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big-data results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤1 mo</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 mo</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 mo</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤3 mo</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big data</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected on the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost eligibility, step pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleDocuments</name>
    <message>
        <source>Suspension list for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · payment suspended from %2 · to be submitted by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumption and back pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment resumed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly benefit (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-paid months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pay (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1 (ID number %2): social insurance benefits of %3 yuan were paid for the %4 months from %5 to %6 after the loss of eligibility (%7). Benefits are due up to and including the month of the event; the months after it were overpaid. Return %3 yuan by %8, in one payment or by an instalment agreement with this office. Refusing to repay is reported for enforcement and recorded in the credit system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to return overpaid social insurance benefits by a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · payment suspended from %2 · each person by their own deadline (counted from when the loss was found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleProposals</name>
    <message>
        <source>Give the month and the day to work out the steps for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ended on %1 without a certification; %2 recorded attempts to reach the person did not lead to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big-data comparison: disqualified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified alive on %1 after the failure of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified alive on %1 after the suspension of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended since %1 for %2 months without resumption or termination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended since %1 with no objection within %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ended on %1 without a certification; pay stops from the next month.</source>
        <translation></translation>
    </message>
    <message>
        <source>Certified alive on %1 after the suspension of %2; released on %3, the months from the next one are back-paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified alive on %1 after the suspension of %2; no date of release is recorded, so no back pay is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 could not reach the person by any means.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>There is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the step (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last month that was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No death or imprisonment is recorded for this person: record the check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s monthly benefit is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was paid after %1: there is nothing to reclaim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits paid after the death on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits paid after the imprisonment of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDocuments</name>
    <message numerus="yes">
        <source>Total: %n person(s)</source>
        <translation>
            <numerusform>Total: %n person</numerusform>
            <numerusform>Total: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>No jurisdiction with code %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice of benefit eligibility certification results, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)    Posted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who knows of a person listed here who has died, is imprisoned or no longer qualifies, please tell the community office or call the reporting line %1. Reporters&apos; details are kept confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted from ____________ to ____________        (seal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A %1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the desk&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a payment step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a reminder or a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a check for the county</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonState</name>
    <message>
        <source>No recipient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyProfile</name>
    <message>
        <source>unknown policy profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read policy profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy profile %1: &apos;id&apos; is &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing or not a lower-case name like &quot;qingdao&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;displayName&apos; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individual period must be at least 1 month (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the %1 rules one person may not hold both duties &quot;%2&quot; and &quot;%3&quot; (separation of duties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set by this region&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (rules go inside &quot;rules&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;schema&apos; must be 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;source&apos; (the seed document) is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1 is an annual window but rules.annualWindow is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1: months must not exceed maxIndividualMonths (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.regionalHolidays.value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual periods are not set by this region&apos;s rules (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individual period can be at most %1 months (got %2; %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.qualifiedImportApprovalLevels names %1 levels but rules.qualifiedImportApprovals is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is %1 KB; at most %2 KB are accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;months&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;months&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;months&quot; must divide the year (1, 2, 3, 4, 6 or 12) for a calendar period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;months&quot; must be from 1 to 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;end&quot; must be a month and day like &quot;04-01&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;start&quot; must not be after &quot;end&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;spans&quot; must be a list of [&quot;start&quot;, &quot;end&quot;] times like [&quot;08:30&quot;, &quot;17:30&quot;], in order, each start before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;summer&quot; must be an object with &quot;from&quot;, &quot;to&quot; (like &quot;05-01&quot;) and &quot;spans&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of pairs of duty names like [&quot;approve-benefit&quot;, &quot;certify&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {&quot;dayOfNextMonth&quot;: 1-28}, {&quot;workingDays&quot;: 1-30} or {&quot;immediate&quot;: true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rules&apos; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: unknown rule &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>rules.%1 must be an object with &quot;value&quot; and &quot;cite&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1 has no &quot;cite&quot; (the seed and article it comes from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1 has no &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.value must be from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.test must name a test function like &quot;tst_rules::fn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.value must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.value must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.value must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.value must be a list</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a list of distinct names from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a duty name like &quot;approve-benefit&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules.%1.value must be a text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientBulkInsert</name>
    <message>
        <source>The database connection is not an SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save recipient %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot index the name of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up a recipient: %1</source>
        <translation>Cannot look up a recipient: %1</translation>
    </message>
    <message>
        <source>Cannot clear the name index: %1</source>
        <translation>Cannot clear the name index: %1</translation>
    </message>
    <message>
        <source>Cannot read the recipients&apos; names: %1</source>
        <translation>Cannot read the recipients&apos; names: %1</translation>
    </message>
</context>
<context>
    <name>RecipientRepository</name>
    <message>
        <source>Cannot save recipient %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the home-visit request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot index the name of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <source>%1: a name may not contain control characters or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a name may not contain markup (&lt;, &gt; or &amp;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text contains a control character (code %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerApproval</name>
    <message>
        <source>No payment step %1 is recorded on this desk.</source>
        <translation>No payment step %1 is recorded on this desk.</translation>
    </message>
    <message>
        <source>The step %1 names no approver; it needs none.</source>
        <translation>The step %1 names no approver; it needs none.</translation>
    </message>
    <message>
        <source>The step %1 names %2 as its approver, not %3.</source>
        <translation>The step %1 names %2 as its approver, not %3.</translation>
    </message>
    <message>
        <source>This desk has no district server set up; set up sync first.</source>
        <translation>This desk has no district server set up; set up sync first.</translation>
    </message>
    <message>
        <source>The server did not record the approval: %1</source>
        <translation>The server did not record the approval: %1</translation>
    </message>
    <message>
        <source>The import batch has no uuid; it cannot be approved on the server.</source>
        <translation>The import batch has no uuid; it cannot be approved on the server.</translation>
    </message>
</context>
<context>
    <name>ServerTrustCheck</name>
    <message>
        <source>the file is larger than 1 MiB; a CA file holds a few certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no certificate (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 uses plain http:// to another computer: the password and the records would cross the network unencrypted. Use the https:// address from the district&apos;s notice, or allow plain HTTP on purpose (Sync settings, or certdesk-cli sync --allow-http) only inside a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sign-in to %1. The server&apos;s key fingerprint (SHA-256) is %2. Compare it with the fingerprint in the district&apos;s notice and accept it only if they are the same (in the window when asked, or certdesk-cli sync --fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: the server %1 presents the key %2, but this device pinned the key %3 at its first sign-in. Someone may be between this computer and the server. Ask the district whether the server&apos;s key was changed; only if its notice gives the new fingerprint, forget the pinned key in the sync settings (or run certdesk-cli sync --fingerprint with the new one) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not issued by the district&apos;s certificate authority (CA file) or does not name this address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s CA file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This person is outside your jurisdiction (%1); you cannot see or change their records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialGroup</name>
    <message>
        <source>Aged %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental illness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteSnapshot</name>
    <message>
        <source>Cannot copy the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>Creating the demo database with %Ln people…</source>
        <translation>
            <numerusform>Creating the demo database with %Ln person…</numerusform>
            <numerusform>Creating the demo database with %Ln people…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepAmounts</name>
    <message>
        <source>A step with an amount needs its first and last month (first not after last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 is %3 months, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months at the recorded %2 yuan a month are %3 yuan, not %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months at the amounts in force each month are %2 yuan, not %3 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server&apos;s answer to %1 is larger than %2 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key is not a valid key (it must be 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CertDesk package (it is not a zip file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: it cannot be opened as a zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its list of entries cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 appears more than once in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 is damaged: it cannot be read back (checksum error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a package manifest (it is not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an outbox package (its manifest says format &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a roster package (its manifest says format &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package format version %1 is not known to this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is not signed: manifest.hmac is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not made by this device or its manifest was changed (the signature does not match the device key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not made for this device or its manifest was changed (the signature does not match the device key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists an unexpected entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 is listed in the manifest but missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 is not listed in the manifest (it was added later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 was changed: its SHA-256 differs from the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server key is not a valid public key (it must be 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events to package are not a push body (a JSON object with a list of events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence name %1 is not a SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file key cannot be sealed to the server key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 was changed: its SHA-256 is no longer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable package (not a zip file, or truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not made for this server: its file key cannot be opened with this server&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the evidence %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 does not decrypt: it is damaged or was not made with this package&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence %1 does not match its name: its decrypted SHA-256 differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 does not hold a list of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 holds %2 events but the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 does not hold a list of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events to package are from device %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server key pair is not valid: each key must be 32 bytes and the public key must belong to the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 is from device %2 but the manifest names device %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json of %1 is larger than %2 MB; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>Sync was cancelled; what was done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event waiting to be sent cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answers could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 is shorter than the server expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of changes from the server could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists&apos; indexes could not be rebuilt after the first pull: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a push of %1 events with %2 results; the events stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to a pull is not what protocol v1 describes (no list of changes or no cursor); nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server broke this device&apos;s rules and were not applied; they are kept aside and written to the audit trail: %1</source>
        <translation>
            <numerusform>%n change from the server broke this device&apos;s rules and was not applied; it is kept aside and written to the audit trail: %1</numerusform>
            <numerusform>%n changes from the server broke this device&apos;s rules and were not applied; they are kept aside and written to the audit trail: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server holds an earlier head of this desk&apos;s audit trail that the trail here no longer has (%1). Run certdesk-cli verify-audit --server and tell the district.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunLog</name>
    <message>
        <source>The sync history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server not reached, retried later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting the document failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist or cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary file could be written; is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the file failed; is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libxlsxwriter error %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 is not a complete XLSX file (the zip is truncated or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable first worksheet (not an XLSX workbook, or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are not accepted (split it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text table (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding %1 (use UTF-8 or GB18030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column %3 holds more than %4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 cells; split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 is beyond the last row a table may have (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 is beyond the last column a table may have (XFD, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 holds more than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &apos;cli&apos; is reserved for the command-line program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no jurisdiction node with code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 works in a node of level %2; %3 (%4) is of level %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown duty &apos;%1&apos; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; has been deactivated; ask the district administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>The mobile number %1 is not valid: it must have 11 digits starting with 13-19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: give a mobile number (11 digits starting with 1) or a landline with its area code, e.g. 0532-88886666.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the check (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the check (%1) is before the person&apos;s birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check must name the worker who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 is not in the evidence store; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person confirmed alive needs at least one evidence item (a photo of the person, the ID card or a signed form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of death (%1) cannot be after the date of the check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of death (%1) cannot be before the date of birth (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the person lost eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check through a relative needs a photo of the power of attorney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown residence type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the %1 rules a check is saved only with the phone, the household address and the residence address complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch pass is not allowed under the %1 rules; record each person&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the people to pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event to correct (%1) is not one of this person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is sealed: unseal it with approval before recording a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone call is not a certification under any region&apos;s rules (QD 21: phone calls are reminders). Log it as a contact attempt instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>A date of loss belongs to a check that found a loss of eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the loss (%1) cannot be after the date of the check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the loss (%1) cannot be before the date of birth (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of release belongs to a check that finds the person back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of release (%1) cannot be after the date of the check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of release (%1) needs an imprisonment recorded before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A big-data certification comes only from an imported comparison result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the %1 rules (%2) an on-site or home check keeps a photo of the person and of the ID card; missing: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the %1 rules (%2) a check is made with the person in person only; a check through a relative is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the %1 rules (%2) batch certification tables are abolished; record each person&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationTerms</name>
    <message>
        <source>Window visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App / terminal face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative with power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-service activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprisoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other loss of eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (reminder only, does not certify)</source>
        <translation></translation>
    </message>
    <message>
        <source>Big-data result (qualified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRouteSheet</name>
    <message>
        <source>Home-visit route for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1    Stops: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At each stop: check the ID card, compare the person with the ID card photo, and photograph the person holding the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (write here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>□ alive, photo taken   □ not at home   □ other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home-visit route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>holiday calendar is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday calendar: the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday calendar: &apos;years&apos; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday calendar: year key &apos;%1&apos; is not a four-digit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: the entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; is missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 must be [from, to, name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 has an invalid date &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 starts in another year (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 has a bad range %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;off&apos; entry %2 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;work&apos; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;work&apos; entry %2 has an invalid date &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: &apos;work&apos; entry %2 (%3) is in another year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1: %2 is listed both as a day off and as a working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot update %1 to this version&apos;s rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 has %2 entries; at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 bytes, the most accepted for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %2 of %1 unpacks to %3 bytes; at most %4 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %2 of %1 unpacks to more than %3 times its stored size (a zip bomb?); it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ArchiveDialog</name>
    <message>
        <source>&amp;Make volume and bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly archive — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume (PDF/A) is for printing and binding; the bundle (zip) holds it with the original photos, the records and a manifest of SHA-256 hashes for the disc archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archive in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save the archive in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1: %2 pages, %3 recorded checks, %4 evidence files.
PDF: %5
Bundle: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were not on this computer and are marked as missing in the volume.</source>
        <translation>
            <numerusform>%n evidence file was not on this computer and is marked as missing in the volume.</numerusform>
            <numerusform>%n evidence files were not on this computer and are marked as missing in the volume.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Make the volume and bundle anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::AuditDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>Chain intact: %n entry verified.</numerusform>
            <numerusform>Chain intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::AuditWording</name>
    <message>
        <source>%1 rows, print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops, print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned the key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (event %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, corrects %3 (event %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; from another community (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alive by the big-data comparison, batch %1 (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, %2 bytes, SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 old backups removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit route sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public notice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::BackupActions</name>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the database and all evidence photos into one checked backup file, e.g. on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this desk&apos;s data with a backup (the current data is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utomatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is saved and was checked after writing:
%1

%2, %3 files.
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database and evidence photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk backups (*.cdbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be used:
%1

The current data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, move desk %1 to this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and is complete.

Backup of desk %1, made %2.
It holds %3 people, %4 recorded checks and %5 evidence files.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data here yet; the backup will be put in place at:
%1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring REPLACES all current data of this desk (every check and photo recorded after the backup was made is no longer shown):
%1
%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of ANOTHER desk. This PC holds the data of desk %1.
Restoring moves desk %2 to this PC and REPLACES the data of desk %1 here:
%3
%4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never backed up or synchronised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database cannot be read (it is damaged), so the backup will replace it:
%1
%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data is not deleted: it is kept in the folder
%1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertDesk closes the window, restores the backup and opens again; then please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the daily automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::BackupSettingsDialog</name>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up automatically once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last automatic backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup holds the whole database and every evidence photo. Choose a USB stick or another disk, so that the data survives if this PC breaks. Older automatic backups beyond the number kept are deleted; other files in the folder are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::BatchPassDialog</name>
    <message>
        <source>Batch pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — a sign-in sheet or a photo of the unit&apos;s list is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch pass is not allowed under the %1 rules; record each person&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people will be recorded as alive (%1) on %2; each gets a new certification period from that date according to the %3 rules.</source>
        <translation>
            <numerusform>%n person will be recorded as alive (%1) on %2 and gets a new certification period from that date according to the %3 rules.</numerusform>
            <numerusform>%n people will be recorded as alive (%1) on %2; each gets a new certification period from that date according to the %3 rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet or unit list photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::CheckApprovalsDialog</name>
    <message>
        <source>Checks awaiting county approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) await approval; %1 overdue (GD 21-22: within 1 working day).</source>
        <translation>
            <numerusform>%n check awaits approval; %1 overdue (GD 21-22: within 1 working day).</numerusform>
            <numerusform>%n checks await approval; %1 overdue (GD 21-22: within 1 working day).</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the check is refused (the worker sees it)</source>
        <translation>Why the check is refused (the worker sees it)</translation>
    </message>
    <message>
        <source>Reason for a &amp;refusal:</source>
        <translation>Reason for a &amp;refusal:</translation>
    </message>
</context>
<context>
    <name>certdesk::ConflictsDialog</name>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps both records of a conflict. Until a supervisor decides, the newer value is the one in effect. A decision is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was verified, e.g. phoned the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1 on %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided here, sent at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no conflicts in your jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts in your jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on this conflict is recorded here and is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded. It is sent to the server at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::DashboardPanel</name>
    <message>
        <source>Certification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-verify list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · as of %2 · click a bar to open its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification periods ending, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks recorded this month yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks by method, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks per month, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-verify list: %1 of %2 checked, deadline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification periods ending per month, next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open home-visit requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People not in normal payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting this month&apos;s payment actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s payment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment actions due this month (click to review and confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period ends in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set by this region&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody in %1 is in normal payment: nobody is failed, suspended, stopped or sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::EvidenceStrip</name>
    <message>
        <source>No evidence yet. Add photos, drop image files on this window or paste an image (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::FirstDayGuide</name>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an ID number, its last four digits, a name or pinyin initials in the search box (Ctrl+F). The result line says where it searched; Ctrl+Shift+F searches all of your area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a check with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the person and press Enter (or Ctrl+R). Choose how and what you found, add photos with “Add photo…” or Ctrl+V, and save with Ctrl+Enter. A check once saved is kept; a mistake is corrected by a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tabs list whose certification runs out: overdue, within one, two and three months, the to-verify list and the home visits. Start each day with the overdue list and the one-month list (Ctrl+1, Ctrl+2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F9 to upload your checks and photos and receive the district&apos;s changes. Without a network you work as usual; everything waits on this PC until the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the month is over, File → Monthly archive (Ctrl+Shift+A) makes the volume to print and bind and the electronic package to keep on disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first day with CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this in the &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::HelpWindow</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User manual — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This manual is written in Chinese, the language of the offices it serves; there is no English edition yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ImportDialog</name>
    <message>
        <source>(no file chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import big-data comparison results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big-data results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (checked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Check every row before importing.</source>
        <translation>
            <numerusform>%n row read. Check it before importing.</numerusform>
            <numerusform>%n rows read. Check every row before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n person(s) updated.</source>
        <translation>
            <numerusform>Imported: %n person updated.</numerusform>
            <numerusform>Imported: %n people updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held as batch %1: the %2 rules need %3 approvals by other users before it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 to change (%3 marked qualified), %4 already as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 to change (%3 marked qualified), %4 already as in the file, %5 with problems. Nothing will be imported until they are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::JurisdictionPanel</name>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::JurisdictionTreeModel</name>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::LedgerPanel</name>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>list name and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: ID number or its last four, name or pinyin initials (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all of %1 (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in %1 matches “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search “%2” in %1: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, initials, ID number or its last four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::LifecycleActionsDialog</name>
    <message>
        <source>Confirm &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s actions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pay (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export suspension list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print suspension list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, list by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps due (%2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the steps to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export suspension list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension-list-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps are shown to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s), back pay %2 yuan in total</source>
        <translation>
            <numerusform>%1: %n person, back pay %2 yuan in total</numerusform>
            <numerusform>%1: %n people, back pay %2 yuan in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record these payment steps for %n person(s)?

%1

Each step is recorded under your name and written to the audit trail; a recorded step cannot be deleted, only followed by another step.</source>
        <translation>
            <numerusform>Record these payment steps for %n person?

%1

Each step is recorded under your name and written to the audit trail; a recorded step cannot be deleted, only followed by another step.</numerusform>
            <numerusform>Record these payment steps for %n people?

%1

Each step is recorded under your name and written to the audit trail; a recorded step cannot be deleted, only followed by another step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n step(s)</source>
        <translation>
            <numerusform>&amp;Record %n step</numerusform>
            <numerusform>&amp;Record %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded: %1

The steps are recorded all or nothing. Leave the refused step out (select the other rows) or settle it first, then confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment step(s) recorded and written to the audit trail:
%1</source>
        <translation>
            <numerusform>%n payment step recorded and written to the audit trail:
%1</numerusform>
            <numerusform>%n payment steps recorded and written to the audit trail:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>node name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::LifecycleStepDialog</name>
    <message>
        <source>Print &amp;back-pay form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print repayment &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment steps — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 3200.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / what is objected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid through month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-pay form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended on %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pay due: %1 yuan for %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpaid %1 yuan, repaid %2 yuan, balance %3 yuan (deadline %4, refusals: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in yuan (e.g. 3200.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-pay form as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment notice as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-pay-form.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repayment-notice.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted from the funeral grant and pension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>CertDesk — benefit eligibility certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar does not cover %1: home-visit due dates count weekends only. Update the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Benefit eligibility certification workbench for street and community social-insurance staff.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a check of the selected person: method, result, evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep original photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import big-data results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches waiting for &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the checks recorded here and receive the changes from the district server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of one person that disagree between devices, for a supervisor to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help for this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard was put aside to show the list; Ctrl+D brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record verification of the &amp;selected row…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PaperRegisterDialog</name>
    <message>
        <source>Paper register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one check per row from the paper register. Enter or Tab moves to the next cell; a new row appears at the end. Method and result may be typed as a key (home-visit, alive) or by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add register photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required: a photo of this register page, kept as the evidence of every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with ID number %1 in this office&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &apos;%1&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown result &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the register page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-digit ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a first-generation 15-digit ID number. Use its 18-digit form %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PaymentActions</name>
    <message>
        <source>This month&apos;s &amp;actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures, suspensions, stops, resumptions and sealings due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;steps of this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection, back pay, repayment notice, agreement, repayments, refusal, unsealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve steps on the &amp;server…</source>
        <translation>Approve steps on the &amp;server…</translation>
    </message>
    <message>
        <source>Steps recorded here that name you as their approver: approve them on the district server</source>
        <translation>Steps recorded here that name you as their approver: approve them on the district server</translation>
    </message>
</context>
<context>
    <name>certdesk::PendingImportsDialog</name>
    <message>
        <source>&amp;Approve selected batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (qualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;server password:</source>
        <translation>Your &amp;server password:</translation>
    </message>
    <message>
        <source>Type your password for the district server: GD 9 approvals count only when given there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PhotoViewer</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::PrintActions</name>
    <message>
        <source>&amp;Print list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;notice list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;archive volume and bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    As of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0532-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice shows names, masked ID numbers, community and result only — never phone numbers or addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public-notice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list to E&amp;xcel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::RecipientDetailPanel</name>
    <message>
        <source>Show full number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big-data conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere in China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (benefit confirmed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period (dependent under %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a check of this person (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period: not set by this region&apos;s rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the list “%1”: the change just saved moved this person out of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::RecipientListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>reminder date and outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <comment>big-data loss flag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline in local rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>The big-data comparison marks %1 as %2 (%3). Check before the next payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region&apos;s rules set no deadline for a home visit; it is never shown as overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::RecordVerificationDialog</name>
    <message>
        <source>Record verification — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · %2 · last certified %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · %2 · never certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image or image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. death certificate, hospital, relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the person no longer qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen or said, who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of d&amp;eath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere in China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what was found wrong; only changed fields are saved with the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;idence address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residen&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste ima&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the image (or image files) on the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person found alive needs at least one photo; a proxy check needs the power of attorney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1;;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pasted image could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the check of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you entered for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty contact data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving this check empties these contact fields of %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty them only if the person no longer has them. To keep them, go back and undo in the field (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ReminderDialog</name>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a reminder — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no phone number on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3 (%4) — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SecurityActions</name>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle &amp;minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::ServerApprovalDialog</name>
    <message>
        <source>Approve payment steps on the district server</source>
        <translation>Approve payment steps on the district server</translation>
    </message>
    <message>
        <source>Steps recorded on this desk that name you (%1) as their approver. Your approval is recorded on the district server; the desk&apos;s next sync then sends the step.</source>
        <translation>Steps recorded on this desk that name you (%1) as their approver. Your approval is recorded on the district server; the desk&apos;s next sync then sends the step.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Your &amp;server password:</source>
        <translation>Your &amp;server password:</translation>
    </message>
    <message>
        <source>&amp;Approve on the server</source>
        <translation>&amp;Approve on the server</translation>
    </message>
    <message>
        <source>No step waits for your approval.</source>
        <translation>No step waits for your approval.</translation>
    </message>
    <message>
        <source>Type your password for the district server.</source>
        <translation>Type your password for the district server.</translation>
    </message>
    <message>
        <source>Approved on the server; the next sync sends the step.</source>
        <translation>Approved on the server; the next sync sends the step.</translation>
    </message>
</context>
<context>
    <name>certdesk::ServerTrustBox</name>
    <message>
        <source>Server identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget pinned key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http:// to a server on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the district&apos;s notice announces a new server key: the next sign-in shows the new fingerprint to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the key is pinned at the first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: with plain HTTP the server password, the records and the photos cross the network unencrypted and the server cannot be told from an impostor. Use it only inside a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned key (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: the first sign-in shows the server&apos;s fingerprint to compare with the district&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sign-in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key fingerprint (SHA-256) is:

%1

Compare it, pair by pair, with the fingerprint in the district&apos;s notice. Accept it only if they are the same: CertDesk then trusts this key and no other, and stops syncing if the server ever shows another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same as the notice: accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different or unsure: refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SignInDialog</name>
    <message>
        <source>CertDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked. Enter the password of %1 to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row: the next try is possible in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>error, then the wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <comment>error, wrong tries in a row</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SyncController</name>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SyncDialog</name>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the district server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (sync by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of your account on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must begin with https:// (or http:// inside the office network), for example https://upstream.example:8470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Sign in with your server password to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Sync stays off until a server and a user name are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the server address and your user name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading evidence photos: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading evidence photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending records: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached; CertDesk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with your server password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused something that needs a person to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. What was already sent stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your server password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 records sent, %2 new conflicts, %3 refused, %4 evidence files uploaded, %5 changes received, %6 refused by this device&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key was not accepted; nothing was sent to it. Sign in again once the district confirmed the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accepted. Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district server is set up yet: enter its address and your user name, save, then sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the district server yet. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::SyncStatusIndicator</name>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the server · %1 to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Online · last sync %1 · %2 to upload · %n conflict(s)</source>
        <translation>
            <numerusform>Online · last sync %1 · %2 to upload · %n conflict</numerusform>
            <numerusform>Online · last sync %1 · %2 to upload · %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online · not synced yet · %1 to upload · %n conflict(s)</source>
        <translation>
            <numerusform>Online · not synced yet · %1 to upload · %n conflict</numerusform>
            <numerusform>Online · not synced yet · %1 to upload · %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… · %1 to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting to upload · next attempt %1</source>
        <translation>
            <numerusform>Offline · %n waiting to upload · next attempt %1</numerusform>
            <numerusform>Offline · %n waiting to upload · next attempt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting to upload</source>
        <translation>
            <numerusform>Offline · %n waiting to upload</numerusform>
            <numerusform>Offline · %n waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync needs attention · %1 refused · %n conflict(s)</source>
        <translation>
            <numerusform>Sync needs attention · %1 refused · %n conflict</numerusform>
            <numerusform>Sync needs attention · %1 refused · %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Last complete sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and decisions waiting to upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server, need a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the sync window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::TimelinePanel</name>
    <message numerus="yes">
        <source>Verification history (%n)</source>
        <translation>
            <numerusform>Verification history (%n)</numerusform>
            <numerusform>Verification history (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No check recorded in CertDesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>timeline entry: when, how</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, died %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, died %2 (source: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects the event of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct / add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpayment balance: %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <comment>date, step, who</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big-data comparison %1, source %2 (import %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the loss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the county&apos;s approval</source>
        <translation>Awaiting the county&apos;s approval</translation>
    </message>
    <message>
        <source>Approved by the county (%1)</source>
        <translation>Approved by the county (%1)</translation>
    </message>
    <message>
        <source>Refused by the county (%1): %2 — this check certifies nothing</source>
        <translation>Refused by the county (%1): %2 — this check certifies nothing</translation>
    </message>
</context>
<context>
    <name>certdesk::UserFormDialog</name>
    <message>
        <source>records checks (certify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approves benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the district administrator, who then creates the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records checks of the people in the account&apos;s jurisdiction (window, phone, video or home visit) with their evidence photos, also several at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records payment steps (suspend, resume, stop): under the %1 rules (%2) they are this duty&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the benefit approver. The %1 rules give this duty no steps of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what the duty permits, then the rules&apos; conflict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only choice here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approves benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>node name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between duties</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::VisitRequestDialog</name>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New home-visit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or relative who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts that did not reach the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set by this region&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdesk::WorkActions</name>
    <message>
        <source>Log &amp;reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home visit request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch pass selected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper register entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visit route &amp;sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the people to pass in the list first (Shift or Ctrl + click, Ctrl+A for the page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit route sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open home-visit requests here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit route sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print visit route sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home-visit route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not under the %1 rules (%2): batch certification tables are abolished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks awaiting county &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--today: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The data it replaced is kept in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
