<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>No client has the number {number}.</source>
        <translation>No client has the number {number}.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A login is one word of at most {count} characters.</source>
        <extracomment>What a new account may grant alone until an administrator says otherwise: nothing.</extracomment>
        <translation>A login is one word of at most {count} characters.</translation>
    </message>
    <message>
        <source>Give the person&apos;s full name.</source>
        <translation>Give the person&apos;s full name.</translation>
    </message>
    <message>
        <source>This database has accounts: an administrator must sign in.</source>
        <translation>This database has accounts: an administrator must sign in.</translation>
    </message>
    <message>
        <source>A local account needs a password.</source>
        <translation>A local account needs a password.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>The login {login} is already taken.</translation>
    </message>
    <message>
        <source>No account has the login {login}.</source>
        <translation>No account has the login {login}.</translation>
    </message>
    <message>
        <source>Another administrator must disable your account.</source>
        <translation>Another administrator must disable your account.</translation>
    </message>
    <message>
        <source>This account&apos;s password is kept by the directory.</source>
        <translation>This account&apos;s password is kept by the directory.</translation>
    </message>
</context>
<context>
    <name>AgreementDetails</name>
    <message>
        <source>Select an agreement to see its plan.</source>
        <extracomment>The figures, in reading order: two columns of label and value.</extracomment>
        <translation>Select an agreement to see its plan.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Debt restructured</source>
        <translation>Debt restructured</translation>
    </message>
    <message>
        <source>Amount waived</source>
        <translation>Amount waived</translation>
    </message>
    <message>
        <source>New instalments</source>
        <translation>New instalments</translation>
    </message>
    <message>
        <source>Total cost of the credit</source>
        <translation>Total cost of the credit</translation>
    </message>
    <message>
        <source>First instalment</source>
        <translation>First instalment</translation>
    </message>
    <message>
        <source>Last instalment</source>
        <translation>Last instalment</translation>
    </message>
    <message>
        <source>Nominal rate</source>
        <translation>Nominal rate</translation>
    </message>
    <message>
        <source>APR (TAEG)</source>
        <translation>APR (TAEG)</translation>
    </message>
    <message>
        <source>Effort rate</source>
        <translation>Effort rate</translation>
    </message>
    <message>
        <source>Left to live on</source>
        <translation>Left to live on</translation>
    </message>
    <message>
        <source>Why a supervisor must approve it</source>
        <translation>Why a supervisor must approve it</translation>
    </message>
    <message>
        <source>Also worth knowing</source>
        <translation>Also worth knowing</translation>
    </message>
    <message>
        <source>not known (no budget on file)</source>
        <translation>not known (no budget on file)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <source>{rate} (ceiling {limit})</source>
        <translation>{rate} (ceiling {limit})</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} a month</translation>
    </message>
    <message>
        <source>{amount} a month (floor {floor})</source>
        <translation>{amount} a month (floor {floor})</translation>
    </message>
    <message>
        <source>Why a supervisor had to approve it</source>
        <translation>Why a supervisor had to approve it</translation>
    </message>
    <message>
        <source>Approved by {name} on {when}: {reason}</source>
        <translation>Approved by {name} on {when}: {reason}</translation>
    </message>
    <message>
        <source>Proposed by {name} on {when}</source>
        <translation>Proposed by {name} on {when}</translation>
    </message>
    <message>
        <source>an officer no longer on file</source>
        <translation>an officer no longer on file</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Client accepts the plan</source>
        <extracomment>Pages are rendered at the printer&apos;s resolution up to this one: 300 dpi gives sharp text on paper, whereas a 1200 dpi printer (or &quot;print to PDF&quot; in high resolution) would ask for a 9920 × 14030 image, over 500 MB, for each A4 page.</extracomment>
        <translation>Client accepts the plan</translation>
    </message>
    <message>
        <source>{count} instalments of {amount}, from {first} to {last}, rate {rate}, APR {apr}</source>
        <translation>{count} instalments of {amount}, from {first} to {last}, rate {rate}, APR {apr}</translation>
    </message>
    <message>
        <source>This plan is beyond your delegation: it will wait for a supervisor&apos;s approval, and only a non-binding proposal can be printed until then.</source>
        <translation>This plan is beyond your delegation: it will wait for a supervisor&apos;s approval, and only a non-binding proposal can be printed until then.</translation>
    </message>
    <message>
        <source>In the branch</source>
        <translation>In the branch</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Client&apos;s signature</translation>
    </message>
    <message>
        <source>Officer&apos;s signature</source>
        <translation>Officer&apos;s signature</translation>
    </message>
    <message>
        <source>By phone the agreement is signed by you alone and awaits the client&apos;s countersignature on paper.</source>
        <translation>By phone the agreement is signed by you alone and awaits the client&apos;s countersignature on paper.</translation>
    </message>
    <message>
        <source>Create the agreement</source>
        <translation>Create the agreement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Both signatures are needed before creating it.</source>
        <translation>Both signatures are needed before creating it.</translation>
    </message>
    <message>
        <source>Your signature is needed before creating it.</source>
        <translation>Your signature is needed before creating it.</translation>
    </message>
    <message>
        <source>Producing and sealing the agreement…</source>
        <translation>Producing and sealing the agreement…</translation>
    </message>
    <message>
        <source>The agreement could not be produced.</source>
        <translation>The agreement could not be produced.</translation>
    </message>
    <message>
        <source>Agreement {reference} is signed and archived.</source>
        <translation>Agreement {reference} is signed and archived.</translation>
    </message>
    <message>
        <source>Agreement {reference} awaits a supervisor&apos;s approval: the file is a non-binding proposal.</source>
        <translation>Agreement {reference} awaits a supervisor&apos;s approval: the file is a non-binding proposal.</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Save the agreement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot print: {error}</source>
        <translation>Cannot print: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>list, show and export the repayment agreements</source>
        <translation>list, show and export the repayment agreements</translation>
    </message>
    <message>
        <source>The repayment agreements and their archived sealed PDF files.</source>
        <translation>The repayment agreements and their archived sealed PDF files.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>list the agreements</source>
        <translation>list the agreements</translation>
    </message>
    <message>
        <source>print one JSON list</source>
        <translation>print one JSON list</translation>
    </message>
    <message>
        <source>show an agreement&apos;s terms and schedule</source>
        <translation>show an agreement&apos;s terms and schedule</translation>
    </message>
    <message>
        <source>its reference</source>
        <translation>its reference</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <source>write the archived sealed PDF to a file</source>
        <translation>write the archived sealed PDF to a file</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>where to write the PDF</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>No agreements.</translation>
    </message>
    <message>
        <source>Agreement {reference} — case {case} — {client} — {status}</source>
        <translation>Agreement {reference} — case {case} — {client} — {status}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>Agreement {reference} written to {path}</source>
        <translation>Agreement {reference} written to {path}</translation>
    </message>
    <message>
        <source>check an agreement&apos;s PDF file: seal and archive</source>
        <translation>check an agreement&apos;s PDF file: seal and archive</translation>
    </message>
    <message>
        <source>Check that the electronic seal of an agreement file is intact and covers the whole document, and that the file is an archived agreement.</source>
        <translation>Check that the electronic seal of an agreement file is intact and covers the whole document, and that the file is an archived agreement.</translation>
    </message>
    <message>
        <source>the PDF file</source>
        <translation>the PDF file</translation>
    </message>
    <message>
        <source>verify: cannot read {path}: {error}</source>
        <extracomment>Larger than any agreement (a few hundred kilobytes): a bigger file is refused before it is read.</extracomment>
        <translation>verify: cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>larger than any agreement file</source>
        <translation>larger than any agreement file</translation>
    </message>
    <message>
        <source>{verdict} (DEMONSTRATION seal: no legal value)</source>
        <translation>{verdict} (DEMONSTRATION seal: no legal value)</translation>
    </message>
    <message>
        <source>INVALID: {reason}</source>
        <translation>INVALID: {reason}</translation>
    </message>
    <message>
        <source>UNKNOWN: the seal is valid but the file matches no archived agreement</source>
        <translation>UNKNOWN: the seal is valid but the file matches no archived agreement</translation>
    </message>
    <message>
        <source>UNKNOWN: the seal is valid; there is no database to find the archived agreement in (--db)</source>
        <translation>UNKNOWN: the seal is valid; there is no database to find the archived agreement in (--db)</translation>
    </message>
    <message>
        <source>VALID: agreement {reference} of case {case}, sealed by {signer} (PAdES {level})</source>
        <translation>VALID: agreement {reference} of case {case}, sealed by {signer} (PAdES {level})</translation>
    </message>
    <message>
        <source>The archive&apos;s copy of this PDF was removed by the retention policy on {removed_on}; the file matches the SHA-256 the archive kept.</source>
        <translation>The archive&apos;s copy of this PDF was removed by the retention policy on {removed_on}; the file matches the SHA-256 the archive kept.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>This negotiation session no longer exists.</source>
        <translation>This negotiation session no longer exists.</translation>
    </message>
    <message>
        <source>No agreement has the reference {reference}.</source>
        <translation>No agreement has the reference {reference}.</translation>
    </message>
    <message>
        <source>The PDF of agreement {reference} was removed by the retention policy on {removed_on}; its SHA-256 stays in the archive, so a copy kept elsewhere can still be verified.</source>
        <translation>The PDF of agreement {reference} was removed by the retention policy on {removed_on}; its SHA-256 stays in the archive, so a copy kept elsewhere can still be verified.</translation>
    </message>
    <message>
        <source>Agreement {reference} is not binding yet: only its proposal can be printed.</source>
        <translation>Agreement {reference} is not binding yet: only its proposal can be printed.</translation>
    </message>
    <message>
        <source>On a consumer credit, late interest and penalties may not be capitalised: spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39).</source>
        <translation>On a consumer credit, late interest and penalties may not be capitalised: spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39).</translation>
    </message>
    <message>
        <source>Contract {contract}: the penalties exceed the indemnity a consumer credit allows, 8 % of the capital due; they cannot be claimed in an agreement (C. consom. D312-16).</source>
        <translation>Contract {contract}: the penalties exceed the indemnity a consumer credit allows, 8 % of the capital due; they cannot be claimed in an agreement (C. consom. D312-16).</translation>
    </message>
    <message>
        <source>Fees may not be claimed after a consumer credit&apos;s default (C. consom. L312-38).</source>
        <translation>Fees may not be claimed after a consumer credit&apos;s default (C. consom. L312-38).</translation>
    </message>
    <message>
        <source>An agreement is made by phone or in the branch.</source>
        <translation>An agreement is made by phone or in the branch.</translation>
    </message>
    <message>
        <source>An overindebtedness file is open on this case: no agreement until the commission has decided.</source>
        <translation>An overindebtedness file is open on this case: no agreement until the commission has decided.</translation>
    </message>
    <message>
        <source>This plan breaks a blocking rule (usury): it cannot be accepted.</source>
        <translation>This plan breaks a blocking rule (usury): it cannot be accepted.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Give the reason for the decision.</translation>
    </message>
    <message>
        <source>A reason holds at most {count} characters.</source>
        <translation>A reason holds at most {count} characters.</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>This agreement no longer exists.</translation>
    </message>
    <message>
        <source>Agreement {reference} is no longer waiting for approval.</source>
        <translation>Agreement {reference} is no longer waiting for approval.</translation>
    </message>
    <message>
        <source>The scan is an empty file.</source>
        <extracomment>Largest scan of a countersigned paper kept in the database (stored inline with the agreement): a few pages scanned at 300 dpi weigh 1 to 5 MB; 20 MB leaves room for a colour scan while refusing a wrong file (a video, an archive) that would bloat the database and every backup of it. The scans accepted, recognised by their first bytes (not by the file name).</extracomment>
        <translation>The scan is an empty file.</translation>
    </message>
    <message>
        <source>The scan is larger than {limit} MB.</source>
        <translation>The scan is larger than {limit} MB.</translation>
    </message>
    <message>
        <source>The scan must be a PDF, PNG or JPEG file.</source>
        <translation>The scan must be a PDF, PNG or JPEG file.</translation>
    </message>
    <message>
        <source>The return date cannot be in the future.</source>
        <translation>The return date cannot be in the future.</translation>
    </message>
    <message>
        <source>Agreement {reference} is not waiting for a countersignature.</source>
        <translation>Agreement {reference} is not waiting for a countersignature.</translation>
    </message>
    <message>
        <source>The paper cannot have come back before the agreement was made.</source>
        <translation>The paper cannot have come back before the agreement was made.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>Cannot read the settings file {path}: {error}</translation>
    </message>
    <message>
        <source>The settings name the seal&apos;s file {path} the old way: import it with recouvrement-desktop seal import.</source>
        <translation>The settings name the seal&apos;s file {path} the old way: import it with recouvrement-desktop seal import.</translation>
    </message>
    <message>
        <source>The secret that opens the bank&apos;s seal is not in the system keystore: configure the seal again (recouvrement-desktop seal).</source>
        <translation>The secret that opens the bank&apos;s seal is not in the system keystore: configure the seal again (recouvrement-desktop seal).</translation>
    </message>
    <message>
        <source>Cannot read the trusted certificate {path}: {error}</source>
        <translation>Cannot read the trusted certificate {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the seal&apos;s file: wrong password or not PKCS#12.</source>
        <translation>Cannot open the seal&apos;s file: wrong password or not PKCS#12.</translation>
    </message>
    <message>
        <source>The seal&apos;s file must hold a private key and its certificate.</source>
        <translation>The seal&apos;s file must hold a private key and its certificate.</translation>
    </message>
    <message>
        <source>Cannot read the letterhead {path}: {error}</source>
        <translation>Cannot read the letterhead {path}: {error}</translation>
    </message>
    <message>
        <source>This agreement was written by a newer version of the application (format {n}).</source>
        <translation>This agreement was written by a newer version of the application (format {n}).</translation>
    </message>
    <message>
        <source>A mortgage amendment is accepted only after the client has received it: keep this plan as an offer first; the client may accept it after {days} days&apos; reflection (C. consom. L313-39).</source>
        <translation>A mortgage amendment is accepted only after the client has received it: keep this plan as an offer first; the client may accept it after {days} days&apos; reflection (C. consom. L313-39).</translation>
    </message>
    <message>
        <source>This mortgage amendment was offered on {offered}: after {days} days&apos; reflection the client may accept it from {earliest}, not before (C. consom. L313-39).</source>
        <translation>This mortgage amendment was offered on {offered}: after {days} days&apos; reflection the client may accept it from {earliest}, not before (C. consom. L313-39).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>written outside the application: no event covers it</source>
        <translation>written outside the application: no event covers it</translation>
    </message>
    <message>
        <source>changed since the event that covers it</source>
        <translation>changed since the event that covers it</translation>
    </message>
    <message>
        <source>removed: an event covers it, the record is gone</source>
        <translation>removed: an event covers it, the record is gone</translation>
    </message>
    <message>
        <source>an event is missing</source>
        <translation>an event is missing</translation>
    </message>
    <message>
        <source>the link to the previous event is broken</source>
        <translation>the link to the previous event is broken</translation>
    </message>
    <message>
        <source>the event was altered</source>
        <translation>the event was altered</translation>
    </message>
    <message>
        <source>the chain differs from its sealed head</source>
        <translation>the chain differs from its sealed head</translation>
    </message>
    <message>
        <source>events are missing at the end of the chain</source>
        <translation>events are missing at the end of the chain</translation>
    </message>
    <message>
        <source>the chain ends before its sealed head</source>
        <translation>the chain ends before its sealed head</translation>
    </message>
    <message>
        <source>the audit trail and the access log (auditors)</source>
        <translation>the audit trail and the access log (auditors)</translation>
    </message>
    <message>
        <source>What the auditor reads.</source>
        <translation>What the auditor reads.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>who opened a client&apos;s file, when, from where</source>
        <translation>who opened a client&apos;s file, when, from where</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>client number</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>check the audit chain and every record it covers</source>
        <translation>check the audit chain and every record it covers</translation>
    </message>
    <message>
        <source>Exit status: 0 when the chain and every record hold, 1 when something does not.</source>
        <translation>Exit status: 0 when the chain and every record hold, 1 when something does not.</translation>
    </message>
    <message>
        <source>the audit key of this database (administrators)</source>
        <translation>the audit key of this database (administrators)</translation>
    </message>
    <message>
        <source>print the key, to import it on another computer</source>
        <translation>print the key, to import it on another computer</translation>
    </message>
    <message>
        <source>store the key read from standard input</source>
        <translation>store the key read from standard input</translation>
    </message>
    <message>
        <source>The audit key is stored in this computer&apos;s keystore.</source>
        <translation>The audit key is stored in this computer&apos;s keystore.</translation>
    </message>
    <message>
        <source>This computer&apos;s keystore does not hold the audit key of this database: nothing was changed. An administrator brings it with &apos;recouvrement-desktop audit key import&apos;.</source>
        <translation>This computer&apos;s keystore does not hold the audit key of this database: nothing was changed. An administrator brings it with &apos;recouvrement-desktop audit key import&apos;.</translation>
    </message>
    <message>
        <source>The audit key kept in this database is damaged.</source>
        <translation>The audit key kept in this database is damaged.</translation>
    </message>
    <message>
        <source>A demonstration database has no audit key to export.</source>
        <translation>A demonstration database has no audit key to export.</translation>
    </message>
    <message>
        <source>This is not an audit key (64 hexadecimal characters): nothing changed.</source>
        <translation>This is not an audit key (64 hexadecimal characters): nothing changed.</translation>
    </message>
    <message>
        <source>A demonstration database has no audit key to import.</source>
        <translation>A demonstration database has no audit key to import.</translation>
    </message>
    <message>
        <source>The sealed head of the audit chain is damaged.</source>
        <translation>The sealed head of the audit chain is damaged.</translation>
    </message>
    <message>
        <source>Demonstration database: its chain is keyed with a published key and proves nothing.</source>
        <translation>Demonstration database: its chain is keyed with a published key and proves nothing.</translation>
    </message>
    <message>
        <source>Audit chain intact: {count} events.</source>
        <translation>Audit chain intact: {count} events.</translation>
    </message>
    <message>
        <source>Audit chain broken at event {sequence}: {reason}.</source>
        <translation>Audit chain broken at event {sequence}: {reason}.</translation>
    </message>
    <message>
        <source>That event records: {covers}.</source>
        <translation>That event records: {covers}.</translation>
    </message>
    <message>
        <source>Head sealed at event {sequence} on {date}.</source>
        <translation>Head sealed at event {sequence} on {date}.</translation>
    </message>
    <message>
        <source>Records are covered from the next change on.</source>
        <translation>Records are covered from the next change on.</translation>
    </message>
    <message>
        <source>Records: {count} checked, all as recorded.</source>
        <translation>Records: {count} checked, all as recorded.</translation>
    </message>
    <message>
        <source>Records: {count} checked, {problems} not as recorded:</source>
        <translation>Records: {count} checked, {problems} not as recorded:</translation>
    </message>
    <message>
        <source>  {table} {record}: {reason} (event {sequence})</source>
        <translation>  {table} {record}: {reason} (event {sequence})</translation>
    </message>
    <message>
        <source>  {table} {record}: {reason}</source>
        <translation>  {table} {record}: {reason}</translation>
    </message>
    <message>
        <source>This is not the audit key of this database: nothing was stored.</source>
        <translation>This is not the audit key of this database: nothing was stored.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>Verify the &amp;audit trail…</source>
        <translation>Verify the &amp;audit trail…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>write a consistent copy of the database (administrators)</source>
        <translation>write a consistent copy of the database (administrators)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database while it is in use. The copy is complete or absent: an interrupted backup leaves the previous one whole.</source>
        <translation>Write a consistent copy of the database while it is in use. The copy is complete or absent: an interrupted backup leaves the previous one whole.</translation>
    </message>
    <message>
        <source>the copy to write</source>
        <translation>the copy to write</translation>
    </message>
    <message>
        <source>put a copy of the database back (administrators)</source>
        <translation>put a copy of the database back (administrators)</translation>
    </message>
    <message>
        <source>Put a copy back in place of the database, once it is known to be intact, written by this version or an earlier one, with its audit chain whole. The database it replaces is kept in backups/ beside it (for PostgreSQL, a dump in the backups/ folder of your data folder).</source>
        <translation>Put a copy back in place of the database, once it is known to be intact, written by this version or an earlier one, with its audit chain whole. The database it replaces is kept in backups/ beside it (for PostgreSQL, a dump in the backups/ folder of your data folder).</translation>
    </message>
    <message>
        <source>The replaced database could not be dumped: it stays on the server as {name}</source>
        <translation>The replaced database could not be dumped: it stays on the server as {name}</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>the copy</translation>
    </message>
    <message>
        <source>Copy written to {path} ({size} bytes, SHA-256 {digest})</source>
        <translation>Copy written to {path} ({size} bytes, SHA-256 {digest})</translation>
    </message>
    <message>
        <source>{copy} restored as {path}</source>
        <translation>{copy} restored as {path}</translation>
    </message>
    <message>
        <source>The replaced database is kept as {path}</source>
        <translation>The replaced database is kept as {path}</translation>
    </message>
    <message>
        <source>{path} is the database itself: write the copy to another file; nothing was changed.</source>
        <translation>{path} is the database itself: write the copy to another file; nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a file: name a new file or one to replace; nothing was written.</source>
        <translation>{path} is not a file: name a new file or one to replace; nothing was written.</translation>
    </message>
    <message>
        <source>{program} is needed to back up a PostgreSQL database: install the PostgreSQL client programs.</source>
        <translation>{program} is needed to back up a PostgreSQL database: install the PostgreSQL client programs.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a copy of a Recouvrement Desktop database, or it is encrypted with a key this computer&apos;s keystore does not have: nothing was changed. If it is encrypted, give its recovery key first with &apos;recouvrement-desktop db unlock --db {db}&apos;.</source>
        <translation>{path} is not a copy of a Recouvrement Desktop database, or it is encrypted with a key this computer&apos;s keystore does not have: nothing was changed. If it is encrypted, give its recovery key first with &apos;recouvrement-desktop db unlock --db {db}&apos;.</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} is not a file</translation>
    </message>
    <message>
        <source>{path} is not a copy of a Recouvrement Desktop database</source>
        <translation>{path} is not a copy of a Recouvrement Desktop database</translation>
    </message>
    <message>
        <source>The copy {path} is damaged: nothing was changed</source>
        <translation>The copy {path} is damaged: nothing was changed</translation>
    </message>
    <message>
        <source>The copy {path} was written by a newer version of the application: nothing was changed</source>
        <translation>The copy {path} was written by a newer version of the application: nothing was changed</translation>
    </message>
    <message>
        <source>The audit chain of the copy {path} is broken at event {sequence}: nothing was changed</source>
        <translation>The audit chain of the copy {path} is broken at event {sequence}: nothing was changed</translation>
    </message>
    <message>
        <source>The copy {path} could not be restored: {reason}</source>
        <translation>The copy {path} could not be restored: {reason}</translation>
    </message>
    <message>
        <source>The restore failed: {reason}. The database in use was not changed.</source>
        <translation>The restore failed: {reason}. The database in use was not changed.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Remaining balance</source>
        <translation>Remaining balance</translation>
    </message>
    <message>
        <source>Current contract</source>
        <translation>Current contract</translation>
    </message>
    <message>
        <source>Proposed plan</source>
        <translation>Proposed plan</translation>
    </message>
</context>
<context>
    <name>CallScriptDock</name>
    <message>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <source>The call &amp;script</source>
        <translation>The call &amp;script</translation>
    </message>
</context>
<context>
    <name>CallScriptPanel</name>
    <message>
        <source>Result to record</source>
        <translation>Result to record</translation>
    </message>
    <message>
        <source>Reading the call script…</source>
        <translation>Reading the call script…</translation>
    </message>
    <message>
        <source>No call script</source>
        <translation>No call script</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} of {total} steps done</translation>
    </message>
</context>
<context>
    <name>CallScripts</name>
    <message>
        <source>The call script {name} cannot be used: {error}</source>
        <extracomment>The placeholders a script of each situation may name.</extracomment>
        <translation>The call script {name} cannot be used: {error}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: {error}</source>
        <translation>Call script {name}, line {line}: {error}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: the placeholder {placeholder} is not available in the {situation} script</source>
        <translation>Call script {name}, line {line}: the placeholder {placeholder} is not available in the {situation} script</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: unknown placeholder {placeholder}</source>
        <translation>Call script {name}, line {line}: unknown placeholder {placeholder}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: the file must start with a header between two --- lines</source>
        <translation>Call script {name}, line {line}: the file must start with a header between two --- lines</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: unknown header line {text}</source>
        <translation>Call script {name}, line {line}: unknown header line {text}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: no {key} in the header</source>
        <translation>Call script {name}, line {line}: no {key} in the header</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: unknown outcome {text} (known: {known})</source>
        <translation>Call script {name}, line {line}: unknown outcome {text} (known: {known})</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: the effective date {text} is not a date (YYYY-MM-DD)</source>
        <translation>Call script {name}, line {line}: the effective date {text} is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: each step starts with a line &quot;## title&quot;</source>
        <translation>Call script {name}, line {line}: each step starts with a line &quot;## title&quot;</translation>
    </message>
    <message>
        <source>Cannot read the call script {path}: {error}</source>
        <translation>Cannot read the call script {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot read the call scripts&apos; settings {path}: {error}</source>
        <translation>Cannot read the call scripts&apos; settings {path}: {error}</translation>
    </message>
    <message>
        <source>In {path}, calls_recorded must be true or false, not {value}</source>
        <translation>In {path}, calls_recorded must be true or false, not {value}</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>Any days past due</source>
        <translation>Any days past due</translation>
    </message>
    <message>
        <source>Filter by days past due</source>
        <translation>Filter by days past due</translation>
    </message>
    <message>
        <source>0–30 days past due</source>
        <translation>0–30 days past due</translation>
    </message>
    <message>
        <source>31–60 days past due</source>
        <translation>31–60 days past due</translation>
    </message>
    <message>
        <source>61–90 days past due</source>
        <translation>61–90 days past due</translation>
    </message>
    <message>
        <source>Over 90 days past due</source>
        <translation>Over 90 days past due</translation>
    </message>
    <message>
        <source>All loan types</source>
        <translation>All loan types</translation>
    </message>
    <message>
        <source>Filter by type of loan</source>
        <translation>Filter by type of loan</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Filter by officer</source>
        <translation>Filter by officer</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;My cases</translation>
    </message>
    <message>
        <source>Only the cases assigned to me</source>
        <translation>Only the cases assigned to me</translation>
    </message>
    <message>
        <source>&amp;Due today or overdue</source>
        <translation>&amp;Due today or overdue</translation>
    </message>
    <message>
        <source>Only cases whose next action is due today or overdue</source>
        <translation>Only cases whose next action is due today or overdue</translation>
    </message>
    <message>
        <source>&amp;Forclusion within 90 days</source>
        <translation>&amp;Forclusion within 90 days</translation>
    </message>
    <message>
        <source>Only cases with a consumer credit whose forclusion ends within 90 days</source>
        <translation>Only cases with a consumer credit whose forclusion ends within 90 days</translation>
    </message>
    <message>
        <source>&amp;Agreement in default</source>
        <translation>&amp;Agreement in default</translation>
    </message>
    <message>
        <source>Only cases whose agreement has an instalment missed</source>
        <translation>Only cases whose agreement has an instalment missed</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search a client, a case reference or a phone number</source>
        <translation>Search a client, a case reference or a phone number</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>More than {count} cases</source>
        <translation>More than {count} cases</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Forclusion</source>
        <translation>Forclusion</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Broken promise</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>Forclusion within 60 days</source>
        <translation>Forclusion within 60 days</translation>
    </message>
    <message>
        <source>Agreement in default</source>
        <translation>Agreement in default</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>show a case</source>
        <translation>show a case</translation>
    </message>
    <message>
        <source>A case, its contracts and their legal deadlines.</source>
        <translation>A case, its contracts and their legal deadlines.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>show a case: client, stage, promises, agreements, loans and deadlines</source>
        <translation>show a case: client, stage, promises, agreements, loans and deadlines</translation>
    </message>
    <message>
        <source>its reference</source>
        <translation>its reference</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <source>record the status of the case&apos;s overindebtedness file</source>
        <translation>record the status of the case&apos;s overindebtedness file</translation>
    </message>
    <message>
        <source>the file&apos;s new status</source>
        <translation>the file&apos;s new status</translation>
    </message>
    <message>
        <source>the status&apos;s date</source>
        <translation>the status&apos;s date</translation>
    </message>
    <message>
        <source>the day the file was lodged (a new file)</source>
        <translation>the day the file was lodged (a new file)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>a note</translation>
    </message>
    <message>
        <source>register the client at the FICP, or remove it</source>
        <translation>register the client at the FICP, or remove it</translation>
    </message>
    <message>
        <source>the registration&apos;s date</source>
        <translation>the registration&apos;s date</translation>
    </message>
    <message>
        <source>the removal&apos;s date</source>
        <translation>the removal&apos;s date</translation>
    </message>
    <message>
        <source>the incident that caused the registration</source>
        <translation>the incident that caused the registration</translation>
    </message>
    <message>
        <source>Case {reference} — {client} ({number}) — {stage}</source>
        <translation>Case {reference} — {client} ({number}) — {stage}</translation>
    </message>
    <message>
        <source>Arrears {amount}, {days} days past due, officer {officer}</source>
        <translation>Arrears {amount}, {days} days past due, officer {officer}</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>first unpaid {date}</source>
        <translation>first unpaid {date}</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Plan {agreement}: {paid} paid, {due} to come, {late} late, {missed} missed</source>
        <translation>Plan {agreement}: {paid} paid, {due} to come, {late} late, {missed} missed</translation>
    </message>
    <message>
        <source>in default since {date}</source>
        <translation>in default since {date}</translation>
    </message>
    <message>
        <source>forclusion not applicable (mortgage)</source>
        <translation>forclusion not applicable (mortgage)</translation>
    </message>
    <message>
        <source>rescheduled by {reference}, </source>
        <translation>rescheduled by {reference}, </translation>
    </message>
    <message>
        <source>forclusion not running</source>
        <translation>forclusion not running</translation>
    </message>
    <message>
        <source>forclusion {date} ({days} days)</source>
        <translation>forclusion {date} ({days} days)</translation>
    </message>
    <message>
        <source>⚠ within 60 days</source>
        <translation>⚠ within 60 days</translation>
    </message>
    <message>
        <source>Case {reference}: overindebtedness file {status} on {date} (lodged on {filed})</source>
        <translation>Case {reference}: overindebtedness file {status} on {date} (lodged on {filed})</translation>
    </message>
    <message>
        <source>--register needs --incident TEXT</source>
        <translation>--register needs --incident TEXT</translation>
    </message>
    <message>
        <source>--incident goes with --register, not --remove</source>
        <translation>--incident goes with --register, not --remove</translation>
    </message>
    <message>
        <source>Case {reference}: client registered at the FICP on {date}</source>
        <translation>Case {reference}: client registered at the FICP on {date}</translation>
    </message>
    <message>
        <source>Case {reference}: FICP registration removed on {date}</source>
        <translation>Case {reference}: FICP registration removed on {date}</translation>
    </message>
    <message>
        <source>No case has the reference {reference}.</source>
        <translation>No case has the reference {reference}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Change the password</translation>
    </message>
    <message>
        <source>Choose your own password before you start.</source>
        <translation>Choose your own password before you start.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database URL (sqlite:///file.sqlite3 or postgresql://…)</source>
        <translation>database URL (sqlite:///file.sqlite3 or postgresql://…)</translation>
    </message>
    <message>
        <source>use the demonstration database, kept apart from real data</source>
        <translation>use the demonstration database, kept apart from real data</translation>
    </message>
    <message>
        <source>--db needs a database URL</source>
        <translation>--db needs a database URL</translation>
    </message>
    <message>
        <source>{app}: debt recovery cases, live rescheduling and agreements.</source>
        <translation>{app}: debt recovery cases, live rescheduling and agreements.</translation>
    </message>
    <message>
        <source>interface language (default: fr)</source>
        <translation>interface language (default: fr)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>Unexpected error; details were written to {path}</source>
        <translation>Unexpected error; details were written to {path}</translation>
    </message>
    <message>
        <source>write demonstration cases (to the demonstration database by default)</source>
        <translation>write demonstration cases (to the demonstration database by default)</translation>
    </message>
    <message>
        <source>Write realistic, deterministic demonstration cases with their history. Without --db the demonstration database is used, never the real one.</source>
        <translation>Write realistic, deterministic demonstration cases with their history. Without --db the demonstration database is used, never the real one.</translation>
    </message>
    <message>
        <source>number of cases</source>
        <translation>number of cases</translation>
    </message>
    <message>
        <source>seed of the generator</source>
        <translation>seed of the generator</translation>
    </message>
    <message>
        <source>start a SQLite file afresh if it already holds cases</source>
        <translation>start a SQLite file afresh if it already holds cases</translation>
    </message>
    <message>
        <source>Cannot replace {path}: {reason}; nothing was changed</source>
        <translation>Cannot replace {path}: {reason}; nothing was changed</translation>
    </message>
    <message>
        <source>--cases must be between 1 and {max}</source>
        <translation>--cases must be between 1 and {max}</translation>
    </message>
    <message>
        <source>Demonstration data needs a database file or server, not memory</source>
        <translation>Demonstration data needs a database file or server, not memory</translation>
    </message>
    <message>
        <source>--replace only works on a SQLite file</source>
        <translation>--replace only works on a SQLite file</translation>
    </message>
    <message>
        <source>The database already holds {count} cases; use --replace to start it afresh</source>
        <translation>The database already holds {count} cases; use --replace to start it afresh</translation>
    </message>
    <message>
        <source>{cases} cases, {loans} loans and {entries} history entries written to {db} in {seconds} s</source>
        <translation>{cases} cases, {loans} loans and {entries} history entries written to {db} in {seconds} s</translation>
    </message>
    <message>
        <source>render the main window to a PNG file once it is shown, then exit</source>
        <translation>render the main window to a PNG file once it is shown, then exit</translation>
    </message>
    <message>
        <source>sign in as LOGIN: with RECOUVREMENT_PASSWORD set, at once (scripts); else the sign-in asks for the password</source>
        <translation>sign in as LOGIN: with RECOUVREMENT_PASSWORD set, at once (scripts); else the sign-in asks for the password</translation>
    </message>
    <message>
        <source>Recouvrement Desktop</source>
        <translation>Recouvrement Desktop</translation>
    </message>
    <message>
        <source>Could not write the screenshot to {path}</source>
        <extracomment>How often an open window checks that today&apos;s copy of the database exists and seals the chain&apos;s head: a window left open overnight still makes the next day&apos;s copy.</extracomment>
        <translation>Could not write the screenshot to {path}</translation>
    </message>
    <message>
        <source>{command}: {details}</source>
        <translation>{command}: {details}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>unrecognized arguments: {arguments}</translation>
    </message>
    <message>
        <source>your login (the password is read from RECOUVREMENT_PASSWORD or asked)</source>
        <translation>your login (the password is read from RECOUVREMENT_PASSWORD or asked)</translation>
    </message>
    <message>
        <source>Give the password in {name} or at the prompt.</source>
        <translation>Give the password in {name} or at the prompt.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Sign in with --user LOGIN (this command reads client data).</source>
        <translation>Sign in with --user LOGIN (this command reads client data).</translation>
    </message>
    <message>
        <source>Change your password first: sign in to the window.</source>
        <translation>Change your password first: sign in to the window.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monthly budget</translation>
    </message>
    <message>
        <source>While an overindebtedness file is open, collection is suspended and no side agreement may be made (C. consom. L722-2, L722-5)</source>
        <translation>While an overindebtedness file is open, collection is suspended and no side agreement may be made (C. consom. L722-2, L722-5)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Nominal annual rate</source>
        <translation>Nominal annual rate</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Contractual instalment</source>
        <translation>Contractual instalment</translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Unpaid amount and number of unpaid instalments</source>
        <translation>Unpaid amount and number of unpaid instalments</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>First unregularised unpaid instalment (payments imputed oldest first) and the last day to bring an action for payment (C. consom. art. R312-35)</source>
        <translation>First unregularised unpaid instalment (payments imputed oldest first) and the last day to bring an action for payment (C. consom. art. R312-35)</translation>
    </message>
    <message>
        <source>The agreement&apos;s instalments: payments are imputed to the oldest first; an instalment unpaid after the grace days is missed</source>
        <translation>The agreement&apos;s instalments: payments are imputed to the oldest first; an instalment unpaid after the grace days is missed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Show in the history</source>
        <translation>Show in the history</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Case {reference} · client {number} · {stage}</source>
        <translation>Case {reference} · client {number} · {stage}</translation>
    </message>
    <message>
        <source>Total owed: {amount}</source>
        <translation>Total owed: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>Income {income} · housing {housing} · other credits {credits}</source>
        <translation>Income {income} · housing {housing} · other credits {credits}</translation>
    </message>
    <message>
        <source>Overindebtedness file: {status} since {date} (lodged on {filed})</source>
        <translation>Overindebtedness file: {status} since {date} (lodged on {filed})</translation>
    </message>
    <message>
        <source>FICP: registered on {date} ({incident})</source>
        <translation>FICP: registered on {date} ({incident})</translation>
    </message>
    <message>
        <source>, removed on {date}</source>
        <translation>, removed on {date}</translation>
    </message>
    <message>
        <source>{amount} ({count} unpaid)</source>
        <translation>{amount} ({count} unpaid)</translation>
    </message>
    <message>
        <source>co-borrower: {names}</source>
        <translation>co-borrower: {names}</translation>
    </message>
    <message>
        <source>guarantor: {names}</source>
        <translation>guarantor: {names}</translation>
    </message>
    <message>
        <source>guarantee: {text}</source>
        <translation>guarantee: {text}</translation>
    </message>
    <message>
        <source>Plan {reference}: {paid} of {total} instalments paid ({paid_amount}) · {due} to come · {late} late ({late_amount}) · {missed} missed ({missed_amount})</source>
        <translation>Plan {reference}: {paid} of {total} instalments paid ({paid_amount}) · {due} to come · {late} late ({late_amount}) · {missed} missed ({missed_amount})</translation>
    </message>
    <message>
        <source>⚠ in default since {date}</source>
        <translation>⚠ in default since {date}</translation>
    </message>
    <message>
        <source>{date} (agreement {reference})</source>
        <translation>{date} (agreement {reference})</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>not running</translation>
    </message>
    <message>
        <source>{contract}: 1st unpaid {first}, forclusion {end}</source>
        <translation>{contract}: 1st unpaid {first}, forclusion {end}</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>Your repayment plan</source>
        <translation>Your repayment plan</translation>
    </message>
    <message>
        <source>The plan is being prepared.</source>
        <translation>The plan is being prepared.</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} a month</translation>
    </message>
    <message>
        <source>Today: a first payment of {amount}</source>
        <translation>Today: a first payment of {amount}</translation>
    </message>
    <message>
        <source>{amount} on {date}</source>
        <translation>{amount} on {date}</translation>
    </message>
    <message>
        <source>{count} monthly payments of {amount}, from {first} to {last}</source>
        <translation>{count} monthly payments of {amount}, from {first} to {last}</translation>
    </message>
    <message>
        <source>{count} monthly payments in all, the last on {date}</source>
        <translation>{count} monthly payments in all, the last on {date}</translation>
    </message>
    <message>
        <source>In total you will pay {amount}</source>
        <translation>In total you will pay {amount}</translation>
    </message>
    <message>
        <source>Annual percentage rate (TAEG): {rate}</source>
        <translation>Annual percentage rate (TAEG): {rate}</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Current contract</source>
        <translation>Current contract</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Insurance per instalment</source>
        <translation>Insurance per instalment</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <source>Last instalment</source>
        <translation>Last instalment</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>Total cost of credit</translation>
    </message>
    <message>
        <source>APR (TAEG)</source>
        <translation>APR (TAEG)</translation>
    </message>
    <message>
        <source>Cost to the bank (officer only)</source>
        <translation>Cost to the bank (officer only)</translation>
    </message>
    <message>
        <source>Waivers {waivers} and interest given up {interest}, in present value</source>
        <translation>Waivers {waivers} and interest given up {interest}, in present value</translation>
    </message>
    <message>
        <source>all due now</source>
        <translation>all due now</translation>
    </message>
</context>
<context>
    <name>ComponentInput</name>
    <message>
        <source>Capitalize</source>
        <translation>Capitalize</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Add to first instalment</source>
        <translation>Add to first instalment</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Waive</translation>
    </message>
    <message>
        <source>over </source>
        <translation>over </translation>
    </message>
    <message>
        <source> inst.</source>
        <translation> inst.</translation>
    </message>
    <message>
        <source>Number of instalments the amount is spread over</source>
        <translation>Number of instalments the amount is spread over</translation>
    </message>
    <message>
        <source>waive </source>
        <translation>waive </translation>
    </message>
    <message>
        <source>Part of the amount waived before the treatment</source>
        <translation>Part of the amount waived before the treatment</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Not a valid database URL: {url}</source>
        <extracomment>How long a write waits for another writer (SQLite) before the officer is told.</extracomment>
        <translation>Not a valid database URL: {url}</translation>
    </message>
    <message>
        <source>Unsupported database &apos;{backend}&apos;: use sqlite or postgresql</source>
        <translation>Unsupported database &apos;{backend}&apos;: use sqlite or postgresql</translation>
    </message>
    <message>
        <source>The database driver &apos;{driver}&apos; is not supported: use sqlite:/// or postgresql://</source>
        <translation>The database driver &apos;{driver}&apos; is not supported: use sqlite:/// or postgresql://</translation>
    </message>
    <message>
        <source>Cannot use the database {url}: {reason}</source>
        <translation>Cannot use the database {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} is not a database file</source>
        <translation>{url} is not a database file</translation>
    </message>
    <message>
        <source>The database is busy with someone else&apos;s work: nothing was saved. Try again in a moment.</source>
        <translation>The database is busy with someone else&apos;s work: nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <extracomment>The newest migration&apos;s revision. A database already there opens without importing Alembic, which would add a quarter of a second to every start; a test keeps this equal to Alembic&apos;s head.</extracomment>
        <translation>Cannot open the database {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} is not a Recouvrement Desktop database</source>
        <translation>{url} is not a Recouvrement Desktop database</translation>
    </message>
    <message>
        <source>The database {url} is not at this version&apos;s schema ({revision}); it has been left untouched. Open it once with the application, then try again.</source>
        <translation>The database {url} is not at this version&apos;s schema ({revision}); it has been left untouched. Open it once with the application, then try again.</translation>
    </message>
    <message>
        <source>The database {url} was written by a newer version of the application (schema {revision}); it has been left untouched. Please install the latest version.</source>
        <translation>The database {url} was written by a newer version of the application (schema {revision}); it has been left untouched. Please install the latest version.</translation>
    </message>
    <message>
        <source>The database {url} could not be brought to this version&apos;s schema: its tables do not match its recorded schema ({revision}). It has been left untouched. Details: {reason}</source>
        <translation>The database {url} could not be brought to this version&apos;s schema: its tables do not match its recorded schema ({revision}). It has been left untouched. Details: {reason}</translation>
    </message>
    <message>
        <source>There is no database at {url}</source>
        <translation>There is no database at {url}</translation>
    </message>
    <message>
        <source>{url} is not a Recouvrement Desktop database, or it is an encrypted one whose key is not in this computer&apos;s keystore: nothing was changed. If it is encrypted, an administrator can give its recovery key with &apos;recouvrement-desktop db unlock --db {db}&apos;.</source>
        <extracomment>What a file that is no database, or is damaged, raises through either module.</extracomment>
        <translation>{url} is not a Recouvrement Desktop database, or it is an encrypted one whose key is not in this computer&apos;s keystore: nothing was changed. If it is encrypted, an administrator can give its recovery key with &apos;recouvrement-desktop db unlock --db {db}&apos;.</translation>
    </message>
    <message>
        <source>The key kept in this computer&apos;s keystore does not open {url} (or it is not a Recouvrement Desktop database): nothing was changed. If it is encrypted, an administrator can give its recovery key with &apos;recouvrement-desktop db unlock --db {db}&apos;.</source>
        <translation>The key kept in this computer&apos;s keystore does not open {url} (or it is not a Recouvrement Desktop database): nothing was changed. If it is encrypted, an administrator can give its recovery key with &apos;recouvrement-desktop db unlock --db {db}&apos;.</translation>
    </message>
    <message>
        <source>A recovery key is {count} hex digits (0-9, A-F), in groups: this is not one.</source>
        <translation>A recovery key is {count} hex digits (0-9, A-F), in groups: this is not one.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>{database} is not a demonstration database: nothing was changed. Demonstration data only goes to a new database or one it created.</source>
        <translation>{database} is not a demonstration database: nothing was changed. Demonstration data only goes to a new database or one it created.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Cannot read the certificate file {path}: {error}</source>
        <translation>Cannot read the certificate file {path}: {error}</translation>
    </message>
    <message>
        <source>Cannot open the certificate file {path}: wrong passphrase or not PKCS#12</source>
        <translation>Cannot open the certificate file {path}: wrong passphrase or not PKCS#12</translation>
    </message>
    <message>
        <source>The document to seal is not a valid PDF: {error}</source>
        <translation>The document to seal is not a valid PDF: {error}</translation>
    </message>
    <message>
        <source>The timestamp authority did not give a timestamp: {error}</source>
        <translation>The timestamp authority did not give a timestamp: {error}</translation>
    </message>
    <message>
        <source>The seal&apos;s validation data cannot be gathered: {error}. Add the certification authorities of the seal and of the timestamp authority to the trusted certificates.</source>
        <translation>The seal&apos;s validation data cannot be gathered: {error}. Add the certification authorities of the seal and of the timestamp authority to the trusted certificates.</translation>
    </message>
    <message>
        <source>The document could not be sealed: {error}</source>
        <translation>The document could not be sealed: {error}</translation>
    </message>
    <message>
        <source>Cannot use the seal&apos;s key in the token {token}: {error}</source>
        <translation>Cannot use the seal&apos;s key in the token {token}: {error}</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document</source>
        <translation>The file is not a readable PDF document</translation>
    </message>
    <message>
        <source>The document carries no electronic seal</source>
        <translation>The document carries no electronic seal</translation>
    </message>
    <message>
        <source>The document was altered after it was sealed: the seal no longer matches</source>
        <translation>The document was altered after it was sealed: the seal no longer matches</translation>
    </message>
    <message>
        <source>The seal&apos;s signature is invalid: the document cannot be trusted</source>
        <translation>The seal&apos;s signature is invalid: the document cannot be trusted</translation>
    </message>
    <message>
        <source>The seal does not cover the whole document: content was added after sealing</source>
        <translation>The seal does not cover the whole document: content was added after sealing</translation>
    </message>
    <message>
        <source>The seal was made with a certificate that is not trusted: {signer}</source>
        <translation>The seal was made with a certificate that is not trusted: {signer}</translation>
    </message>
    <message>
        <source>The seal cannot be checked: {detail}</source>
        <translation>The seal cannot be checked: {detail}</translation>
    </message>
    <message>
        <source>The seal was made with a demonstration certificate, which is trusted only for a demonstration database or an installation without a bank seal: {signer}</source>
        <translation>The seal was made with a demonstration certificate, which is trusted only for a demonstration database or an installation without a bank seal: {signer}</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>The amount cannot be negative</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation>The amount must be greater than zero</translation>
    </message>
    <message>
        <source>Shortest affordable plan</source>
        <translation>Shortest affordable plan</translation>
    </message>
    <message>
        <source>Cheapest plan for the client</source>
        <translation>Cheapest plan for the client</translation>
    </message>
    <message>
        <source>Gentlest plan, with a grace period</source>
        <translation>Gentlest plan, with a grace period</translation>
    </message>
    <message>
        <source>No affordable plan: the longest term allowed</source>
        <translation>No affordable plan: the longest term allowed</translation>
    </message>
    <message>
        <source>The APR of this plan cannot be computed</source>
        <translation>The APR of this plan cannot be computed</translation>
    </message>
    <message>
        <source>The APR would exceed {max}: fees, insurance or grace dwarf the amount lent</source>
        <translation>The APR would exceed {max}: fees, insurance or grace dwarf the amount lent</translation>
    </message>
    <message>
        <source>The payment day must be between 1 and 31, not {day}</source>
        <translation>The payment day must be between 1 and 31, not {day}</translation>
    </message>
    <message>
        <source>The schedule goes beyond the supported calendar</source>
        <translation>The schedule goes beyond the supported calendar</translation>
    </message>
    <message>
        <source>No usury threshold known for category {category} on {date}</source>
        <translation>No usury threshold known for category {category} on {date}</translation>
    </message>
    <message>
        <source>The APR of {apr} exceeds the usury threshold of {threshold}</source>
        <translation>The APR of {apr} exceeds the usury threshold of {threshold}</translation>
    </message>
    <message>
        <source>An overindebtedness file is open: no side agreement until the commission has decided (C. consom. L722-2, L722-5)</source>
        <translation>An overindebtedness file is open: no side agreement until the commission has decided (C. consom. L722-2, L722-5)</translation>
    </message>
    <message>
        <source>On a consumer credit, late interest and penalties may not be capitalised ({amount}): spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39)</source>
        <translation>On a consumer credit, late interest and penalties may not be capitalised ({amount}): spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39)</translation>
    </message>
    <message>
        <source>Fees of {amount} may not be claimed after a consumer credit&apos;s default (C. consom. L312-38)</source>
        <translation>Fees of {amount} may not be claimed after a consumer credit&apos;s default (C. consom. L312-38)</translation>
    </message>
    <message>
        <source>Fees of {amount} on file are not claimed: after a consumer credit&apos;s default only the capital, the unpaid instalments, late interest and a capped indemnity may be (C. consom. L312-38, L312-39)</source>
        <translation>Fees of {amount} on file are not claimed: after a consumer credit&apos;s default only the capital, the unpaid instalments, late interest and a capped indemnity may be (C. consom. L312-38, L312-39)</translation>
    </message>
    <message>
        <source>Contract {contract}: penalties of {amount} exceed the indemnity a consumer credit allows, 8 % of the capital due ({cap}) (C. consom. L312-39, D312-16)</source>
        <translation>Contract {contract}: penalties of {amount} exceed the indemnity a consumer credit allows, 8 % of the capital due ({cap}) (C. consom. L312-39, D312-16)</translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months an over-indebtedness plan may last</source>
        <translation>The plan lasts {months} months, longer than the {limit} months an over-indebtedness plan may last</translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months a judge may grant (Code civil art. 1343-5)</source>
        <translation>The plan lasts {months} months, longer than the {limit} months a judge may grant (Code civil art. 1343-5)</translation>
    </message>
    <message>
        <source>The effort rate of {rate} is above {limit}</source>
        <translation>The effort rate of {rate} is above {limit}</translation>
    </message>
    <message>
        <source>What is left to live on, {amount} a month, is below the floor of {floor}</source>
        <translation>What is left to live on, {amount} a month, is below the floor of {floor}</translation>
    </message>
    <message>
        <source>Waiving {amount} exceeds your delegation of {limit}</source>
        <translation>Waiving {amount} exceeds your delegation of {limit}</translation>
    </message>
    <message>
        <source>Extending the loan by {months} months exceeds your delegation of {limit} months</source>
        <translation>Extending the loan by {months} months exceeds your delegation of {limit} months</translation>
    </message>
    <message>
        <source>A rate of {rate} is below your delegation floor of {limit}</source>
        <translation>A rate of {rate} is below your delegation floor of {limit}</translation>
    </message>
    <message>
        <source>Invalid number: {text}</source>
        <translation>Invalid number: {text}</translation>
    </message>
    <message>
        <source>An amount cannot have more than two decimals: {text}</source>
        <translation>An amount cannot have more than two decimals: {text}</translation>
    </message>
    <message>
        <source>A household has at least one adult and no negative count</source>
        <translation>A household has at least one adult and no negative count</translation>
    </message>
    <message>
        <source>The case has no debt to reschedule</source>
        <translation>The case has no debt to reschedule</translation>
    </message>
    <message>
        <source>Term must be between 1 and {max} instalments</source>
        <translation>Term must be between 1 and {max} instalments</translation>
    </message>
    <message>
        <source>Cannot waive {waived}: only {owed} is owed</source>
        <translation>Cannot waive {waived}: only {owed} is owed</translation>
    </message>
    <message>
        <source>The down payment settles the whole debt: nothing to reschedule</source>
        <translation>The down payment settles the whole debt: nothing to reschedule</translation>
    </message>
    <message>
        <source>Amounts must be spread over at least one instalment</source>
        <translation>Amounts must be spread over at least one instalment</translation>
    </message>
    <message>
        <source>The plan has no principal to repay: capitalize at least part of the debt</source>
        <translation>The plan has no principal to repay: capitalize at least part of the debt</translation>
    </message>
    <message>
        <source>The next contractual due date is before the signature</source>
        <translation>The next contractual due date is before the signature</translation>
    </message>
    <message>
        <source>The amount cannot exceed {max}</source>
        <translation>The amount cannot exceed {max}</translation>
    </message>
    <message>
        <source>The rate must be between {min} and {max}</source>
        <translation>The rate must be between {min} and {max}</translation>
    </message>
    <message>
        <source>The capitalized grace would raise the balance above {max}: shorten the grace</source>
        <translation>The capitalized grace would raise the balance above {max}: shorten the grace</translation>
    </message>
    <message>
        <source>The instalment would barely repay any principal: shorten the term</source>
        <translation>The instalment would barely repay any principal: shorten the term</translation>
    </message>
    <message>
        <source>The amount is too small to be repaid in so many instalments</source>
        <translation>The amount is too small to be repaid in so many instalments</translation>
    </message>
    <message>
        <source>The first due date must be after the start date</source>
        <translation>The first due date must be after the start date</translation>
    </message>
    <message>
        <source>The first due date must be at most {months} months after the start</source>
        <translation>The first due date must be at most {months} months after the start</translation>
    </message>
    <message>
        <source>The end date must be on or after the first due date</source>
        <translation>The end date must be on or after the first due date</translation>
    </message>
    <message>
        <source>The fees must be less than the amount lent</source>
        <translation>The fees must be less than the amount lent</translation>
    </message>
    <message>
        <source>The grace period must be shorter than the term ({periods} instalments)</source>
        <translation>The grace period must be shorter than the term ({periods} instalments)</translation>
    </message>
    <message>
        <source>Cannot spread over {spread} instalments a plan of {periods} instalments</source>
        <translation>Cannot spread over {spread} instalments a plan of {periods} instalments</translation>
    </message>
    <message>
        <source>An instalment of {installment} does not cover the interest of {interest}</source>
        <translation>An instalment of {installment} does not cover the interest of {interest}</translation>
    </message>
    <message>
        <source>A password has at least 12 characters.</source>
        <translation>A password has at least 12 characters.</translation>
    </message>
    <message>
        <source>A password has at most 256 characters.</source>
        <translation>A password has at most 256 characters.</translation>
    </message>
    <message>
        <source>Mix at least three kinds of characters: lower case, upper case, digits, others.</source>
        <translation>Mix at least three kinds of characters: lower case, upper case, digits, others.</translation>
    </message>
    <message>
        <source>A password must not contain the login or the name.</source>
        <translation>A password must not contain the login or the name.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>This password is too easy to guess.</translation>
    </message>
    <message>
        <source>Not an amount: {value}</source>
        <translation>Not an amount: {value}</translation>
    </message>
    <message>
        <source>Not a rate in percent: {value}</source>
        <translation>Not a rate in percent: {value}</translation>
    </message>
    <message>
        <source>Not a date: {value} (expected DD/MM/YYYY or YYYY-MM-DD)</source>
        <translation>Not a date: {value} (expected DD/MM/YYYY or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Not a whole number: {value}</source>
        <translation>Not a whole number: {value}</translation>
    </message>
    <message>
        <source>Unknown category: {value} (expected {expected})</source>
        <translation>Unknown category: {value} (expected {expected})</translation>
    </message>
    <message>
        <source>Unknown rate type: {value} (expected fixed or variable)</source>
        <translation>Unknown rate type: {value} (expected fixed or variable)</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>A value is required</translation>
    </message>
    <message>
        <source>Too long: at most {length} characters</source>
        <translation>Too long: at most {length} characters</translation>
    </message>
    <message>
        <source>Cannot be negative: {value}</source>
        <translation>Cannot be negative: {value}</translation>
    </message>
    <message>
        <source>The term must be at least one month</source>
        <translation>The term must be at least one month</translation>
    </message>
    <message>
        <source>The contract {value} is already on line {line}</source>
        <translation>The contract {value} is already on line {line}</translation>
    </message>
    <message>
        <source>The client {client} is described otherwise on line {line}</source>
        <translation>The client {client} is described otherwise on line {line}</translation>
    </message>
    <message>
        <source>The contract {value} is client {client}&apos;s</source>
        <translation>The contract {value} is client {client}&apos;s</translation>
    </message>
    <message>
        <source>No active account has the login {value}</source>
        <translation>No active account has the login {value}</translation>
    </message>
    <message>
        <source>The case {value} is another client&apos;s</source>
        <translation>The case {value} is another client&apos;s</translation>
    </message>
    <message>
        <source>{key} must be a text</source>
        <translation>{key} must be a text</translation>
    </message>
    <message>
        <source>{key}: {value} must hold DD, MM and YYYY once each</source>
        <translation>{key}: {value} must hold DD, MM and YYYY once each</translation>
    </message>
    <message>
        <source>{key}: {column} is not a column of the layout</source>
        <translation>{key}: {column} is not a column of the layout</translation>
    </message>
    <message>
        <source>{key} must name a column of the bank&apos;s file</source>
        <translation>{key} must name a column of the bank&apos;s file</translation>
    </message>
    <message>
        <source>{key}: the column {header} is already mapped</source>
        <translation>{key}: the column {header} is already mapped</translation>
    </message>
    <message>
        <source>[{key}] must be a table</source>
        <translation>[{key}] must be a table</translation>
    </message>
    <message>
        <source>{key}: {code} = {value} is not a value of {column}</source>
        <translation>{key}: {code} = {value} is not a value of {column}</translation>
    </message>
    <message>
        <source>Unknown setting: {key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <source>{key} must be &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;</source>
        <translation>{key} must be &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;</translation>
    </message>
    <message>
        <source>{key} must be &apos;,&apos; or &apos;.&apos;</source>
        <translation>{key} must be &apos;,&apos; or &apos;.&apos;</translation>
    </message>
    <message>
        <source>Not checked: no household budget was given</source>
        <translation>Not checked: no household budget was given</translation>
    </message>
    <message>
        <source>Unknown kind of reference data {kind}: expected one of {kinds}</source>
        <translation>Unknown kind of reference data {kind}: expected one of {kinds}</translation>
    </message>
    <message>
        <source>Period {number}: {key} must be a date (YYYY-MM-DD)</source>
        <translation>Period {number}: {key} must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Period {number}: the value of {key} is not a number: {value}</source>
        <translation>Period {number}: the value of {key} is not a number: {value}</translation>
    </message>
    <message>
        <source>Period {number} is not a table</source>
        <translation>Period {number} is not a table</translation>
    </message>
    <message>
        <source>Period {number} ends on {end}, before it starts on {start}</source>
        <translation>Period {number} ends on {end}, before it starts on {start}</translation>
    </message>
    <message>
        <source>Period {number} gives no source</source>
        <translation>Period {number} gives no source</translation>
    </message>
    <message>
        <source>Period {number} gives no values</source>
        <translation>Period {number} gives no values</translation>
    </message>
    <message>
        <source>Period {number}: unknown category {key}: expected {keys}</source>
        <translation>Period {number}: unknown category {key}: expected {keys}</translation>
    </message>
    <message>
        <source>Period {number}: missing {keys}</source>
        <translation>Period {number}: missing {keys}</translation>
    </message>
    <message>
        <source>The reference-data file is not valid TOML: {reason}</source>
        <translation>The reference-data file is not valid TOML: {reason}</translation>
    </message>
    <message>
        <source>The reference-data file lists no period</source>
        <translation>The reference-data file lists no period</translation>
    </message>
    <message>
        <source>The periods starting on {first} and {second} overlap</source>
        <translation>The periods starting on {first} and {second} overlap</translation>
    </message>
    <message>
        <source>No period covers the days from {start} to {end}</source>
        <translation>No period covers the days from {start} to {end}</translation>
    </message>
    <message>
        <source>no e-mail address: sent by post</source>
        <extracomment>The channels a letter may take (a phone call or a meeting is not a letter).</extracomment>
        <translation>no e-mail address: sent by post</translation>
    </message>
    <message>
        <source>no mobile phone number: sent by post</source>
        <translation>no mobile phone number: sent by post</translation>
    </message>
    <message>
        <source>overindebtedness file lodged on {date}: recovery suspended</source>
        <translation>overindebtedness file lodged on {date}: recovery suspended</translation>
    </message>
    <message>
        <source>payment plan {agreement} running until {date}</source>
        <translation>payment plan {agreement} running until {date}</translation>
    </message>
    <message>
        <source>promise to pay by {date} pending</source>
        <translation>promise to pay by {date} pending</translation>
    </message>
    <message>
        <source>excluded on {date}: {reason}</source>
        <translation>excluded on {date}: {reason}</translation>
    </message>
    <message>
        <source>no arrears</source>
        <translation>no arrears</translation>
    </message>
    <message>
        <source>no further letter for this stage</source>
        <translation>no further letter for this stage</translation>
    </message>
    <message>
        <source>{kind} from {threshold} days past due</source>
        <translation>{kind} from {threshold} days past due</translation>
    </message>
    <message>
        <source>{previous} sent on {date}: next letter from {next}</source>
        <translation>{previous} sent on {date}: next letter from {next}</translation>
    </message>
    <message>
        <source>{days} days past due, {kind} from {threshold} days</source>
        <translation>{days} days past due, {kind} from {threshold} days</translation>
    </message>
    <message>
        <source>{previous} sent on {date}</source>
        <translation>{previous} sent on {date}</translation>
    </message>
    <message>
        <source>a supervisor must approve it</source>
        <translation>a supervisor must approve it</translation>
    </message>
    <message>
        <source>{key} must be a whole number of days, 0 or more</source>
        <translation>{key} must be a whole number of days, 0 or more</translation>
    </message>
    <message>
        <source>unknown {key} {value} (expected one of: {choices})</source>
        <translation>unknown {key} {value} (expected one of: {choices})</translation>
    </message>
    <message>
        <source>a level must be a [[level]] table</source>
        <translation>a level must be a [[level]] table</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>unknown key {key}</translation>
    </message>
    <message>
        <source>this level has no {key}</source>
        <translation>this level has no {key}</translation>
    </message>
    <message>
        <source>stages must be a list of case stages</source>
        <translation>stages must be a list of case stages</translation>
    </message>
    <message>
        <source>approval must be true or false</source>
        <translation>approval must be true or false</translation>
    </message>
    <message>
        <source>not a valid TOML file ({problem})</source>
        <translation>not a valid TOML file ({problem})</translation>
    </message>
    <message>
        <source>the policy has no {key}</source>
        <translation>the policy has no {key}</translation>
    </message>
    <message>
        <source>version must be a text</source>
        <translation>version must be a text</translation>
    </message>
    <message>
        <source>the policy has no [[level]]</source>
        <translation>the policy has no [[level]]</translation>
    </message>
    <message>
        <source>the letter {value} has two levels</source>
        <translation>the letter {value} has two levels</translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation>first reminder</translation>
    </message>
    <message>
        <source>second reminder</source>
        <translation>second reminder</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>formal notice</translation>
    </message>
    <message>
        <source>notice of acceleration</source>
        <translation>notice of acceleration</translation>
    </message>
    <message>
        <source>FICP prior notice</source>
        <translation>FICP prior notice</translation>
    </message>
    <message>
        <source>promise confirmation</source>
        <translation>promise confirmation</translation>
    </message>
    <message>
        <source>agreement cover letter</source>
        <translation>agreement cover letter</translation>
    </message>
    <message>
        <source>missed instalment notice</source>
        <translation>missed instalment notice</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>the database file&apos;s encryption (administrators)</source>
        <translation>the database file&apos;s encryption (administrators)</translation>
    </message>
    <message>
        <source>Real SQLite databases are encrypted at rest, their key kept in the system keystore; the demonstration database stays clear.</source>
        <translation>Real SQLite databases are encrypted at rest, their key kept in the system keystore; the demonstration database stays clear.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>encrypt a clear database and show its recovery key</source>
        <translation>encrypt a clear database and show its recovery key</translation>
    </message>
    <message>
        <source>Copy a clear database into an encrypted file, check the copy (integrity, every row, the audit chain), then put it in the clear file&apos;s place. The recovery key is shown once: write it down and keep it safe.</source>
        <translation>Copy a clear database into an encrypted file, check the copy (integrity, every row, the audit chain), then put it in the clear file&apos;s place. The recovery key is shown once: write it down and keep it safe.</translation>
    </message>
    <message>
        <source>give an encrypted database&apos;s recovery key back</source>
        <translation>give an encrypted database&apos;s recovery key back</translation>
    </message>
    <message>
        <source>Read the recovery key (standard input, or a prompt) and, if it opens the database, keep it in this computer&apos;s keystore again.</source>
        <translation>Read the recovery key (standard input, or a prompt) and, if it opens the database, keep it in this computer&apos;s keystore again.</translation>
    </message>
    <message>
        <source>show a new encrypted database&apos;s recovery key, once</source>
        <translation>show a new encrypted database&apos;s recovery key, once</translation>
    </message>
    <message>
        <source>Recovery key (shown once: write it down and keep it apart from this computer):</source>
        <translation>Recovery key (shown once: write it down and keep it apart from this computer):</translation>
    </message>
    <message>
        <source>{path} is encrypted ({rows} rows copied and checked).</source>
        <translation>{path} is encrypted ({rows} rows copied and checked).</translation>
    </message>
    <message>
        <source>{count} older copies in backups/ encrypted too.</source>
        <translation>{count} older copies in backups/ encrypted too.</translation>
    </message>
    <message>
        <source>db unlock needs an encrypted SQLite database file</source>
        <translation>db unlock needs an encrypted SQLite database file</translation>
    </message>
    <message>
        <source>The key of {path} is kept in this computer&apos;s keystore.</source>
        <translation>The key of {path} is kept in this computer&apos;s keystore.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>{url} is not a SQLite file: only SQLite files are encrypted by the application (a PostgreSQL server encrypts its own storage).</source>
        <translation>{url} is not a SQLite file: only SQLite files are encrypted by the application (a PostgreSQL server encrypts its own storage).</translation>
    </message>
    <message>
        <source>{path} is already encrypted: nothing was changed.</source>
        <translation>{path} is already encrypted: nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is a demonstration database: it stays clear. Nothing was changed.</source>
        <translation>{path} is a demonstration database: it stays clear. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is in use: close the application wherever it has this database open, then try again. Nothing was changed.</source>
        <translation>{path} is in use: close the application wherever it has this database open, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The encrypted copy of {path} does not match it ({problems}): the database was left clear and unchanged.</source>
        <translation>The encrypted copy of {path} does not match it ({problems}): the database was left clear and unchanged.</translation>
    </message>
    <message>
        <source>{path} is not encrypted, so it has no recovery key. Encrypt it with &apos;recouvrement-desktop db encrypt&apos;.</source>
        <translation>{path} is not encrypted, so it has no recovery key. Encrypt it with &apos;recouvrement-desktop db encrypt&apos;.</translation>
    </message>
    <message>
        <source>The recovery key of {path} was already shown ({when}): it is shown once. Without it, keep this computer&apos;s keystore safe.</source>
        <translation>The recovery key of {path} was already shown ({when}): it is shown once. Without it, keep this computer&apos;s keystore safe.</translation>
    </message>
    <message>
        <source>{path} is not an encrypted database: there is nothing to unlock.</source>
        <translation>{path} is not an encrypted database: there is nothing to unlock.</translation>
    </message>
    <message>
        <source>This recovery key does not open {path}: nothing was changed.</source>
        <translation>This recovery key does not open {path}: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>files for the bank&apos;s core system (supervisors)</source>
        <translation>files for the bank&apos;s core system (supervisors)</translation>
    </message>
    <message>
        <source>Write files for the bank&apos;s core system, in the layout of docs/export-format.md. Each file is written whole or not at all, and recorded in the export log.</source>
        <translation>Write files for the bank&apos;s core system, in the layout of docs/export-format.md. Each file is written whole or not at all, and recorded in the export log.</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>kinds</translation>
    </message>
    <message>
        <source>promises, contacts, stage changes, payments, agreements</source>
        <translation>promises, contacts, stage changes, payments, agreements</translation>
    </message>
    <message>
        <source>Export one row per event recorded in the window, on the cases of your branch: promises made, kept or broken; contacts; stage changes; payments recorded by an officer; agreements signed, countersigned, approved or rejected with their new terms. The same window always gives the same rows. Exit status: 0 written, 2 refused.</source>
        <translation>Export one row per event recorded in the window, on the cases of your branch: promises made, kept or broken; contacts; stage changes; payments recorded by an officer; agreements signed, countersigned, approved or rejected with their new terms. The same window always gives the same rows. Exit status: 0 written, 2 refused.</translation>
    </message>
    <message>
        <source>the window&apos;s start, included (YYYY-MM-DD, midnight UTC, or ISO 8601)</source>
        <translation>the window&apos;s start, included (YYYY-MM-DD, midnight UTC, or ISO 8601)</translation>
    </message>
    <message>
        <source>start where the last export of outcomes of your branch ended</source>
        <translation>start where the last export of outcomes of your branch ended</translation>
    </message>
    <message>
        <source>the window&apos;s end, excluded (default: five minutes ago)</source>
        <translation>the window&apos;s end, excluded (default: five minutes ago)</translation>
    </message>
    <message>
        <source>the new schedule of a signed agreement</source>
        <translation>the new schedule of a signed agreement</translation>
    </message>
    <message>
        <source>Export the new schedule of a binding agreement, as it was signed: one row per instalment. Exit status: 0 written, 2 refused.</source>
        <translation>Export the new schedule of a binding agreement, as it was signed: one row per instalment. Exit status: 0 written, 2 refused.</translation>
    </message>
    <message>
        <source>the agreement&apos;s reference</source>
        <translation>the agreement&apos;s reference</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: csv)</source>
        <translation>the file&apos;s format (default: csv)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>{rows} events from {since} to {until} written to {path} (SHA-256 {digest})</source>
        <translation>{rows} events from {since} to {until} written to {path} (SHA-256 {digest})</translation>
    </message>
    <message>
        <source>{rows} instalments written to {path} (SHA-256 {digest})</source>
        <translation>{rows} instalments written to {path} (SHA-256 {digest})</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or a moment (ISO 8601).</source>
        <extracomment>The default end of a window lies this far before now: on a shared server each machine stamps what it writes with its own clock (the journal accepts five minutes of difference), so the last minutes wait for the next export rather than be missed.</extracomment>
        <translation>{value} is not a date (YYYY-MM-DD) or a moment (ISO 8601).</translation>
    </message>
    <message>
        <source>No outcomes were exported for {branch} yet: give --since.</source>
        <translation>No outcomes were exported for {branch} yet: give --since.</translation>
    </message>
    <message>
        <source>Give --since or --since-last.</source>
        <translation>Give --since or --since-last.</translation>
    </message>
    <message>
        <source>The window cannot end in the future ({until}).</source>
        <translation>The window cannot end in the future ({until}).</translation>
    </message>
    <message>
        <source>The window ends ({until}) before it starts ({since}).</source>
        <translation>The window ends ({until}) before it starts ({since}).</translation>
    </message>
    <message>
        <source>Agreement {reference} is not binding: it has no new schedule.</source>
        <translation>Agreement {reference} is not binding: it has no new schedule.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Create the account</translation>
    </message>
    <message>
        <source>This database has no account yet. Create the administrator&apos;s, who will then add the officers, supervisors and auditors.</source>
        <translation>This database has no account yet. Create the administrator&apos;s, who will then add the officers, supervisors and auditors.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>At least 12 characters, of three kinds: lower, upper, digits, others.</source>
        <translation>At least 12 characters, of three kinds: lower, upper, digits, others.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Agreements to follow up</source>
        <extracomment>What a decision or a returned paper changes: the agreement, the case and its history.</extracomment>
        <translation>Agreements to follow up</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Supervisor&apos;s decision</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>Reason for the decision (required)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Only a supervisor may approve or reject a plan.</source>
        <translation>Only a supervisor may approve or reject a plan.</translation>
    </message>
    <message>
        <source>Countersigned paper returned</source>
        <translation>Countersigned paper returned</translation>
    </message>
    <message>
        <source>Paper &amp;returned, countersigned</source>
        <translation>Paper &amp;returned, countersigned</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Waiting for the countersigned paper</source>
        <translation>Waiting for the countersigned paper</translation>
    </message>
    <message>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Nothing to follow up.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>The decision could not be recorded.</translation>
    </message>
    <message>
        <source>Agreement {reference}: {status}.</source>
        <translation>Agreement {reference}: {status}.</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>waiting for the countersigned paper</source>
        <translation>waiting for the countersigned paper</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
</context>
<context>
    <name>Gauges</name>
    <message>
        <source>No income on file: affordability cannot be checked.</source>
        <translation>No income on file: affordability cannot be checked.</translation>
    </message>
    <message>
        <source>Effort rate {rate} (ceiling {limit})</source>
        <translation>Effort rate {rate} (ceiling {limit})</translation>
    </message>
    <message>
        <source>Left to live on {amount} a month (floor {floor})</source>
        <translation>Left to live on {amount} a month (floor {floor})</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Promise of {amount} by {date} ({status})</source>
        <translation>Promise of {amount} by {date} ({status})</translation>
    </message>
    <message>
        <source>Promise {status}</source>
        <translation>Promise {status}</translation>
    </message>
    <message>
        <source>Payment of {amount}</source>
        <translation>Payment of {amount}</translation>
    </message>
    <message>
        <source>Instalment {period} of {reference} due {date} missed ({amount} unpaid)</source>
        <translation>Instalment {period} of {reference} due {date} missed ({amount} unpaid)</translation>
    </message>
    <message>
        <source>Letter {kind} sent ({channel})</source>
        <translation>Letter {kind} sent ({channel})</translation>
    </message>
    <message>
        <source>Letter {kind} excluded</source>
        <translation>Letter {kind} excluded</translation>
    </message>
    <message>
        <source>Letter {kind} approved</source>
        <translation>Letter {kind} approved</translation>
    </message>
    <message>
        <source>Countersigned paper returned on {date}</source>
        <translation>Countersigned paper returned on {date}</translation>
    </message>
    <message>
        <source>{periods} instalments of {installment}</source>
        <translation>{periods} instalments of {installment}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>under watch until {date}</source>
        <translation>under watch until {date}</translation>
    </message>
    <message>
        <source>Meeting started</source>
        <translation>Meeting started</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Meeting ended after {duration}</source>
        <translation>Meeting ended after {duration}</translation>
    </message>
    <message>
        <source>Call ended after {duration}</source>
        <translation>Call ended after {duration}</translation>
    </message>
    <message>
        <source>callback on {when}</source>
        <translation>callback on {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) kept</source>
        <translation>
            <numerusform>%n offer kept</numerusform>
            <numerusform>%n offers kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>bring in data from the bank&apos;s systems (supervisors)</source>
        <translation>bring in data from the bank&apos;s systems (supervisors)</translation>
    </message>
    <message>
        <source>Bring in data from the bank&apos;s systems.</source>
        <translation>Bring in data from the bank&apos;s systems.</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>kinds</translation>
    </message>
    <message>
        <source>the day&apos;s contracts in arrears (standard CSV layout)</source>
        <translation>the day&apos;s contracts in arrears (standard CSV layout)</translation>
    </message>
    <message>
        <source>Import the day&apos;s contracts in arrears: new clients, contracts and cases are created, existing ones updated. The whole file is written in one transaction: a line in error and nothing is written, unless --skip-invalid. Exit status: 0 imported, 1 lines in error, 2 file refused.</source>
        <translation>Import the day&apos;s contracts in arrears: new clients, contracts and cases are created, existing ones updated. The whole file is written in one transaction: a line in error and nothing is written, unless --skip-invalid. Exit status: 0 imported, 1 lines in error, 2 file refused.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>the CSV file</translation>
    </message>
    <message>
        <source>a mapping profile for a bank&apos;s own layout</source>
        <translation>a mapping profile for a bank&apos;s own layout</translation>
    </message>
    <message>
        <source>the file is not the bank&apos;s whole extract: the contracts it lacks have not left</source>
        <translation>the file is not the bank&apos;s whole extract: the contracts it lacks have not left</translation>
    </message>
    <message>
        <source>check the file and say what would change, writing nothing</source>
        <translation>check the file and say what would change, writing nothing</translation>
    </message>
    <message>
        <source>import the valid lines and report the others</source>
        <translation>import the valid lines and report the others</translation>
    </message>
    <message>
        <source>write the lines in error to this CSV file</source>
        <translation>write the lines in error to this CSV file</translation>
    </message>
    <message>
        <source>the file&apos;s encoding (default: UTF-8 or Windows-1252, found)</source>
        <translation>the file&apos;s encoding (default: UTF-8 or Windows-1252, found)</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>{file} was already imported on {date} by {name}: nothing was written</source>
        <translation>{file} was already imported on {date} by {name}: nothing was written</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>line {line}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {lines} lines; created {clients} clients, {contracts} contracts, {cases} cases; updated {updated_clients} clients, {updated_contracts} contracts; {unchanged} unchanged</source>
        <translation>{file}: {lines} lines; created {clients} clients, {contracts} contracts, {cases} cases; updated {updated_clients} clients, {updated_contracts} contracts; {unchanged} unchanged</translation>
    </message>
    <message>
        <source>{contracts} contracts are no longer in the extract; {cases} cases may be settled</source>
        <translation>{contracts} contracts are no longer in the extract; {cases} cases may be settled</translation>
    </message>
    <message>
        <source>File refused: {count} lines in error, nothing was written</source>
        <translation>File refused: {count} lines in error, nothing was written</translation>
    </message>
    <message>
        <source>Dry run: nothing was written</source>
        <translation>Dry run: nothing was written</translation>
    </message>
    <message>
        <source>{count} lines in error were left out</source>
        <translation>{count} lines in error were left out</translation>
    </message>
    <message>
        <source>Balances updated by the import of {file}</source>
        <translation>Balances updated by the import of {file}</translation>
    </message>
    <message>
        <source>No longer in the extract {file}: {contracts}</source>
        <translation>No longer in the extract {file}: {contracts}</translation>
    </message>
    <message>
        <source>No longer in the extract {file}: {contracts}. None of this case&apos;s contracts is in the extract any more: it may be settled.</source>
        <translation>No longer in the extract {file}: {contracts}. None of this case&apos;s contracts is in the extract any more: it may be settled.</translation>
    </message>
    <message>
        <source>Unknown encoding: {encoding}</source>
        <translation>Unknown encoding: {encoding}</translation>
    </message>
    <message>
        <source>The file is not written in {encoding}</source>
        <translation>The file is not written in {encoding}</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1252: give its --encoding</source>
        <translation>The file is neither UTF-8 nor Windows-1252: give its --encoding</translation>
    </message>
    <message>
        <source>No separator in the header line (expected &apos;;&apos;, &apos;,&apos; or a tab)</source>
        <translation>No separator in the header line (expected &apos;;&apos;, &apos;,&apos; or a tab)</translation>
    </message>
    <message>
        <source>The column {column} is named twice</source>
        <translation>The column {column} is named twice</translation>
    </message>
    <message>
        <source>Required columns are missing: {columns}</source>
        <translation>Required columns are missing: {columns}</translation>
    </message>
    <message>
        <source>The file has no header line</source>
        <translation>The file has no header line</translation>
    </message>
    <message>
        <source>The file cannot be read near line {line}: {reason}</source>
        <translation>The file cannot be read near line {line}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The profile {path} cannot be read: {reason}</source>
        <translation>The profile {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The profile {path} is not valid TOML: {reason}</source>
        <translation>The profile {path} is not valid TOML: {reason}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>No officer is signed in.</source>
        <translation>No officer is signed in.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>Write the note before saving it.</source>
        <translation>Write the note before saving it.</translation>
    </message>
    <message>
        <source>A note holds at most {count} characters.</source>
        <translation>A note holds at most {count} characters.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals.</source>
        <translation>An amount has at most two decimals.</translation>
    </message>
    <message>
        <source>A contact cannot be in the future.</source>
        <translation>A contact cannot be in the future.</translation>
    </message>
    <message>
        <source>The due date cannot be in the past.</source>
        <translation>The due date cannot be in the past.</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation>A payment cannot be received in the future.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>The system keystore cannot be used ({reason}): nothing was changed. Sign in to a desktop session that has one (Windows Credential Manager, the Secret Service), or ask your administrator.</source>
        <translation>The system keystore cannot be used ({reason}): nothing was changed. Sign in to a desktop session that has one (Windows Credential Manager, the Secret Service), or ask your administrator.</translation>
    </message>
    <message>
        <source>The secret {name} in the system keystore is damaged.</source>
        <translation>The secret {name} in the system keystore is damaged.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Personal loan</source>
        <translation>Personal loan</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>Car loan</translation>
    </message>
    <message>
        <source>Revolving credit</source>
        <translation>Revolving credit</translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation>Overdraft</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>Mortgage</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>Fixed rate</translation>
    </message>
    <message>
        <source>Variable rate</source>
        <translation>Variable rate</translation>
    </message>
    <message>
        <source>Amicable</source>
        <translation>Amicable</translation>
    </message>
    <message>
        <source>Pre-litigation</source>
        <translation>Pre-litigation</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>On sick leave</source>
        <translation>On sick leave</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Other situation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Promise outcome</source>
        <translation>Promise outcome</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Offer shown</source>
        <translation>Offer shown</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <source>Negotiation session</source>
        <translation>Negotiation session</translation>
    </message>
    <message>
        <source>Session outcome</source>
        <translation>Session outcome</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>Letter approved or excluded</source>
        <translation>Letter approved or excluded</translation>
    </message>
    <message>
        <source>Agreement instalment missed</source>
        <translation>Agreement instalment missed</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>inbound</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>client reached</source>
        <translation>client reached</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <source>promise obtained</source>
        <translation>promise obtained</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <source>callback requested</source>
        <translation>callback requested</translation>
    </message>
    <message>
        <source>agreement reached</source>
        <translation>agreement reached</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>Job loss</source>
        <translation>Job loss</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>New job</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separation</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Bereavement</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Relocation</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>plan accepted</source>
        <translation>plan accepted</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>promise to pay</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>filed</translation>
    </message>
    <message>
        <source>admissible</source>
        <translation>admissible</translation>
    </message>
    <message>
        <source>under a plan</source>
        <translation>under a plan</translation>
    </message>
    <message>
        <source>under imposed measures</source>
        <translation>under imposed measures</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>LegalStatusDialog</name>
    <message>
        <source>Overindebtedness and FICP</source>
        <extracomment>A status or a registration is a note in the case&apos;s history and changes the case shown.</extracomment>
        <translation>Overindebtedness and FICP</translation>
    </message>
    <message>
        <source>Overindebtedness file</source>
        <translation>Overindebtedness file</translation>
    </message>
    <message>
        <source>Optional: the commission&apos;s decision, a reference…</source>
        <translation>Optional: the commission&apos;s decision, a reference…</translation>
    </message>
    <message>
        <source>&amp;Record the status</source>
        <translation>&amp;Record the status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>Lodged on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>FICP (Banque de France register of repayment incidents)</source>
        <translation>FICP (Banque de France register of repayment incidents)</translation>
    </message>
    <message>
        <source>The contract and the unpaid instalments</source>
        <translation>The contract and the unpaid instalments</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>Record the re&amp;moval</source>
        <translation>Record the re&amp;moval</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Removal (arrears paid)</source>
        <translation>Removal (arrears paid)</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Case {reference}</translation>
    </message>
    <message>
        <source>No overindebtedness file recorded.</source>
        <translation>No overindebtedness file recorded.</translation>
    </message>
    <message>
        <source>Currently {status} since {date} (lodged on {filed})</source>
        <translation>Currently {status} since {date} (lodged on {filed})</translation>
    </message>
    <message>
        <source>collection is suspended.</source>
        <translation>collection is suspended.</translation>
    </message>
    <message>
        <source>Registered on {date} ({incident})</source>
        <translation>Registered on {date} ({incident})</translation>
    </message>
    <message>
        <source>, removed on {date}</source>
        <translation>, removed on {date}</translation>
    </message>
    <message>
        <source>Not registered at the FICP.</source>
        <translation>Not registered at the FICP.</translation>
    </message>
    <message>
        <source>The file&apos;s status could not be recorded.</source>
        <translation>The file&apos;s status could not be recorded.</translation>
    </message>
    <message>
        <source>The registration could not be recorded.</source>
        <translation>The registration could not be recorded.</translation>
    </message>
    <message>
        <source>The removal could not be recorded.</source>
        <translation>The removal could not be recorded.</translation>
    </message>
    <message>
        <source>Recorded in the case&apos;s history.</source>
        <translation>Recorded in the case&apos;s history.</translation>
    </message>
    <message>
        <source>Overindebtedness and &amp;FICP…</source>
        <translation>Overindebtedness and &amp;FICP…</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Preview</source>
        <extracomment>The letters go out in the bank&apos;s language (as ``letters send-batch`` by default). How wide the page is drawn, in pixels (an A4 page at about 60 dpi).</extracomment>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The letter cannot be shown.</source>
        <translation>The letter cannot be shown.</translation>
    </message>
    <message>
        <source>{title}, first page</source>
        <translation>{title}, first page</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>letters to clients: reminders, formal notices, notices</source>
        <translation>letters to clients: reminders, formal notices, notices</translation>
    </message>
    <message>
        <source>Letters to clients, made from the case&apos;s figures.</source>
        <translation>Letters to clients, made from the case&apos;s figures.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>write one letter of a case as a PDF or an e-mail</source>
        <translation>write one letter of a case as a PDF or an e-mail</translation>
    </message>
    <message>
        <source>Write the letter of the given kind for a case, as a PDF (FILE.pdf) or as an e-mail with the PDF attached (FILE.eml). Nothing is sent and nothing is recorded in the case&apos;s journal.</source>
        <translation>Write the letter of the given kind for a case, as a PDF (FILE.pdf) or as an e-mail with the PDF attached (FILE.eml). Nothing is sent and nothing is recorded in the case&apos;s journal.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>the case reference</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>the letter</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.eml</source>
        <translation>FILE.pdf or FILE.eml</translation>
    </message>
    <message>
        <source>the letter&apos;s language (default: the interface language)</source>
        <translation>the letter&apos;s language (default: the interface language)</translation>
    </message>
    <message>
        <source>the day of the batch, YYYY-MM-DD (default: today)</source>
        <translation>the day of the batch, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>list the letters the escalation policy asks for a day</source>
        <translation>list the letters the escalation policy asks for a day</translation>
    </message>
    <message>
        <source>List the cases of your branch the escalation policy has a letter for: due, awaiting a supervisor&apos;s approval, or skipped, with the reason.</source>
        <translation>List the cases of your branch the escalation policy has a letter for: due, awaiting a supervisor&apos;s approval, or skipped, with the reason.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>send the day&apos;s letters: a PDF to print, a gateway CSV</source>
        <translation>send the day&apos;s letters: a PDF to print, a gateway CSV</translation>
    </message>
    <message>
        <source>Send the due letters of the day: one PDF to print for the post, one CSV for the e-mail and SMS gateway, and a journal entry per letter. Run again the same day, it sends nothing twice.</source>
        <translation>Send the due letters of the day: one PDF to print for the post, one CSV for the e-mail and SMS gateway, and a journal entry per letter. Run again the same day, it sends nothing twice.</translation>
    </message>
    <message>
        <source>the folder to write to</source>
        <translation>the folder to write to</translation>
    </message>
    <message>
        <source>the letters&apos; language (default: fr)</source>
        <translation>the letters&apos; language (default: fr)</translation>
    </message>
    <message>
        <source>approve a letter of the batch (supervisor)</source>
        <translation>approve a letter of the batch (supervisor)</translation>
    </message>
    <message>
        <source>keep a letter out of the batch, with a reason</source>
        <translation>keep a letter out of the batch, with a reason</translation>
    </message>
    <message>
        <source>why</source>
        <translation>why</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>not due</translation>
    </message>
    <message>
        <source>{day}: {due} due, {held} awaiting approval, {skipped} skipped</source>
        <translation>{day}: {due} due, {held} awaiting approval, {skipped} skipped</translation>
    </message>
    <message>
        <source>{day}: {sent} letter(s) sent, {held} awaiting approval, {skipped} skipped</source>
        <translation>{day}: {sent} letter(s) sent, {held} awaiting approval, {skipped} skipped</translation>
    </message>
    <message>
        <source>To print: {path}</source>
        <translation>To print: {path}</translation>
    </message>
    <message>
        <source>For the e-mail and SMS gateway: {path}</source>
        <translation>For the e-mail and SMS gateway: {path}</translation>
    </message>
    <message>
        <source>{kind} of case {case} excluded from {day}</source>
        <translation>{kind} of case {case} excluded from {day}</translation>
    </message>
    <message>
        <source>{kind} of case {case} approved on {day}</source>
        <translation>{kind} of case {case} approved on {day}</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .eml: {path}</source>
        <translation>The output file must end in .pdf or .eml: {path}</translation>
    </message>
    <message>
        <source>{kind} of case {case} written to {path} ({size} bytes)</source>
        <translation>{kind} of case {case} written to {path} ({size} bytes)</translation>
    </message>
    <message>
        <source>Template {name}, version {version}, effective {effective}</source>
        <translation>Template {name}, version {version}, effective {effective}</translation>
    </message>
    <message>
        <source>SMS text: {segments} segment(s), {encoding}</source>
        <translation>SMS text: {segments} segment(s), {encoding}</translation>
    </message>
    <message>
        <source>more than two segments</source>
        <translation>more than two segments</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: the file must start with a header between two --- lines</source>
        <translation>Letter template {name}, line {line}: the file must start with a header between two --- lines</translation>
    </message>
    <message>
        <source>The case {case} has no pending promise to pay: no {kind} letter.</source>
        <translation>The case {case} has no pending promise to pay: no {kind} letter.</translation>
    </message>
    <message>
        <source>The case {case} has no repayment agreement: no {kind} letter.</source>
        <translation>The case {case} has no repayment agreement: no {kind} letter.</translation>
    </message>
    <message>
        <source>No instalment of the agreement of case {case} has fallen due yet: no {kind} letter.</source>
        <translation>No instalment of the agreement of case {case} has fallen due yet: no {kind} letter.</translation>
    </message>
    <message>
        <source>The letter template {name} cannot be used: {error}</source>
        <translation>The letter template {name} cannot be used: {error}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: {error}</source>
        <translation>Letter template {name}, line {line}: {error}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: unknown placeholder {placeholder}</source>
        <translation>Letter template {name}, line {line}: unknown placeholder {placeholder}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: unknown header line {text}</source>
        <translation>Letter template {name}, line {line}: unknown header line {text}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: no {key} in the header</source>
        <translation>Letter template {name}, line {line}: no {key} in the header</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: the effective date {text} is not a date (YYYY-MM-DD)</source>
        <translation>Letter template {name}, line {line}: the effective date {text} is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Cannot read the letter template {path}: {error}</source>
        <translation>Cannot read the letter template {path}: {error}</translation>
    </message>
    <message>
        <source>The escalation policy {path} cannot be read: {error}</source>
        <translation>The escalation policy {path} cannot be read: {error}</translation>
    </message>
    <message>
        <source>No case has the reference {reference}.</source>
        <extracomment>Where the e-mails say they come from when the bank configured nothing.</extracomment>
        <translation>No case has the reference {reference}.</translation>
    </message>
    <message>
        <source>The letters of a day to come cannot be sent yet.</source>
        <extracomment>The gateway file&apos;s columns, in order.</extracomment>
        <translation>The letters of a day to come cannot be sent yet.</translation>
    </message>
    <message>
        <source>No letter sent has the SHA-256 {sha256}.</source>
        <translation>No letter sent has the SHA-256 {sha256}.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters to send</source>
        <extracomment>What a decision or a sent letter changes: the case&apos;s history and its last contact. The list&apos;s groups, in their order. The list&apos;s columns.</extracomment>
        <translation>Letters to send</translation>
    </message>
    <message>
        <source>Reading the day&apos;s batch…</source>
        <translation>Reading the day&apos;s batch…</translation>
    </message>
    <message>
        <source>Select a letter to see it.</source>
        <translation>Select a letter to see it.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Exclude…</source>
        <translation>&amp;Exclude…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Send the due letters…</source>
        <translation>&amp;Send the due letters…</translation>
    </message>
    <message>
        <source>{day}: {due} due, {held} awaiting approval, {skipped} skipped</source>
        <translation>{day}: {due} due, {held} awaiting approval, {skipped} skipped</translation>
    </message>
    <message>
        <source>{kind} for case {case}</source>
        <translation>{kind} for case {case}</translation>
    </message>
    <message>
        <source>Only a supervisor may approve a letter.</source>
        <translation>Only a supervisor may approve a letter.</translation>
    </message>
    <message>
        <source>Only a supervisor may send the letters.</source>
        <translation>Only a supervisor may send the letters.</translation>
    </message>
    <message>
        <source>Exclude a letter</source>
        <translation>Exclude a letter</translation>
    </message>
    <message>
        <source>Why should {case} not receive the {kind}? (required)</source>
        <translation>Why should {case} not receive the {kind}? (required)</translation>
    </message>
    <message>
        <source>A reason is required to exclude a letter.</source>
        <translation>A reason is required to exclude a letter.</translation>
    </message>
    <message>
        <source>{kind} of case {case} excluded.</source>
        <translation>{kind} of case {case} excluded.</translation>
    </message>
    <message>
        <source>{kind} of case {case} approved.</source>
        <translation>{kind} of case {case} approved.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>The decision could not be recorded.</translation>
    </message>
    <message>
        <source>Folder for the day&apos;s letters</source>
        <translation>Folder for the day&apos;s letters</translation>
    </message>
    <message>
        <source>Sending the due letters…</source>
        <translation>Sending the due letters…</translation>
    </message>
    <message>
        <source>The letters could not be sent.</source>
        <translation>The letters could not be sent.</translation>
    </message>
    <message>
        <source>Nothing to send: no letter is due.</source>
        <translation>Nothing to send: no letter is due.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent.</source>
        <translation>
            <numerusform>%n letter sent.</numerusform>
            <numerusform>%n letters sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>To print: {path}</source>
        <translation>To print: {path}</translation>
    </message>
    <message>
        <source>For the e-mail and SMS gateway: {path}</source>
        <translation>For the e-mail and SMS gateway: {path}</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>not due</translation>
    </message>
    <message>
        <source>&amp;Letters to send…</source>
        <translation>&amp;Letters to send…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>Locked — {name}</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — demonstration data</source>
        <translation>{app} — demonstration data</translation>
    </message>
    <message>
        <source>Opening the cases…</source>
        <translation>Opening the cases…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Si&amp;mulator</source>
        <translation>Si&amp;mulator</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Agreements to &amp;follow up…</source>
        <translation>Agreements to &amp;follow up…</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Entry</translation>
    </message>
    <message>
        <source>Se&amp;ssion</source>
        <translation>Se&amp;ssion</translation>
    </message>
    <message>
        <source>&amp;Keep the offer shown</source>
        <translation>&amp;Keep the offer shown</translation>
    </message>
    <message>
        <source>Client &amp;accepts the plan…</source>
        <translation>Client &amp;accepts the plan…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>The &amp;case</source>
        <translation>The &amp;case</translation>
    </message>
    <message>
        <source>The &amp;simulator</source>
        <translation>The &amp;simulator</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Promises updated: {kept} kept, {broken} broken</source>
        <translation>Promises updated: {kept} kept, {broken} broken</translation>
    </message>
    <message>
        <source>No valid plan on screen to keep.</source>
        <translation>No valid plan on screen to keep.</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>Offer kept in the session.</source>
        <translation>Offer kept in the session.</translation>
    </message>
    <message>
        <source>No valid plan on screen to accept.</source>
        <translation>No valid plan on screen to accept.</translation>
    </message>
    <message>
        <source>No officer: add officers to this database</source>
        <translation>No officer: add officers to this database</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>{app} {version}
Debt recovery cases, live rescheduling and repayment agreements.</source>
        <translation>{app} {version}
Debt recovery cases, live rescheduling and repayment agreements.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>The bank&apos;s directory checks the password</source>
        <translation>The bank&apos;s directory checks the password</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>First &amp;password</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>Its owner changes it at the first sign-in (12 characters…).</source>
        <translation>Its owner changes it at the first sign-in (12 characters…).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>This could not be done.</source>
        <translation>This could not be done.</translation>
    </message>
    <message>
        <source>{what} The log has the details.</source>
        <translation>{what} The log has the details.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>{option}: a date YYYY-MM-DD is expected, not {text}</source>
        <translation>{option}: a date YYYY-MM-DD is expected, not {text}</translation>
    </message>
</context>
<context>
    <name>OutcomesExportDialog</name>
    <message>
        <source>Export outcomes</source>
        <translation>Export outcomes</translation>
    </message>
    <message>
        <source>Without a day, the window ends five minutes ago.</source>
        <translation>Without a day, the window ends five minutes ago.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Where the last export ended</source>
        <translation>Where the last export ended</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>From the day</translation>
    </message>
    <message>
        <source>Up to the day (excluded)</source>
        <translation>Up to the day (excluded)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>The file for the core banking system</source>
        <translation>The file for the core banking system</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export files (*.{extension})</source>
        <translation>Export files (*.{extension})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>{rows} events written to {path} (SHA-256 {digest}).</source>
        <translation>{rows} events written to {path} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>E&amp;xport outcomes…</source>
        <translation>E&amp;xport outcomes…</translation>
    </message>
</context>
<context>
    <name>Overindebtedness</name>
    <message>
        <source>No case has the reference {reference}.</source>
        <translation>No case has the reference {reference}.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>{date} is in the future: record only what has happened.</source>
        <translation>{date} is in the future: record only what has happened.</translation>
    </message>
    <message>
        <source>The open file was lodged on {date}, not another day.</source>
        <translation>The open file was lodged on {date}, not another day.</translation>
    </message>
    <message>
        <source>The file&apos;s current status dates from {date}: a change cannot be earlier.</source>
        <translation>The file&apos;s current status dates from {date}: a change cannot be earlier.</translation>
    </message>
    <message>
        <source>The file is already lodged (on {date}): give its next status.</source>
        <translation>The file is already lodged (on {date}): give its next status.</translation>
    </message>
    <message>
        <source>No overindebtedness file is open on this case.</source>
        <translation>No overindebtedness file is open on this case.</translation>
    </message>
    <message>
        <source>Give the day the file was lodged (--filed-on).</source>
        <translation>Give the day the file was lodged (--filed-on).</translation>
    </message>
    <message>
        <source>A status cannot come before the file was lodged ({date}).</source>
        <translation>A status cannot come before the file was lodged ({date}).</translation>
    </message>
    <message>
        <source>Say which incident caused the registration.</source>
        <translation>Say which incident caused the registration.</translation>
    </message>
    <message>
        <source>The incident is described in at most {limit} characters.</source>
        <translation>The incident is described in at most {limit} characters.</translation>
    </message>
    <message>
        <source>The client is not registered at the FICP.</source>
        <translation>The client is not registered at the FICP.</translation>
    </message>
    <message>
        <source>The registration dates from {date}: it cannot end before.</source>
        <translation>The registration dates from {date}: it cannot end before.</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>payments received (camt.053, camt.054 or CSV)</source>
        <translation>payments received (camt.053, camt.054 or CSV)</translation>
    </message>
    <message>
        <source>Import the payments the bank received: a camt.053 statement, a camt.054 notification or a CSV (contract_number;date;amount;reference). Each booked credit is recorded on the case it names; the others wait in the payments to allocate. A statement imported twice adds nothing. The whole file is written in one transaction. Exit status: 0 imported, 2 refused.</source>
        <translation>Import the payments the bank received: a camt.053 statement, a camt.054 notification or a CSV (contract_number;date;amount;reference). Each booked credit is recorded on the case it names; the others wait in the payments to allocate. A statement imported twice adds nothing. The whole file is written in one transaction. Exit status: 0 imported, 2 refused.</translation>
    </message>
    <message>
        <source>the statement (XML) or CSV file</source>
        <translation>the statement (XML) or CSV file</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>the payments to allocate (supervisors)</source>
        <translation>the payments to allocate (supervisors)</translation>
    </message>
    <message>
        <source>List the payments the import could not match, and allocate them.</source>
        <translation>List the payments the import could not match, and allocate them.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>list the payments to allocate</source>
        <translation>list the payments to allocate</translation>
    </message>
    <message>
        <source>List the payments to allocate, oldest first.</source>
        <translation>List the payments to allocate, oldest first.</translation>
    </message>
    <message>
        <source>put a payment to allocate on a case</source>
        <translation>put a payment to allocate on a case</translation>
    </message>
    <message>
        <source>Put a payment to allocate on a case: it is recorded as a payment received there, and the decision in the audit trail.</source>
        <translation>Put a payment to allocate on a case: it is recorded as a payment received there, and the decision in the audit trail.</translation>
    </message>
    <message>
        <source>the payment&apos;s bank reference</source>
        <translation>the payment&apos;s bank reference</translation>
    </message>
    <message>
        <source>the reference of the case</source>
        <translation>the reference of the case</translation>
    </message>
    <message>
        <source>{file}: {entries} entries; {matched} matched, {unmatched} to allocate, {duplicates} already imported, {reversed} reversed, {ignored} ignored</source>
        <translation>{file}: {entries} entries; {matched} matched, {unmatched} to allocate, {duplicates} already imported, {reversed} reversed, {ignored} ignored</translation>
    </message>
    <message>
        <source>No payment to allocate.</source>
        <translation>No payment to allocate.</translation>
    </message>
    <message>
        <source>Payment {reference} of {amount} put on case {case}</source>
        <translation>Payment {reference} of {amount} put on case {case}</translation>
    </message>
    <message>
        <source>No case has the reference {reference}.</source>
        <translation>No case has the reference {reference}.</translation>
    </message>
    <message>
        <source>No payment has the reference {reference}.</source>
        <translation>No payment has the reference {reference}.</translation>
    </message>
    <message>
        <source>The payment {reference} is not waiting to be allocated.</source>
        <translation>The payment {reference} is not waiting to be allocated.</translation>
    </message>
    <message>
        <source>This file declares a document type (DTD): a bank statement never does, it is refused.</source>
        <translation>This file declares a document type (DTD): a bank statement never does, it is refused.</translation>
    </message>
    <message>
        <source>This file is not a camt.053 or camt.054 statement ({namespace}).</source>
        <translation>This file is not a camt.053 or camt.054 statement ({namespace}).</translation>
    </message>
    <message>
        <source>Entry {number}: the amount is missing.</source>
        <translation>Entry {number}: the amount is missing.</translation>
    </message>
    <message>
        <source>Entry {number}: the amount {amount} is not valid.</source>
        <translation>Entry {number}: the amount {amount} is not valid.</translation>
    </message>
    <message>
        <source>Entry {number}: the booking date is missing or wrong.</source>
        <translation>Entry {number}: the booking date is missing or wrong.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: “{value}” cannot be read. Nothing was imported.</source>
        <translation>Line {line}, column {column}: “{value}” cannot be read. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Required columns missing: {columns}</source>
        <translation>Required columns missing: {columns}</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}</source>
        <translation>This file cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments to allocate</source>
        <extracomment>What an allocation changes: a case&apos;s arrears and history (which case: the service names it by reference only).</extracomment>
        <translation>Payments to allocate</translation>
    </message>
    <message>
        <source>Reading the payments to allocate…</source>
        <translation>Reading the payments to allocate…</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Booked on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Remittance text</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Case reference</source>
        <translation>&amp;Case reference</translation>
    </message>
    <message>
        <source>&amp;Allocate to this case</source>
        <translation>&amp;Allocate to this case</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to allocate: choose one, type its case&apos;s reference.</source>
        <translation>
            <numerusform>%n payment to allocate: choose it, type its case&apos;s reference.</numerusform>
            <numerusform>%n payments to allocate: choose one, type its case&apos;s reference.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment is waiting to be allocated.</source>
        <translation>No payment is waiting to be allocated.</translation>
    </message>
    <message>
        <source>Names several cases</source>
        <translation>Names several cases</translation>
    </message>
    <message>
        <source>Not in euros</source>
        <translation>Not in euros</translation>
    </message>
    <message>
        <source>Names no case</source>
        <translation>Names no case</translation>
    </message>
    <message>
        <source>The payment {reference} was allocated to the case {case}.</source>
        <translation>The payment {reference} was allocated to the case {case}.</translation>
    </message>
    <message>
        <source>&amp;Payments to allocate…</source>
        <translation>&amp;Payments to allocate…</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>You made this plan: another supervisor must decide on it.</source>
        <translation>You made this plan: another supervisor must decide on it.</translation>
    </message>
    <message>
        <source>Your role does not open cases.</source>
        <translation>Your role does not open cases.</translation>
    </message>
    <message>
        <source>Your role does not allow working on cases.</source>
        <translation>Your role does not allow working on cases.</translation>
    </message>
    <message>
        <source>Only a supervisor may approve or reject a plan beyond delegation.</source>
        <translation>Only a supervisor may approve or reject a plan beyond delegation.</translation>
    </message>
    <message>
        <source>Only a supervisor may reassign cases.</source>
        <translation>Only a supervisor may reassign cases.</translation>
    </message>
    <message>
        <source>Only a supervisor may import data.</source>
        <translation>Only a supervisor may import data.</translation>
    </message>
    <message>
        <source>Only a supervisor may allocate payments.</source>
        <translation>Only a supervisor may allocate payments.</translation>
    </message>
    <message>
        <source>Only a supervisor may export outcomes.</source>
        <translation>Only a supervisor may export outcomes.</translation>
    </message>
    <message>
        <source>Only a supervisor may send the day&apos;s letters.</source>
        <translation>Only a supervisor may send the day&apos;s letters.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <source>Only an administrator may change reference data.</source>
        <translation>Only an administrator may change reference data.</translation>
    </message>
    <message>
        <source>Only an administrator may change the policy.</source>
        <translation>Only an administrator may change the policy.</translation>
    </message>
    <message>
        <source>Only an auditor may read the audit trail.</source>
        <translation>Only an auditor may read the audit trail.</translation>
    </message>
    <message>
        <source>Only an auditor may read the access log.</source>
        <translation>Only an auditor may read the access log.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the database.</source>
        <translation>Only an administrator may back up or restore the database.</translation>
    </message>
    <message>
        <source>Only an administrator may run the retention job.</source>
        <translation>Only an administrator may run the retention job.</translation>
    </message>
    <message>
        <source>No one is signed in with an active account.</source>
        <translation>No one is signed in with an active account.</translation>
    </message>
    <message>
        <source>This case belongs to another branch.</source>
        <translation>This case belongs to another branch.</translation>
    </message>
</context>
<context>
    <name>PortfolioImportDialog</name>
    <message>
        <source>Import a portfolio</source>
        <extracomment>What an import may change: any case&apos;s figures and history.</extracomment>
        <translation>Import a portfolio</translation>
    </message>
    <message>
        <source>Choose a file, then check it.</source>
        <translation>Choose a file, then check it.</translation>
    </message>
    <message>
        <source>The day&apos;s extract of contracts in arrears</source>
        <translation>The day&apos;s extract of contracts in arrears</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Standard layout</source>
        <translation>Standard layout</translation>
    </message>
    <message>
        <source>Another mapping profile…</source>
        <translation>Another mapping profile…</translation>
    </message>
    <message>
        <source>Import the valid lines, leave the lines in error</source>
        <translation>Import the valid lines, leave the lines in error</translation>
    </message>
    <message>
        <source>The file is the whole extract: the contracts it lacks have left</source>
        <translation>The file is the whole extract: the contracts it lacks have left</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>Lines read</source>
        <translation>Lines read</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <source>New contracts</source>
        <translation>New contracts</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Contracts no longer in the extract</source>
        <translation>Contracts no longer in the extract</translation>
    </message>
    <message>
        <source>Lines in error</source>
        <translation>Lines in error</translation>
    </message>
    <message>
        <source>Updated clients</source>
        <translation>Updated clients</translation>
    </message>
    <message>
        <source>Updated contracts</source>
        <translation>Updated contracts</translation>
    </message>
    <message>
        <source>Unchanged contracts</source>
        <translation>Unchanged contracts</translation>
    </message>
    <message>
        <source>Cases that may be settled</source>
        <translation>Cases that may be settled</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>First lines</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Save the errors…</source>
        <translation>&amp;Save the errors…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Portfolio file</source>
        <translation>Portfolio file</translation>
    </message>
    <message>
        <source>Extracts (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Extracts (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>Mapping profile</translation>
    </message>
    <message>
        <source>Profiles (*.toml)</source>
        <translation>Profiles (*.toml)</translation>
    </message>
    <message>
        <source>Check the file before importing it.</source>
        <translation>Check the file before importing it.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) in error: correct the file, or import the valid lines only.</source>
        <translation>
            <numerusform>%Ln line in error: correct the file, or import the valid lines only.</numerusform>
            <numerusform>%Ln lines in error: correct the file, or import the valid lines only.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no contract.</source>
        <translation>The file holds no contract.</translation>
    </message>
    <message>
        <source>{file} is ready to import ({encoding}).</source>
        <translation>{file} is ready to import ({encoding}).</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>{file} was imported.</source>
        <translation>{file} was imported.</translation>
    </message>
    <message>
        <source>The file changed since it was checked: nothing was written.</source>
        <translation>The file changed since it was checked: nothing was written.</translation>
    </message>
    <message>
        <source>{file} was already imported on {date} by {name}: it cannot be imported twice.</source>
        <translation>{file} was already imported on {date} by {name}: it cannot be imported twice.</translation>
    </message>
    <message>
        <source>{reason} Nothing was written.</source>
        <translation>{reason} Nothing was written.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>What the import would do</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>What the import did</translation>
    </message>
    <message numerus="yes">
        <source>Errors (%Ln)</source>
        <translation>
            <numerusform>Errors (%Ln)</numerusform>
            <numerusform>Errors (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Save the errors</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The errors were saved in {path}.</source>
        <translation>The errors were saved in {path}.</translation>
    </message>
    <message>
        <source>&amp;Import a portfolio…</source>
        <translation>&amp;Import a portfolio…</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>What was said or done (Ctrl+Return saves)</source>
        <extracomment>What a journal entry changes: the case&apos;s history and its queue columns.</extracomment>
        <translation>What was said or done (Ctrl+Return saves)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <source>e.g. 1 234,56</source>
        <translation>e.g. 1 234,56</translation>
    </message>
    <message>
        <source>What changed for the client</source>
        <translation>What changed for the client</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>New &amp;note</translation>
    </message>
    <message>
        <source>Log &amp;contact</source>
        <translation>Log &amp;contact</translation>
    </message>
    <message>
        <source>&amp;Promise to pay</source>
        <translation>&amp;Promise to pay</translation>
    </message>
    <message>
        <source>&amp;Life event</source>
        <translation>&amp;Life event</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Save entry</translation>
    </message>
    <message>
        <source>The entry could not be saved.</source>
        <translation>The entry could not be saved.</translation>
    </message>
    <message>
        <source>Type the amount promised.</source>
        <translation>Type the amount promised.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This database is encrypted; its key is kept in this computer&apos;s keystore. Should that keystore lose it (a new computer, the file moved), this recovery key opens the database again. It is shown only now: write it down and keep it apart from this computer.</source>
        <translation>This database is encrypted; its key is kept in this computer&apos;s keystore. Should that keystore lose it (a new computer, the file moved), this recovery key opens the database again. It is shown only now: write it down and keep it apart from this computer.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>published figures: usury thresholds, legal rates</source>
        <translation>published figures: usury thresholds, legal rates</translation>
    </message>
    <message>
        <source>The dated, cited figures the legal checks read: usury thresholds, legal interest rate, RSA lump sum, seizable-portion scale.</source>
        <translation>The dated, cited figures the legal checks read: usury thresholds, legal interest rate, RSA lump sum, seizable-portion scale.</translation>
    </message>
    <message>
        <source>each kind, its periods and where it comes from</source>
        <translation>each kind, its periods and where it comes from</translation>
    </message>
    <message>
        <source>the figures of a kind</source>
        <translation>the figures of a kind</translation>
    </message>
    <message>
        <source>only the period in force</source>
        <translation>only the period in force</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <source>import a newer file of figures (administrators)</source>
        <translation>import a newer file of figures (administrators)</translation>
    </message>
    <message>
        <source>a TOML file</source>
        <translation>a TOML file</translation>
    </message>
    <message>
        <source>{kind}: {periods} periods, {first} to {last} ({origin})</source>
        <translation>{kind}: {periods} periods, {first} to {last} ({origin})</translation>
    </message>
    <message>
        <source>KIND: choose one of {choices}</source>
        <translation>KIND: choose one of {choices}</translation>
    </message>
    <message>
        <source>No {kind} known for {date}</source>
        <translation>No {kind} known for {date}</translation>
    </message>
    <message>
        <source>Imported {kind}: {periods} periods, {first} to {last}</source>
        <translation>Imported {kind}: {periods} periods, {first} to {last}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>personal data past its retention period (administrators)</source>
        <translation>personal data past its retention period (administrators)</translation>
    </message>
    <message>
        <source>What the retention policy asks of closed cases.</source>
        <translation>What the retention policy asks of closed cases.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>anonymise the clients of cases closed too long ago</source>
        <translation>anonymise the clients of cases closed too long ago</translation>
    </message>
    <message>
        <source>Anonymise the clients whose cases were all settled or written off longer than the retention period ago: their personal data is cleared, the figures stay, and each case gets an audit event.</source>
        <translation>Anonymise the clients whose cases were all settled or written off longer than the retention period ago: their personal data is cleared, the figures stay, and each case gets an audit event.</translation>
    </message>
    <message>
        <source>list what would be done, change nothing</source>
        <translation>list what would be done, change nothing</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>{case}  closed on {closed_on}</source>
        <translation>{case}  closed on {closed_on}</translation>
    </message>
    <message>
        <source>another case of the client is open</source>
        <translation>another case of the client is open</translation>
    </message>
    <message>
        <source>another case of the client is still in its retention period</source>
        <translation>another case of the client is still in its retention period</translation>
    </message>
    <message>
        <source>no stage change says when it was closed</source>
        <translation>no stage change says when it was closed</translation>
    </message>
    <message>
        <source>{case}  kept: {reason}</source>
        <translation>{case}  kept: {reason}</translation>
    </message>
    <message>
        <source>{count} case(s) would be anonymised (dry run: nothing changed)</source>
        <translation>{count} case(s) would be anonymised (dry run: nothing changed)</translation>
    </message>
    <message>
        <source>{count} case(s) anonymised</source>
        <translation>{count} case(s) anonymised</translation>
    </message>
    <message>
        <source>{count} sealed agreement PDF(s) would be removed (dry run)</source>
        <translation>{count} sealed agreement PDF(s) would be removed (dry run)</translation>
    </message>
    <message>
        <source>{count} sealed agreement PDF(s) removed: their SHA-256 stays in the archive</source>
        <translation>{count} sealed agreement PDF(s) removed: their SHA-256 stays in the archive</translation>
    </message>
    <message>
        <source>{count} journal note(s) of these cases are kept: the journal is append-only</source>
        <translation>{count} journal note(s) of these cases are kept: the journal is append-only</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>Cannot read the settings file {path}: {error}</translation>
    </message>
    <message>
        <source>In {path}, &quot;retention&quot;: &quot;keep_agreement_documents&quot; must be true or false.</source>
        <translation>In {path}, &quot;retention&quot;: &quot;keep_agreement_documents&quot; must be true or false.</translation>
    </message>
</context>
<context>
    <name>ScanPicker</name>
    <message>
        <source>No scan attached</source>
        <translation>No scan attached</translation>
    </message>
    <message>
        <source>Attach &amp;scan…</source>
        <translation>Attach &amp;scan…</translation>
    </message>
    <message>
        <source>The returned paper, scanned: PDF, PNG or JPEG, at most {limit} MB</source>
        <translation>The returned paper, scanned: PDF, PNG or JPEG, at most {limit} MB</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Scan of the countersigned paper</source>
        <translation>Scan of the countersigned paper</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;PDF files (*.pdf);;Images (*.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg);;PDF files (*.pdf);;Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Cannot read {file}: {error}</translation>
    </message>
    <message>
        <source>{file} ({size})</source>
        <translation>{file} ({size})</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>ScenarioCard</name>
    <message>
        <source>Empty: keep the plan on screen here to compare.</source>
        <translation>Empty: keep the plan on screen here to compare.</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Last one</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>APR</source>
        <translation>APR</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Bring this scenario back into the simulator</source>
        <translation>Bring this scenario back into the simulator</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Keep here</translation>
    </message>
    <message>
        <source>Keep the plan on screen in this card</source>
        <translation>Keep the plan on screen in this card</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>Scenario {number}</translation>
    </message>
    <message>
        <source>Effort rate {rate}</source>
        <translation>Effort rate {rate}</translation>
    </message>
    <message>
        <source>Needs supervisor approval</source>
        <translation>Needs supervisor approval</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Overdue spread</source>
        <translation>Overdue spread</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>What the client pays on that date: instalment, insurance and overdue amounts spread or added</source>
        <translation>What the client pays on that date: instalment, insurance and overdue amounts spread or added</translation>
    </message>
    <message>
        <source>Overdue amounts spread over the first instalments, interest-free</source>
        <translation>Overdue amounts spread over the first instalments, interest-free</translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <source>configure the bank&apos;s electronic seal (administrators)</source>
        <translation>configure the bank&apos;s electronic seal (administrators)</translation>
    </message>
    <message>
        <source>Configure the key that seals the agreements: a PKCS#12 file imported into this installation, or a PKCS#11 token; and a timestamp authority.</source>
        <translation>Configure the key that seals the agreements: a PKCS#12 file imported into this installation, or a PKCS#11 token; and a timestamp authority.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>import the bank&apos;s seal from a PKCS#12 file</source>
        <translation>import the bank&apos;s seal from a PKCS#12 file</translation>
    </message>
    <message>
        <source>Import the bank&apos;s seal certificate and key from a PKCS#12 file. Its password is asked (or read as one line of standard input). The key is kept encrypted with a passphrase held by the system keystore; the file itself is not needed afterwards.</source>
        <translation>Import the bank&apos;s seal certificate and key from a PKCS#12 file. Its password is asked (or read as one line of standard input). The key is kept encrypted with a passphrase held by the system keystore; the file itself is not needed afterwards.</translation>
    </message>
    <message>
        <source>the PKCS#12 file</source>
        <translation>the PKCS#12 file</translation>
    </message>
    <message>
        <source>seal with a key kept in a PKCS#11 token or HSM</source>
        <translation>seal with a key kept in a PKCS#11 token or HSM</translation>
    </message>
    <message>
        <source>Seal with a key kept in a PKCS#11 token or HSM. The PIN is asked (or read as one line of standard input) and kept in the system keystore.</source>
        <translation>Seal with a key kept in a PKCS#11 token or HSM. The PIN is asked (or read as one line of standard input) and kept in the system keystore.</translation>
    </message>
    <message>
        <source>path of the PKCS#11 module</source>
        <translation>path of the PKCS#11 module</translation>
    </message>
    <message>
        <source>the token&apos;s label</source>
        <translation>the token&apos;s label</translation>
    </message>
    <message>
        <source>the key&apos;s label</source>
        <translation>the key&apos;s label</translation>
    </message>
    <message>
        <source>the certificate&apos;s label (default: the key&apos;s)</source>
        <translation>the certificate&apos;s label (default: the key&apos;s)</translation>
    </message>
    <message>
        <source>set the timestamp authority (PAdES B-LT)</source>
        <translation>set the timestamp authority (PAdES B-LT)</translation>
    </message>
    <message>
        <source>Set the URL of the RFC 3161 timestamp authority: seals become PAdES B-LT. Without one they are PAdES B-B.</source>
        <translation>Set the URL of the RFC 3161 timestamp authority: seals become PAdES B-LT. Without one they are PAdES B-B.</translation>
    </message>
    <message>
        <source>the authority&apos;s URL</source>
        <translation>the authority&apos;s URL</translation>
    </message>
    <message>
        <source>no timestamp authority</source>
        <translation>no timestamp authority</translation>
    </message>
    <message>
        <source>show the seal in use</source>
        <translation>show the seal in use</translation>
    </message>
    <message>
        <source>Seal: the demonstration certificate (not a bank&apos;s seal), PAdES {level}</source>
        <translation>Seal: the demonstration certificate (not a bank&apos;s seal), PAdES {level}</translation>
    </message>
    <message>
        <source>Seal: {subject}, PAdES {level}</source>
        <translation>Seal: {subject}, PAdES {level}</translation>
    </message>
    <message>
        <source>seal import: cannot read {path}: {error}</source>
        <translation>seal import: cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file: </source>
        <translation>Password of the PKCS#12 file: </translation>
    </message>
    <message>
        <source>PIN of the token: </source>
        <translation>PIN of the token: </translation>
    </message>
    <message>
        <source>seal tsa: give a URL or --none</source>
        <translation>seal tsa: give a URL or --none</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Start &amp;call</source>
        <translation>Start &amp;call</translation>
    </message>
    <message>
        <source>Start &amp;meeting</source>
        <translation>Start &amp;meeting</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;End session…</translation>
    </message>
    <message>
        <source>Start a call or a meeting to keep an offer.</source>
        <translation>Start a call or a meeting to keep an offer.</translation>
    </message>
    <message>
        <source>Choose how the session ended.</source>
        <translation>Choose how the session ended.</translation>
    </message>
    <message>
        <source>The session could not be saved.</source>
        <translation>The session could not be saved.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>No session</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <source>Meeting in progress</source>
        <translation>Meeting in progress</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) kept</source>
        <translation>
            <numerusform>%n offer kept</numerusform>
            <numerusform>%n offers kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEndDialog</name>
    <message>
        <source>End the session</source>
        <extracomment>What a session&apos;s writes change: the case&apos;s history, its queue columns, the session.</extracomment>
        <translation>End the session</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Call back on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>This session has already ended.</translation>
    </message>
    <message>
        <source>A session is a phone call or a branch meeting.</source>
        <translation>A session is a phone call or a branch meeting.</translation>
    </message>
    <message>
        <source>A session is already open on this case.</source>
        <translation>A session is already open on this case.</translation>
    </message>
    <message>
        <source>There is no offer to keep.</source>
        <translation>There is no offer to keep.</translation>
    </message>
    <message>
        <source>This offer was kept by a newer version of the application (format {n}).</source>
        <translation>This offer was kept by a newer version of the application (format {n}).</translation>
    </message>
    <message>
        <source>Choose when to call back.</source>
        <translation>Choose when to call back.</translation>
    </message>
    <message>
        <source>The callback must be in the future.</source>
        <translation>The callback must be in the future.</translation>
    </message>
    <message>
        <source>Only a callback has a date and time to call back.</source>
        <translation>Only a callback has a date and time to call back.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>No directory is configured to check this account.</source>
        <translation>No directory is configured to check this account.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>This account is locked until {until}.</source>
        <translation>This account is locked until {until}.</translation>
    </message>
    <message>
        <source>This account&apos;s password is kept by the directory.</source>
        <translation>This account&apos;s password is kept by the directory.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The directory {url} cannot be reached. Check the network connection, or ask the IT department whether the directory server is running.</source>
        <translation>The directory {url} cannot be reached. Check the network connection, or ask the IT department whether the directory server is running.</translation>
    </message>
    <message>
        <source>No secure connection could be made to the directory {url}: its certificate is not trusted or does not match its address. Ask the IT department (the certificate authority is set by ca_file in the directory settings).</source>
        <translation>No secure connection could be made to the directory {url}: its certificate is not trusted or does not match its address. Ask the IT department (the certificate authority is set by ca_file in the directory settings).</translation>
    </message>
    <message>
        <source>The directory account {login} is in none of the groups that give access to this application ({groups}). Ask an administrator to add it to one of them.</source>
        <translation>The directory account {login} is in none of the groups that give access to this application ({groups}). Ask an administrator to add it to one of them.</translation>
    </message>
    <message>
        <source>The directory {url} refused the service account {bind_dn}. Check bind_dn and bind_password in the directory settings.</source>
        <translation>The directory {url} refused the service account {bind_dn}. Check bind_dn and bind_password in the directory settings.</translation>
    </message>
    <message>
        <source>The directory {url} refused to search {base} ({reason}). Check the directory settings.</source>
        <translation>The directory {url} refused to search {base} ({reason}). Check the directory settings.</translation>
    </message>
    <message>
        <source>The directory settings {path} cannot be read: {reason}</source>
        <translation>The directory settings {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The directory settings {path} are not valid TOML: {reason}</source>
        <translation>The directory settings {path} are not valid TOML: {reason}</translation>
    </message>
    <message>
        <source>The directory settings {path} lack {key}.</source>
        <translation>The directory settings {path} lack {key}.</translation>
    </message>
    <message>
        <source>The directory settings {path} have an unknown key {key}.</source>
        <translation>The directory settings {path} have an unknown key {key}.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be a non-empty text.</source>
        <translation>In the directory settings {path}, {key} must be a non-empty text.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be true or false.</source>
        <translation>In the directory settings {path}, {key} must be true or false.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be a number of seconds above zero.</source>
        <translation>In the directory settings {path}, {key} must be a number of seconds above zero.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be an ldap:// or ldaps:// address with a server name (found {value}).</source>
        <translation>In the directory settings {path}, {key} must be an ldap:// or ldaps:// address with a server name (found {value}).</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} applies to ldap:// addresses only: an ldaps:// address is encrypted already.</source>
        <translation>In the directory settings {path}, {key} applies to ldap:// addresses only: an ldaps:// address is encrypted already.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must contain {placeholder}.</source>
        <translation>In the directory settings {path}, {key} must contain {placeholder}.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, give either {key}, or search_base with search_filter (not both).</source>
        <translation>In the directory settings {path}, give either {key}, or search_base with search_filter (not both).</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must list groups and their roles, as in {{ group = &quot;recouvrement-officers&quot;, role = &quot;officer&quot; }}.</source>
        <translation>In the directory settings {path}, {key} must list groups and their roles, as in {{ group = &quot;recouvrement-officers&quot;, role = &quot;officer&quot; }}.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} names an unknown role {value} (known: {roles}).</source>
        <translation>In the directory settings {path}, {key} names an unknown role {value} (known: {roles}).</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key}: the file {value} does not exist.</source>
        <translation>In the directory settings {path}, {key}: the file {value} does not exist.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Sign in to open the cases of your branch.</source>
        <translation>Sign in to open the cases of your branch.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Demonstration database: sign in as {accounts} (their roles), password: demo.</source>
        <translation>Demonstration database: sign in as {accounts} (their roles), password: demo.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>Simulate</name>
    <message>
        <source>compute a repayment schedule</source>
        <translation>compute a repayment schedule</translation>
    </message>
    <message>
        <source>Compute a repayment schedule, its total cost and its APR.</source>
        <translation>Compute a repayment schedule, its total cost and its APR.</translation>
    </message>
    <message>
        <source>amount lent (12500 or 12500,00)</source>
        <translation>amount lent (12500 or 12500,00)</translation>
    </message>
    <message>
        <source>nominal annual rate in percent (4.5)</source>
        <translation>nominal annual rate in percent (4.5)</translation>
    </message>
    <message>
        <source>number of instalments, grace included</source>
        <translation>number of instalments, grace included</translation>
    </message>
    <message>
        <source>target instalment</source>
        <translation>target instalment</translation>
    </message>
    <message>
        <source>instalment frequency (default: monthly)</source>
        <translation>instalment frequency (default: monthly)</translation>
    </message>
    <message>
        <source>repayment method (default: annuity)</source>
        <translation>repayment method (default: annuity)</translation>
    </message>
    <message>
        <source>grace instalments</source>
        <translation>grace instalments</translation>
    </message>
    <message>
        <source>kind of grace (default: interest-only)</source>
        <translation>kind of grace (default: interest-only)</translation>
    </message>
    <message>
        <source>fees paid at signature</source>
        <translation>fees paid at signature</translation>
    </message>
    <message>
        <source>borrower insurance per instalment</source>
        <translation>borrower insurance per instalment</translation>
    </message>
    <message>
        <source>date the funds are lent</source>
        <translation>date the funds are lent</translation>
    </message>
    <message>
        <source>date of the first instalment</source>
        <translation>date of the first instalment</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <source>also run the legal checks (usury on the start date, benchmarks)</source>
        <translation>also run the legal checks (usury on the start date, benchmarks)</translation>
    </message>
    <message>
        <source>kind of credit for the usury category with --check (default: consumer)</source>
        <translation>kind of credit for the usury category with --check (default: consumer)</translation>
    </message>
    <message>
        <source>{option}: a whole number is expected, not {text}</source>
        <translation>{option}: a whole number is expected, not {text}</translation>
    </message>
    <message>
        <source>{option}: choose one of {choices}</source>
        <translation>{option}: choose one of {choices}</translation>
    </message>
    <message>
        <source>--principal and --rate are required</source>
        <translation>--principal and --rate are required</translation>
    </message>
    <message>
        <source>give exactly one of --periods and --installment</source>
        <translation>give exactly one of --periods and --installment</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>First due date</translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation>Last due date</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>Total interest</translation>
    </message>
    <message>
        <source>Total insurance</source>
        <translation>Total insurance</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Total cost of the credit</source>
        <translation>Total cost of the credit</translation>
    </message>
    <message>
        <source>APR</source>
        <translation>APR</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Usury threshold ({category}, {start} to {end}): {threshold}</source>
        <translation>Usury threshold ({category}, {start} to {end}): {threshold}</translation>
    </message>
    <message>
        <source>BLOCKING</source>
        <translation>BLOCKING</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>--category goes with --check</source>
        <translation>--category goes with --check</translation>
    </message>
</context>
<context>
    <name>SimulatorActions</name>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Proposals</translation>
    </message>
    <message>
        <source>Fill the three scenarios with the engine&apos;s affordable plans</source>
        <translation>Fill the three scenarios with the engine&apos;s affordable plans</translation>
    </message>
    <message>
        <source>&amp;Client view</source>
        <translation>&amp;Client view</translation>
    </message>
    <message>
        <source>Show the plan to the client, in large type</source>
        <translation>Show the plan to the client, in large type</translation>
    </message>
</context>
<context>
    <name>SimulatorInputs</name>
    <message>
        <source>Number of &amp;instalments</source>
        <translation>Number of &amp;instalments</translation>
    </message>
    <message>
        <source>&amp;Target instalment</source>
        <translation>&amp;Target instalment</translation>
    </message>
    <message>
        <source> inst.</source>
        <translation> inst.</translation>
    </message>
    <message>
        <source>Interest only</source>
        <translation>Interest only</translation>
    </message>
    <message>
        <source>Nothing paid (capitalized)</source>
        <translation>Nothing paid (capitalized)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Rate and calendar</source>
        <translation>Rate and calendar</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Rate</translation>
    </message>
    <message>
        <source>&amp;Grace</source>
        <translation>&amp;Grace</translation>
    </message>
    <message>
        <source>&amp;Down payment</source>
        <translation>&amp;Down payment</translation>
    </message>
    <message>
        <source>&amp;First due date</source>
        <translation>&amp;First due date</translation>
    </message>
    <message>
        <source>Overdue amounts</source>
        <translation>Overdue amounts</translation>
    </message>
    <message>
        <source>Arrears: {amount}</source>
        <translation>Arrears: {amount}</translation>
    </message>
    <message>
        <source>Late interest: {amount}</source>
        <translation>Late interest: {amount}</translation>
    </message>
    <message>
        <source>Fees and penalties: {amount}</source>
        <translation>Fees and penalties: {amount}</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>Current contract and proposed plan</source>
        <translation>Current contract and proposed plan</translation>
    </message>
    <message>
        <source>Affordability</source>
        <translation>Affordability</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Case {reference} · contract {contract} · {total} owed</source>
        <translation>Case {reference} · contract {contract} · {total} owed</translation>
    </message>
    <message>
        <source>{error} — the plan shown is the last valid one.</source>
        <translation>{error} — the plan shown is the last valid one.</translation>
    </message>
    <message>
        <source>No income on file: the proposals are sized from the client&apos;s budget.</source>
        <translation>No income on file: the proposals are sized from the client&apos;s budget.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>add, list and disable the accounts that sign in</source>
        <translation>add, list and disable the accounts that sign in</translation>
    </message>
    <message>
        <source>The accounts that sign in, and their roles.</source>
        <translation>The accounts that sign in, and their roles.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>add an account</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>the password is checked by the bank&apos;s directory</source>
        <translation>the password is checked by the bank&apos;s directory</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>disable an account</translation>
    </message>
    <message>
        <source>give a new first password (to change at the next sign-in)</source>
        <translation>give a new first password (to change at the next sign-in)</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The first account is a local administrator.</source>
        <translation>The first account is a local administrator.</translation>
    </message>
    <message>
        <source>First administrator {login} added.</source>
        <translation>First administrator {login} added.</translation>
    </message>
    <message>
        <source>Account {login} added.</source>
        <translation>Account {login} added.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <source>Account {login} disabled.</source>
        <translation>Account {login} disabled.</translation>
    </message>
    <message>
        <source>Account {login}: a new password to change.</source>
        <translation>Account {login}: a new password to change.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Add an account…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>New first &amp;password…</source>
        <translation>New first &amp;password…</translation>
    </message>
    <message>
        <source>Bank directory</source>
        <translation>Bank directory</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Password to change</source>
        <translation>Password to change</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Account {login} added.</source>
        <translation>Account {login} added.</translation>
    </message>
    <message>
        <source>Account {login} disabled.</source>
        <translation>Account {login} disabled.</translation>
    </message>
    <message>
        <source>New first password for {login}</source>
        <translation>New first password for {login}</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>First &amp;password</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>Account {login}: a new password to change.</source>
        <translation>Account {login}: a new password to change.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>WarningsView</name>
    <message>
        <source>Needs supervisor approval</source>
        <translation>Needs supervisor approval</translation>
    </message>
    <message>
        <source>Cannot be offered as it stands</source>
        <translation>Cannot be offered as it stands</translation>
    </message>
    <message>
        <source>No warning: within the rules and your delegation.</source>
        <translation>No warning: within the rules and your delegation.</translation>
    </message>
    <message>
        <source>{warning} (needs approval)</source>
        <translation>{warning} (needs approval)</translation>
    </message>
</context>
<context>
    <name>WindowAccess</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>No one is signed in.</source>
        <translation>No one is signed in.</translation>
    </message>
    <message>
        <source>The password could not be checked.</source>
        <translation>The password could not be checked.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>The password could not be checked. The log has the details.</source>
        <translation>The password could not be checked. The log has the details.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
</TS>
