<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>an event is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to the previous event is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events are missing at the end of the chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search a client, a case reference or a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database URL (sqlite:///file.sqlite3 or postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the demonstration database, kept apart from real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: debt recovery cases, live rescheduling and agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface language (default: fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error; details were written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write demonstration cases (to the demonstration database by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write realistic, deterministic demonstration cases with their history. Without --db the demonstration database is used, never the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a SQLite file afresh if it already holds cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases must be between 1 and {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replace only works on a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds {count} cases; use --replace to start it afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cases} cases, {loans} loans and {entries} history entries written to {db} in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render the main window to a PNG file once it is shown, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recouvrement Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} · client {number} · {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total owed: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Income {income} · housing {housing} · other credits {credits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} ({count} unpaid)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Not a valid database URL: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database &apos;{backend}&apos;: use sqlite or postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a Recouvrement Desktop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {url} was written by a newer version of the application (schema {revision}); it has been left untouched. Please install the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>The amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest affordable plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest plan for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentlest plan, with a grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APR of this plan cannot be computed</source>
        <extracomment>Results are quantized to 1e-10 (as a fraction), i.e. 1e-8 percentage points.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment day must be between 1 and 31, not {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule goes beyond the supported calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usury threshold on file for category {category} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APR of {apr} exceeds the usury threshold of {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months an over-indebtedness plan may last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months a judge may grant (Code civil art. 1343-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effort rate of {rate} is above {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left to live on, {amount} a month, is below the floor of {floor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiving {amount} exceeds your delegation of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending the loan by {months} months exceeds your delegation of {limit} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate of {rate} is below your delegation floor of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: {text}</source>
        <extracomment>Precision far beyond what cent amounts need; traps make silent NaN impossible.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot have more than two decimals: {text}</source>
        <extracomment>Interest-free amounts due with the first instalments (spread arrears, fees…): ``extras[k]`` is added to instalment ``k + 1``. Part of the credit for the TAEG.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household has at least one adult and no negative count</source>
        <extracomment>Code civil art. 1343-5: a judge may postpone or spread a debt over at most 2 years. Code de la consommation art. L732-3: an over-indebtedness plan lasts at most 7 years. Usual ceiling of the effort rate (debt service / net income), in percent. DEMONSTRATION VALUES ONLY. Realistic orders of magnitude for the French usury thresholds (Banque de France, published quarterly in the Journal officiel under Code de la consommation art. L314-6), but not the official figures: the bank must load the thresholds of each quarter before any production use. Column order follows :class:`LoanCategory`. DEMONSTRATION VALUES: each bank sets its own delegation grid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no debt to reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term must be between 1 and {max} instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot waive {waived}: only {owed} is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The down payment settles the whole debt: nothing to reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts must be spread over at least one instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no principal to repay: capitalize at least part of the debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next contractual due date is before the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot exceed {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be between {min} and {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instalment would barely repay any principal: shorten the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too small to be repaid in so many instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first due date must be after the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first due date must be at most {months} months after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be on or after the first due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fees must be less than the amount lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period must be shorter than the term ({periods} instalments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot spread over {spread} instalments a plan of {periods} instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instalment of {installment} does not cover the interest of {interest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Promise of {amount} by {date} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periods} instalments of {installment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Personal loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revolving credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}
Debt recovery cases, live rescheduling and repayment agreements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
