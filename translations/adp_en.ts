<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AiAnswersCommand</name>
    <message>
        <source>ask: which of the organisation&apos;s models (id; default: its first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate: a word on why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider takes a provider&apos;s id (see adp ai providers --org O list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask needs a numeric job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers needs --project P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate needs an answer&apos;s id and up, down or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop needs an answer&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 tokens, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 (%2), answer %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 (%2), answer %3: stopped; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 (%2), answer %3 failed: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rules found is above; the model&apos;s words are its own. Rate it: adp ai rate %1 up|down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASKED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THUMBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1: %2 up, %3 down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 is being stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: where the change starts (a branch, tag or commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: where it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review needs --project P --from A --to B</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1..%2: %n commit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The security rules found nothing in the lines this change added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk needs --project P and a deployment&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2: %3 risk, by the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n commit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>review, risk, savings, answers: the project (id or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>savings needs --project P</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3: %n way(s) to spend less, %4 %5 a month, by the rules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AiCommand</name>
    <message>
        <source>explain: a saved job log to analyze here, offline (no server needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain takes a job id or --log FILE, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain needs a numeric job id (see adp pipelines show ID), or --log FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flaky: the same job ended differently on the same commit (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: a file of allowed fingerprints (one per line; # comments), as the findings show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan needs one or more files or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) scanned; nothing found.</source>
        <translation>
            <numerusform>%n file scanned; nothing found.</numerusform>
            <numerusform>%n files scanned; nothing found.</numerusform>
        </translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) scanned.</source>
        <translation>
            <numerusform>%n file scanned.</numerusform>
            <numerusform>%n files scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow one by its fingerprint (--allow FILE) or by &quot;adp:allow&quot; on its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advice: the project (id or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advice needs --project P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ai needs: explain JOB, explain --log FILE, scan PATH... or advice --project P</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pipeline(s) examined.</source>
        <translation>
            <numerusform>%1: %n pipeline examined.</numerusform>
            <numerusform>%1: %n pipelines examined.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to advise: no job stands out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the built-in analyzers over the project&apos;s own pipelines; no model was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it could save a month, from its last 30 days&apos; costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no cost stands out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiProvidersCommand</name>
    <message>
        <source>Provider %1 &apos;%2&apos;: %3 at %4, key %5, %6 s, at most %7 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation (slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the provider is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenAI-compatible endpoint, e.g. https://api.openai.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the API key from standard input (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds an answer may take (1-600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens an answer may have (1-32768)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price per million prompt tokens, in cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price per million answer tokens, in cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency of the prices (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ai providers needs --org O and one of: list, create --name N --base-url U --model M [--api-key-stdin] [options], update ID [options], delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX TOKENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2–64 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https, ssh, git or file URL, user@host:path, or an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid git branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: you are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the server had a problem (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: not found (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a relative path inside the repository to a .yml or .yaml file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditApi</name>
    <message>
        <source>The server&apos;s signing key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>list: only events by this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: this action, or a prefix ending in &apos;.&apos; (project.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: TYPE or TYPE:ID, e.g. project:12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: from this time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: before this time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: events per page (1-200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: fetch every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More events: use --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was tampered with (%1 events checked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 newer events are committed but not sealed into the chain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, export: success or failure (refusals, failed sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: start a CSV file with a byte order mark (for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to this file (made whole or not at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-export: the server&apos;s public key (PEM or base64); without it, asked of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-export needs the export&apos;s file: adp audit verify-export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an export has every event the filters pass: --limit is for list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --file PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key (PEM, base64 or the server&apos;s JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events, complete and signed by key %3; nothing changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: csv (default), jsonl or pdf (a report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: write the PDF report to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the report&apos;s language, en (default) or zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs one of: list, verify, export, report --pdf FILE, verify-export FILE, signing-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --pdf PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events up to %1 were archived by retention; the chain verifies from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, export: only events in this organisation (id or slug), its projects&apos; too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, export: only events in this project (id or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, export: only events in this environment (an id, or a name with --project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--environment takes an id, or a name together with --project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStreamsCommand</name>
    <message>
        <source>Stream %1 &apos;%2&apos; to %3 (events: %4), %5; %6 sealed events after the last it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing (%1 tries): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification token (shown only now; the receiver gets it in X-Gitlab-Event-Streaming-Token): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the stream is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the receiver&apos;s HTTPS URL from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this action, or a prefix ending in &apos;.&apos; (project.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only success or failure (refusals, failed attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: send again, from where the stream stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, update: keep the stream&apos;s place but send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit streams needs list | create --name N --url-stdin [options] | show ID | update ID [options] | delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEHIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
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
        <source>Deleted audit stream %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create makes an active stream unless --inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthCommands</name>
    <message>
        <source>Server URL, e.g. http://127.0.0.1:8470</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the session could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available: the session is in %1 (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an API token from standard input instead of signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in through this provider (GitHub, GitLab, OpenID Connect) in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --provider: print the address to open instead of opening a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --server URL and one of --username NAME --password-stdin, --token-stdin, or --provider NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened your browser to sign in. If it did not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up waiting for the browser after %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetsCommand</name>
    <message>
        <source>not begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 &quot;%2&quot;: %3 %4 for %5, %6; alerts at %7%8. Spent %9, forecast %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (also on the forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1% on %2 at %3 (%4 %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--thresholds takes percentages such as 50,80,100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rule takes a notification rule&apos;s id (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation (slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation (default), project, environment or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project, project/environment or team (slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly (default) or custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom period&apos;s first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day after a custom period&apos;s last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what may be spent in a period, e.g. 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentages that alert, e.g. 50,80,100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also alert when the forecast reaches a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert on actual spend only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification rule alerts go through (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budgets needs --org O and one of: list, show ID, create --name N --amount A --currency C [--scope S --target T] [--period monthly|custom --start D --end D] [--thresholds 50,80,100] [--forecast] [--rule ID], update ID [...], delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORECAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted budget %1 and its alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: adp COMMAND [options]

Commands:
  login --server URL --username NAME --password-stdin   sign in and keep the session
  login --server URL --token-stdin                       use an API token (scripts, CI)
  login --server URL --provider NAME [--no-browser]      sign in through GitHub, GitLab or OpenID Connect
  logout                                                 sign out and forget the session
  whoami [--output json]                                 who the saved session belongs to
  projects list [--search TEXT] [--sort KEY] [--limit N] [--cursor C] [--all]
  projects show ID|SLUG
  projects create --name NAME --slug SLUG [--description TEXT] [--repository URL]
                  [--default-branch BRANCH] [--ci-config-path PATH] [--visibility private|internal|public]
                  [--organisation ORG]
  projects update ID|SLUG [the same options as create]
  projects delete ID|SLUG
  audit list [--actor NAME] [--action A|PREFIX.] [--target TYPE[:ID]] [--since T] [--until T] [--all]
  audit verify                                           check the hash chain (exit 1 when broken)
  audit export --file F [--format csv|jsonl] [--bom] [filters]   a signed export, checked on arrival
  audit report --pdf F [--language en|zh_CN] [filters]   a signed PDF report (at most 100,000 events)
  audit verify-export F [--public-key KEY]               offline: which events were changed or removed
  audit streams list | create --name N --url-stdin [--action A] [--outcome O] | show|update|delete ID
                                                         send new events to a SIEM as they are sealed
  compliance report [--since T] [--until T] [--stale-days N] [--rotation-days N] [--sign-in-threshold N]
                                                         every compliance check now (exit 1 when one fails)
  compliance schedules list | create --name N --frequency weekly|monthly --rule ID [limits] | show|update|
                       delete|run ID                      reports sent through a notification rule
  tokens list | create --name N [--scope api|read_api] [--expires-in DAYS] | revoke ID
  tokens --project S list | create --name N --role ROLE [...] | revoke ID   a project&apos;s tokens
  orgs list | show ORG | create --name N --slug S [--description D] | update ORG [...] | delete ORG
  teams --org ORG list | show TEAM | create --name N --slug S | update TEAM [...] | delete TEAM
  teams --org ORG add-member TEAM --user U | remove-member TEAM --user U
  members list|add|remove --project S|--org O [--user U | --team T] [--role ROLE]
          project roles: viewer, reporter, developer, maintainer; organisation: member, admin, owner
  invitations --org O list | create --email E [--role ROLE] | revoke ID
  invitations accept CODE                                join the organisation a code invites you to
  lint [FILE]                                            check a .gitlab-ci.yml here (no server needed)
  ai explain JOB | explain --log FILE                    why a job failed, from the built-in analyzers
                                                         (--log: a saved log, offline)
  ai scan PATH... [--allow FILE]                         secrets, and risky settings in .gitlab-ci.yml,
                                                         Dockerfiles and Kubernetes manifests (offline)
  ai advice --project S                                  slow, uncached, waiting, flaky and failing jobs,
                                                         from the project&apos;s own pipelines
  ai ask JOB [--provider ID]                             the organisation&apos;s model explains a failed job,
                                                         streamed, after the analyzers&apos; verdict
  ai review --project S --from A --to B [--provider ID]  what the security rules find in the lines a change
                                                         added, then the model&apos;s review by file and line
  ai risk --project S IID [--provider ID]                is this deployment risky? the rules&apos; level and reasons,
                                                         then the model&apos;s opinion
  ai savings --project S [--provider ID]                 how could it spend less? the rules&apos; savings, then
                                                         the model&apos;s plan
  ai answers --project S | rate ID up|down|none [--comment C] | stop ID
                                                         the models&apos; answers: what they cost, thumbs
  ai providers --org O list | create --name N --base-url U --model M [--api-key-stdin] | update ID | delete ID
                                                         the models an organisation lets its projects ask
  costs --org O summary|breakdown --from D --to D [--by B] [--interval day|week|month|none] [--where D=V]
                                                         what the organisation&apos;s cloud bills come to
  costs --org O export --from D --to D --file F [--format csv|focus]   daily sums, or every line as FOCUS
  costs --org O lines --from D --to D [--where D=V] [--limit N]   what it is made of: bill lines, job runs,
                                                         cluster workloads, storage, the costliest first
  costs --org O forecast --month YYYY-MM [--where D=V]   where the month&apos;s spend is heading, and how we know
  costs --org O savings [--project S] [--idle-days N] [--stale-days N]
                                                         ways to spend less, each with its monthly saving
  costs --org O allocation [--window W] [--aggregate A] [--share-namespaces N] [--share-split weighted|even]
        [--share-idle] [--no-idle]                       what connected clusters&apos; workloads cost (OpenCost)
  costs delta --project S IID [--days N]                 what a deployment changed: its environment&apos;s daily
                                                         cost before and after it
  costs --org O import FILE | imports | delete-import ID     FOCUS bills (CSV, up to 256 MiB)
  costs --org O rules | add-rule --match M --pattern P [--project S] [--environment E] [--team T]
        | update-rule ID | delete-rule ID                 how costs are attributed
  prices --org O list | set --meter M --price P --currency C --from D | delete ID   the price list for job
        time by executor, pod reservations and storage (the past is never repriced)
  budgets --org O list | show ID | create --name N --amount A --currency C [--scope S --target T]
        [--period monthly|custom --start D --end D] [--thresholds 50,80,100] [--forecast] [--rule ID]
        | update ID [...] | delete ID                  what may be spent, where it stands, alerts
  pipelines run --project S --ref R [-v KEY=VALUE]...   make a pipeline from the ref&apos;s .gitlab-ci.yml
  pipelines list --project S [--status S] [--limit N] | show ID | cancel ID | retry ID
  jobs play ID | retry ID | log ID [--follow] | artifacts ID [--path FILE]
                                                         a job: run it, again, read its log, fetch its artifacts
  variables --project S list | set KEY (--value V | --value-stdin) [--masked] [--protected] [--file]
            [--scope ENV] | delete KEY [--scope ENV]     CI/CD variables, per environment scope
  protected-refs --project S list | add NAME [--tag] | remove NAME [--tag]   protected branches and tags
  schedules --project S list | create --description D --cron C [--timezone Z] --ref R [-v K=V]... [--inactive]
  schedules show ID | update ID [options, --active] | delete ID | run ID
  schedules next --cron C [--timezone Z] [--count N]     when an expression fires (no server needed)
  notifications --project S list | create --name N --channel C --when W [--branch G]... [--url-stdin]
                [--secret-stdin] [--smtp-host H --from A --to A,B [--smtp-username U --password-stdin]]
  notifications show ID | update ID [options] | delete ID | deliveries ID   rules that post when pipelines end
  environments --project S list | show NAME | stop NAME | unpin NAME   where the project deploys, what runs there now
  environments --project S rules | settings | protect NAME [--action deploy|approve (--role R | --user U |
               --team T) [--approvals N]] [--hard-freeze on|off] [--self-approval on|off] | unprotect NAME
                                                         who may deploy to and approve for an environment
  deployments --project S list [--environment E] [--status S] [--limit N] [--cursor C] | show IID
  deployments --project S approve IID | reject IID [--comment C]
  deployments --project S rollback IID                   redeploy a successful deployment and pin its environment
  deployments --project S override-freeze IID            let a deployment a hard freeze holds go on now
  deployments --project S compare IID [--from IID]       the commits and files between two deployments
  freeze-windows --project S list | create --start CRON --end CRON [--timezone Z] | delete ID
                                                         deploy freeze windows (CI_DEPLOY_FREEZE)
  clusters --project S list | add --name N --kubeconfig FILE|- [--context C] | remove ID
                                                         Kubernetes clusters (the kubeconfig kept sealed)
  clusters --project S test ID | test --kubeconfig FILE|- [--context C]
                                                         what the cluster&apos;s API answers and may be asked
  kubernetes --project S targets | target ENV --cluster ID --manifests PATH [--namespace N]
             [--auto-rollback on|off] [--force-conflicts on|off] | untarget ENV | rollouts ENV [--limit N]
             [--service-account SA] | drift ENV
                                                         environments that deploy to Kubernetes, their rollouts

Options for every command: --output table|json, --server URL
Environment: ADP_SERVER and ADP_TOKEN override the saved session.
Exit codes: 0 success, 1 error, 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Not signed in. Run: adp login --server URL --username NAME --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1
Sign in again with adp login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adp: %1
See adp --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server&apos;s saved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active and --inactive exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClustersCommand</name>
    <message>
        <source>the project whose clusters these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the cluster&apos;s name in ADP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 (%2): %3, namespace %4, with a %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the cluster (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Kubernetes %1 (%2); namespace %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs as pods</source>
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
        <source>Deployments can use this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments cannot use this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs can run here as pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs cannot run here as pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, test: the kubeconfig file (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, test: the context to use (default: its current-context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of --project: the organisation whose clusters these are (for all its projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusters needs --project SLUG or --organisation SLUG and one of: list, add --name N --kubeconfig FILE [--context C], test ID, test --kubeconfig FILE [--context C], remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceCommand</name>
    <message>
        <source>tokens and accounts unused this many days are stale (90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets unchanged this many days are due for rotation (90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sign-ins in one hour that make a spike (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period&apos;s start (ISO 8601; 30 days before --until)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period&apos;s end (ISO 8601; now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance needs report [options] or schedules ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceSchedulesCommand</name>
    <message>
        <source>rule %1 &apos;%2&apos; of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 &apos;%2&apos;: %3 through %4, %5; next %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last sent %1: %n check(s) failed.</source>
        <translation>
            <numerusform>Last sent %1: %n check failed.</numerusform>
            <numerusform>Last sent %1: %n checks failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run %1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying (%1 tries): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the schedule is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly (Mondays) or monthly (the 1st), 00:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification rule (its id) the report goes through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: send reports again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, update: keep the schedule but send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance schedules needs list | create --name N --frequency F --rule ID [options] | show ID | update ID [options] | delete ID | run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREQUENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THROUGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED CHECKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
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
        <source>Deleted compliance schedule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create makes an active schedule unless --inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceText</name>
    <message>
        <source>Production deployments without the required approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments during a deploy freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members holding roles beyond their team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets not rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in spikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n examined</source>
        <translation>
            <numerusform>%n examined</numerusform>
            <numerusform>%n examined</numerusform>
        </translation>
    </message>
    <message>
        <source>passed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n findings</source>
        <translation>
            <numerusform>more than %n finding</numerusform>
            <numerusform>more than %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployed by %2 on %3: the environment has no approval rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 deployed by %2 on %3 with %n approval(s): its approval rules were not met</source>
        <translation>
            <numerusform>%1 deployed by %2 on %3 with %n approval: its approval rules were not met</numerusform>
            <numerusform>%1 deployed by %2 on %3 with %n approvals: its approval rules were not met</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deployed on %2 during a deploy freeze, let through by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 of %3 on their own; their teams (%4) are %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: never used in %n day(s)</source>
        <translation>
            <numerusform>%1: never used in %n day</numerusform>
            <numerusform>%1: never used in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: last used %2, %n day(s) ago</source>
        <translation>
            <numerusform>%1: last used %2, %n day ago</numerusform>
            <numerusform>%1: last used %2, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no sign-in and no token used in %n day(s)</source>
        <translation>
            <numerusform>%1: no sign-in and no token used in %n day</numerusform>
            <numerusform>%1: no sign-in and no token used in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: last set %2, %n day(s) ago</source>
        <translation>
            <numerusform>%1: last set %2, %n day ago</numerusform>
            <numerusform>%1: last set %2, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed sign-in(s), most for %2 from %3</source>
        <translation>
            <numerusform>%1: %n failed sign-in, most for %2 from %3</numerusform>
            <numerusform>%1: %n failed sign-ins, most for %2 from %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed</source>
        <translation>
            <numerusform>The %n check passed</numerusform>
            <numerusform>All %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed</source>
        <translation>
            <numerusform>%1 of %n check failed</numerusform>
            <numerusform>%1 of %n checks failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(audit events: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostsCommand</name>
    <message>
        <source>(unattributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1, environment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (position %2): %3 matching &apos;%4&apos; goes to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where takes DIMENSION=VALUE, e.g. provider=AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--position takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3 %4 (the period before: %5, change %6); unattributed %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the 256 MiB the server takes; import it on the server with adp-server costs import-focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n billing line(s) as import %1: %2, %3 to %4, billed %5 %6.</source>
        <translation>
            <numerusform>Imported %n billing line as import %1: %2, %3 to %4, billed %5 %6.</numerusform>
            <numerusform>Imported %n billing lines as import %1: %2, %3 to %4, billed %5 %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaces import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation (slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day, e.g. 2026-11-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day after the last, e.g. 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, week, month or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed or effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code (default: the newest bill&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only costs where DIMENSION=VALUE (repeatable; empty value: unattributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a rule looks at: provider, service, region, sub_account, sku or tag:KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wildcard pattern (* for any text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment of that project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team a rule gives costs to (slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where a rule stands; lower goes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BILLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted import %1 and its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --file PATH, and --format csv or focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: csv (daily sums) or focus (every line, FOCUS columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: where to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 so far; heading for %4 (between %5 and %6).
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: the month, e.g. 2026-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project, environment, team, provider, service, region, sub_account, category or executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n way(s) to spend less, %3 %4 a month in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SAVING/MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST/MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project a rule places costs in (slug); savings: only this project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>savings: an environment with no deployment for this many days is idle (14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>savings: artifacts and caches untouched for this many days are stale (30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 (%3): %4 %5 a day over the %6 day(s) before, %7 %5 a day over the %8 day(s) after: %9 %5 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta: days before and after the deployment (7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta needs --project P and a deployment&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 by %3: %4 %5 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU EFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIB-HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM EFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation: today, yesterday, week, month, lastweek, lastmonth, Nd, or FROM,TO (7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation: cluster, namespace, controllerKind, controller or label:KEY, comma-separated (namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation: namespaces whose cost is split among the others (a,b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation: weighted (by cost) or even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation: share idle capacity among the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation: leave idle capacity out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) found, %1 %2 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; the costliest %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines: how many to show, the costliest first (200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs needs --org O and one of: summary --from D --to D, breakdown --from D --to D [--by B] [--interval I] [--where D=V], export --from D --to D --file F [--format csv|focus], forecast --month M, savings [--project P], allocation [--window W] [--aggregate A], lines --from D --to D [--where D=V] [--limit N], import FILE, imports, delete-import ID, rules, add-rule --match M --pattern P [--project S] [--environment E] [--team T], update-rule ID [...], delete-rule ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerfileAudit</name>
    <message>
        <source>The base image %1 follows :latest: a rebuild may bring different software. Pin a version or a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download is piped straight into a shell while the image is built. Download, check a checksum, then run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD fetches a URL with no checksum. Prefer ADD --checksum=sha256:... or a checked download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 sets a secret in the image: anyone who pulls it can read it (docker history). Use a build secret (RUN --mount=type=secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image runs as root: add a USER other than root after the last FROM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentsCommand</name>
    <message>
        <source>#%1 %2 of %3 at %4 by %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 (%2, %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  url: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  running now: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  latest: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stops by itself: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment #%1 to %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  why: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 at %2, pipeline %3, job %4 (%5, attempt %6)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  by %1; started %2, finished %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project (ID or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNING NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only to this environment (name or ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: deployments to show (1-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: the page after this cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: --cursor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 by %2 %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect: deploy or approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect: the least project role it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect: the user it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect: the team it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect --action approve: how many must approve (1-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPROVALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approvals takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2 on %3 is now protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n rule(s) naming %1.</source>
        <translation>
            <numerusform>Removed %n rule naming %1.</numerusform>
            <numerusform>Removed %n rules naming %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>approve, reject: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pinned to #%1 by %2 at %3: automatic deploys wait (unpin to let them go)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rollback to #%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hard freeze %2, self-approval %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect: on holds deploy jobs while a freeze window is active; off lets them run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect: on lets whoever started a deployment approve it; off (the default) does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environments needs --project S list, rules, settings, or show|stop|unpin|protect|unprotect NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect needs --action deploy|approve, or --hard-freeze on|off, or --self-approval on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HARD FREEZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELF-APPROVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: the deployment to compare with (default: the successful one before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployments needs --project S list [filters], or show|approve|reject|rollback|override-freeze|compare IID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a deployment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 at %3 by %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Commits it takes away (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The same commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Commits it brings (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Files changed (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message>
        <source>The file does not start with the audit export&apos;s CSV header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are records after the proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof record is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not an audit event with a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record is longer than any export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no proof at its end: it was cut off before it was complete, or the proof was removed. Nothing in it can be trusted as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event with seq %1 does not follow from the records before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s signature does not match the public key: the proof was changed, or it was signed by another server&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof is for a %1 export, this file is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events were removed just before the event with seq %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event with seq %1 was inserted, or the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event with seq %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events %1 to %2 of the file were changed and their digests made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were removed from the end of the export.</source>
        <translation>
            <numerusform>%n event was removed from the end of the export.</numerusform>
            <numerusform>%n events were removed from the end of the export.</numerusform>
        </translation>
    </message>
    <message>
        <source>The proof names %1 events; the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first or last event is not the one the proof names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is larger than any audit report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The job ran out of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ran out of memory, or was killed for using too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not compile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command, package or library the job needs is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not allowed to do something it tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network connection or a registry failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s script has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule explains this failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is not a text log (%n byte(s) read); nothing was classified.</source>
        <translation>
            <numerusform>This is not a text log (%n byte read); nothing was classified.</numerusform>
            <numerusform>This is not a text log (%n bytes read); nothing was classified.</numerusform>
        </translation>
    </message>
    <message>
        <source>First bad line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing tests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the built-in analyzers: no model was asked and nothing left this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusReader</name>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a FOCUS 1.0-1.2 export: it has no %1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of Usage, Purchase, Tax, Credit, Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 charge cannot cost less than nothing unless it is a correction or takes usage back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, where the rows before are in %2: one import is one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billing period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charge period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte: not a text file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreezeWindowsCommand</name>
    <message>
        <source>active until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project whose deploy freezes these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: when a freeze starts (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: when it ends (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the IANA time zone of both (default UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze-windows needs --project SLUG and one of: list, create --start CRON --end CRON [--timezone Z], delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze window %1 (&apos;%2&apos; to &apos;%3&apos;, %4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted freeze window %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsCommand</name>
    <message>
        <source>The organisation to invite to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the address to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: member (default), admin or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations needs --org ORG with list, create --email E [--role R] or revoke ID; or accept CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations create needs --email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations revoke needs a numeric ID (see adp invitations --org ORG list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You joined %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVITED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1 to %2 as %3 until %4. Pass on this code, shown only now; they accept it with adp invitations accept CODE (or in the desktop app):
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked invitation %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>log: keep printing until the job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifacts: the file to write (default: the archive&apos;s name; - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs needs play ID, retry ID, log ID [--follow] or artifacts ID [--path FILE], with a numeric job ID (see adp pipelines show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts of job %1 arrived damaged (checksum mismatch); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the artifacts of job %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubernetesCommand</name>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: the cluster&apos;s id (adp clusters list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: the manifests&apos; file or directory in the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: the namespace (default: the cluster&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: redeploy the last healthy revision when a rollout fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: take fields other field managers own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollouts: how many (at most 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target needs --cluster ID and --manifests PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANIFESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTO-ROLLBACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster takes a cluster&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deploys to cluster %2, namespace %3, from %4 (automatic rollback %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer deploys to Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Kubernetes target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout %1 of job %2 at %3 on %4/%5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is as its rollout %2 left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drifted from its rollout %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 changed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run its deploy job again to re-sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: deploy jobs get a short-lived KUBECONFIG of it; executor: the job pods&apos; account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubernetes needs --project SLUG and one of: targets, target ENV --cluster ID --manifests PATH [--namespace N] [--auto-rollback on|off] [--force-conflicts on|off] [--service-account SA], untarget ENV, rollouts ENV [--limit N], drift ENV, executor [show], executor set [--cluster ID] [--namespace N] [--image I] [--helper-image I] [--service-account SA] [--node-selector label=value,...] [--cpu-request Q] [--cpu-limit Q] [--memory-request Q] [--memory-limit Q] [--max-cpu Q] [--max-memory Q], executor off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubernetesExecutorCommand</name>
    <message>
        <source>executor: the CPU a job&apos;s container requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the most CPU a job&apos;s container may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the memory a job&apos;s container requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the most memory a job&apos;s container may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the most CPU a job&apos;s KUBERNETES_CPU_* may ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the most memory a job&apos;s KUBERNETES_MEMORY_* may ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs run as pods on cluster %1, namespace %2, in %3 unless they name an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: request %1, limit %2, jobs may ask up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: request %1, limit %2, jobs may ask up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the image of jobs that name none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the image that fetches the workspace and returns files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor: the nodes jobs run on, as label=value,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s jobs run on the server&apos;s workers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster takes a cluster&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--node-selector takes label=value pairs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>lint takes one file (default .gitlab-ci.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid: %n error(s).</source>
        <translation>
            <numerusform>%1 is not valid: %n error.</numerusform>
            <numerusform>%1 is not valid: %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(earlier stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: starts at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n job(s).</source>
        <translation>
            <numerusform>%1 is valid: %n job.</numerusform>
            <numerusform>%1 is valid: %n jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestAudit</name>
    <message>
        <source>%1: container %2 is privileged: it is root on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2 runs as user 0 (root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2 may run as root: set securityContext.runAsNonRoot: true (or a runAsUser other than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2 does not set allowPrivilegeEscalation: false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2 has no resource limits: it may take the node&apos;s memory and CPU from its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2 has no readiness or liveness probe: traffic reaches it before it is ready, and a hung process is never restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container %2 runs %3, which follows :latest: what runs changes without a change here. Pin a version or a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares the node&apos;s %2: it sees and reaches what the node does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mounts a path of the node (%2): a way out of the container.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>The project (ID or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation, instead of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove: the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove: a team of the project&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: viewer, reporter, developer (default) or maintainer; in an organisation member (default), admin or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members needs list, add or remove, and exactly one of --project S or --org O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members %1 needs exactly one of --user U or --team T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation&apos;s members are users; teams are managed with adp teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu / Lark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsCommand</name>
    <message>
        <source>Rule %1 &apos;%2&apos;: %3 to %4 (%5) on %6, %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with a secret kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--branch and --every-branch exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin and --remove-secret exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smtp-port takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, create: the project (ID or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the rule is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook, slack, dingtalk, feishu, wecom or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure, recovery (a success after a failure) or always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only pipelines of this branch or glob (release/*); repeat for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: pipelines of every branch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the webhook URL (its token is in it) from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the signing secret (webhook, DingTalk, Feishu) from standard input, after the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: stop signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: the SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: its port (default 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: starttls (default), tls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: the user to sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: read the SMTP password from standard input, last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: the sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: recipients, comma-separated or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, update: keep the rule but send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications needs --project S list|create [options], or show|update|delete|deliveries ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create makes an active rule unless --inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRANCHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
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
        <source>PIPELINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted notification rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgsCommand</name>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL name: lowercase letters, digits, &apos;-&apos;, &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgs needs one of: list, show ORG, create --name N --slug S, update ORG, delete ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgs create needs --name and --slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), your role: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MY ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created organisation %1; you are its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted organisation %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeChoices</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More projects: add --cursor %1, or use --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI definition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineAdvisor</name>
    <message>
        <source>%1 takes %2 s at the median (p90 %3 s): %4% of the job time, about %5 minutes a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 is the slowest: %2 s at the median, waited for by every later stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs dependencies with no cache (%2 s at the median, %3 minutes a month): a cache: keyed on the lock file would keep them between runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stage %2) has no needs: and waits %3 s at the median for earlier stages. needs: on only the jobs it uses (or needs: []) would start it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed and failed on the same commit (%2 commit(s), %3 runs): it is flaky; fix or quarantine it rather than retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was retried in %2 of %3 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in %2 of %3 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in %2 of %3 pipelines (%4 minutes a month): if it checks only part of the repository, rules: changes would skip it when nothing there changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineAudit</name>
    <message>
        <source>The image %1 follows :latest: a job may run different software tomorrow. Pin a version, or a digest (@sha256:...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 has no tag, which means :latest. Pin a version, or a digest (@sha256:...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Docker-in-Docker) runs only on privileged runners, which give the job root on the host. Prefer a rootless builder (kaniko, buildah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download is piped straight into a shell: whoever controls that address (or the network on the way) runs code in the job. Download, check a checksum, then run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret variable is printed into the job log; masking hides only exact values, not encoded or partial ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinesCommand</name>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline %1 (%2) for %3 at %4: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project (ID or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: the branch or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: a pipeline variable KEY=VALUE; repeat for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only pipelines with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: pipelines to show (1-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelines run needs --ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-v takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelines show needs a numeric ID (see adp pipelines list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelines needs run --project S --ref R [-v KEY=VALUE], list --project S, or show|cancel|retry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelines %1 needs a numeric ID (see adp pipelines list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesCommand</name>
    <message>
        <source>the organisation (slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is priced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price per unit, e.g. 0.008</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day it applies, e.g. 2027-01-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices needs --org O and one of: list, set --meter M --price P --currency C --from YYYY-MM-DD, delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew price %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1: %2 costs %3 %4 per %5 from %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsCommand</name>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL name: lowercase letters, digits, &apos;-&apos;, &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repository URL or local path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch (main if not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private, internal or public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visibility must be private, internal or public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only projects matching this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: name, slug, created_at or updated_at; prefix - for descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: projects per page (1-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: continue after a previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: fetch every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects needs one of: list, show, create, update, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects %1 needs one ID or SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects %1 takes no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects create needs --name and --slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the organisation it belongs to (default: default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CI definition in the repository (default .gitlab-ci.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects update needs at least one of --name, --slug, --description, --repository, --ci-config-path, --default-branch, --visibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedRefsCommand</name>
    <message>
        <source>the project whose branches and tags these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove: a tag (or tag wildcard), not a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected-refs needs --project SLUG and one of: list, add NAME, remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags named %1 are now protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches named %1 are now protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADP audit report, made %1 UTC by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by key %1; check with: adp audit verify-export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every event in the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole audit trail of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of this server&apos;s audit trail that pass the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (the first and last event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of this report are inside this PDF as a signed JSON Lines export, and the server signed the PDF itself with its Ed25519 key. Anyone holding the server&apos;s public key (GET /.well-known/adp-audit-signing-key) can check both offline with &quot;adp audit verify-export FILE&quot;, which names any event changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain head when made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked against the server&apos;s key before printing: %n event(s), complete and signed.</source>
        <translation>
            <numerusform>Checked against the server&apos;s key before printing: %n event, complete and signed.</numerusform>
            <numerusform>Checked against the server&apos;s key before printing: %n events, complete and signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against the server&apos;s key before printing: it does NOT verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) checked from the first event to the head.</source>
        <translation>
            <numerusform>Intact: %n event checked from the first event to the head.</numerusform>
            <numerusform>Intact: %n events checked from the first event to the head.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BROKEN: %n event(s) checked; the trail was tampered with.</source>
        <translation>
            <numerusform>BROKEN: %n event checked; the trail was tampered with.</numerusform>
            <numerusform>BROKEN: %n events checked; the trail was tampered with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) committed but not sealed into the chain yet.</source>
        <translation>
            <numerusform>%n event committed but not sealed into the chain yet.</numerusform>
            <numerusform>%n events committed but not sealed into the chain yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event passes the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq %1, chain hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events up to seq %1 were archived by retention (signed files kept apart); the chain verifies from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a chain verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON Lines audit export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMain</name>
    <message>
        <source>adp-audit-report needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-key is not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>The PDF ends before its end-of-file marker: it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF carries no audit report proof: it was not made by ADP, or it was saved again by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was changed after the server signed it (its pages, its metadata or the events inside), or another server&apos;s key signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events inside the report are missing or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingsAdvisor</name>
    <message>
        <source>%1 in %2 was never deployed to in %3 days and still costs this much a month (what the last %4 days cost): stop it, or let it auto-stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 has had no deployment for %3 days and still costs this much a month (what the last %4 days cost): stop it, or let it auto-stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 was retried %3 time(s) in %4 runs over %5 days: what the retries cost is saved by fixing why it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 installs dependencies with no cache (%3 runs, %4 minutes over %5 days): a cache: keyed on the lock file; the saving assumes %6% of its cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is slow and runs in every pipeline (%3 runs, %4 minutes over %5 days): rules: changes would skip it when nothing it checks changed; the saving assumes %6% of its cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps %2 GB of artifacts in %3 file(s) older than %4 days that never expire: set artifacts: expire_in, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps %2 GB of caches in %3 key(s) no job has saved for %4 days: delete the ones no job restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 requests %3m CPU and %4 MiB per pod; the 95th percentile of what its pods used over %5 day(s) is %6m and %7 MiB: requests of %8m and %9 MiB leave %10% headroom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingsText</name>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesCommand</name>
    <message>
        <source>Schedule %1 (%2): &apos;%3&apos; in %4 for %5, %6, owned by %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  next: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last run made no pipeline: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-v takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, create: the project (ID or slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the schedule is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when: five cron fields (&quot;30 2 * * *&quot;) or @daily, @hourly...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cron&apos;s time zone (IANA name; default UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch or tag to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipeline variable KEY=VALUE; repeat for several (update: replaces them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, update: keep it but do not run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: how many times to show (1-50, default 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedules needs --project S list|create [options], show|update|delete|run ID, or next --cron C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create makes an active schedule unless --inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
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
        <source>Pipeline %1 (%2) for %3 at %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted schedule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedules next needs --cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be from 1 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin or UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cron expression is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>an AWS access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GitHub fine-grained token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GitLab token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Stripe live key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an npm token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PyPI token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password in a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given a value that looks like a secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsCommand</name>
    <message>
        <source>The organisation the team belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-member, remove-member: the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams needs --org ORG and one of: list, show TEAM, create --name N --slug S, update TEAM, delete TEAM, add-member TEAM --user U, remove-member TEAM --user U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams create needs --name and --slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams %1 needs --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in team %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left team %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>create: what the token is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: api (default) or read_api; repeat for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: days until it expires (1-365, default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens needs one of: list, create --name NAME, revoke ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens create needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-in must be a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 (&quot;%2&quot;, %3) expires %4. Copy it now: it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens revoke needs a numeric ID (see adp tokens list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project&apos;s tokens instead of your own (its maintainers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create --project: the token&apos;s role there (viewer, reporter, developer, maintainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project token needs both --project and --role; a personal token neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For project %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariablesCommand</name>
    <message>
        <source>the project whose variables these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the value (visible in your shell&apos;s history; see --value-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: read the value from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: never show the value back and write [MASKED] for it in job logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables needs --project SLUG and one of: list, set KEY, delete KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables set needs one of --value VALUE or --value-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[masked]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: only pipelines of protected branches and tags receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: jobs receive the path of a file holding the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, delete: the environments it is for (a name, or a wildcard such as review/*; default *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
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
        <source>Deleted variable %1 (scope %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set variable %1 for %2 (masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set variable %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AddMemberDialog</name>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AiProviderDialog</name>
    <message>
        <source>Change the model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Local Qwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:11434/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any OpenAI-compatible chat completions endpoint: OpenAI, Azure OpenAI, DeepSeek, Qwen, Ollama, vLLM, llama.cpp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. qwen2.5-coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept unless you type a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (local servers often need none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of a million prompt tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hundredths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of a million answer tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AiProvidersTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisation&apos;s admins and owners manage its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1, answer %2 (hundredths of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the model %1? Answers it gave are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ApprovalNotifier</name>
    <message>
        <source>Deployment waits for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of %2 to %3 (%4, asked by %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AssistantPanel</name>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Assistant&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the built-in analyzers: no model was asked and nothing left the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a job to see why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained once the job has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first bad line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1; click to show this line in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flaky: the same job ended differently on the same commit; a retry may pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ended: %1. Explain reads its log all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first bad line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AuditExportTask</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled; no file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the server&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AuditModel</name>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AuditScopePicker</name>
    <message>
        <source>Organisation or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations and projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AuditStreamsDialog</name>
    <message>
        <source>Audit streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stream sends every new audit event its filters pass to a receiver (a SIEM&apos;s HTTPS endpoint), in order, at least once, in GitLab&apos;s streaming event shape. A receiver that is down falls behind and catches up; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit stream added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver gets this verification token in the X-Gitlab-Event-Streaming-Token header of every event. It is shown only now:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an audit stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every action, or one, or a prefix like project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the audit stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the audit stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the audit stream &quot;%1&quot;? Its receiver gets nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the audit stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::AuditView</name>
    <message>
        <source>Actor (username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, or a prefix like project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target, e.g. project or project:12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 newer events are committed but not sealed into the chain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2; the file is complete and its signature holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export saved to %1 does not verify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the filters pass as CSV, JSON Lines or a PDF report, signed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events up to %1 were archived by retention; the chain verifies from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send new audit events to a SIEM as they are sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check deployments, roles, tokens, accounts, secrets, sign-ins and the chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::BudgetBurnDown</name>
    <message>
        <source>%1: spent against %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast band (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::BudgetDialog</name>
    <message>
        <source>Change the budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop&apos;s cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project slug, project/environment or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From one day to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert at (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50, 80, 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when the forecast crosses a threshold, too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be whole percents separated by commas, such as 50, 80, 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::BudgetNotifier</name>
    <message>
        <source>Budget %1 is forecast to reach %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 reached %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ChangeReviewDialog</name>
    <message>
        <source>Review a change in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch, tag or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the security rules find in the lines a change adds, then the model&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rules found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1..%2: %3 commit(s), %4 file(s) changed; the rules found %5 thing(s) in the lines it adds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::CitedFileDialog</name>
    <message>
        <source>The cited file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (%3), line %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ClusterAllocationPanel</name>
    <message>
        <source>Share idle capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label key, e.g. team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kube-system,monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces whose cost is split among the other rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split shared cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread what the nodes offered and no workload took over the rows, by their CPU and memory cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster cost allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cores taken on average: max(request, usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage over request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the clusters&apos; costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %3 across %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Idle capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the clusters&apos; costs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ClusterDialog</name>
    <message>
        <source>Add a Kubernetes cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production (lower-case, digits, -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig&apos;s current-context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a kubeconfig with an inline token or client certificate, or load a file. It is stored sealed and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ClustersPanel</name>
    <message>
        <source>Remove cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Kubernetes cluster from a kubeconfig with an inline token or client certificate; environments will deploy to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cluster %1 (%2)? Its sealed kubeconfig is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers add, test and remove clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster belongs to the organisation: its admins remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ComplianceDialog</name>
    <message>
        <source>Compliance checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (deployments, sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and accounts unused for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets unchanged for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins in one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a finding to see its audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period has to start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the compliance checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Period: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports sent every week or month through a notification rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ComplianceSchedulesDialog</name>
    <message>
        <source>Scheduled compliance reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each schedule sends the compliance report of the week (Mondays) or month (the 1st) before, at 00:00 UTC, through a project&apos;s notification rule: its chat service, webhook or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scheduled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly (Mondays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly (the 1st)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of a project&apos;s notification rule (project settings, Notifications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the scheduled reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the scheduled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the scheduled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scheduled report &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the scheduled report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ConnectionDialog</name>
    <message>
        <source>Connect to ADP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (starts a private server, no setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://adp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ConnectionReportView</name>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the credentials may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server could not be reached. Check its address and that this server may connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: the API server&apos;s certificate is not signed by the kubeconfig&apos;s CA, or the client certificate was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server did not accept the credentials; the token may have expired or been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments and jobs can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments can use it; jobs cannot run here as pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs can run here as pods; deployments cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither deployments nor jobs can use it with these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Kubernetes %1 (%2), namespace %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs as pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::CostLinesDialog</name>
    <message>
        <source>What %1 is made of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle cluster capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The costliest %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::CostSeries</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::CostsView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cost chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top spenders chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs yet: import a bill or set prices for what ADP measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 bytes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget burn-up chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun: its period starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· forecast %1 (%2%) by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% forecast on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% reached on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators add budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Its alerts are forgotten; the costs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budgets yet: an administrator adds them with New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these costs are made of: bill lines, job runs, cluster workloads, storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::DailyCostChart</name>
    <message>
        <source>Daily cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::DeploymentRiskPanel</name>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules weigh what it brings and where it goes; the organisation&apos;s model, when it has one, gives its opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers and up weigh a deployment&apos;s risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not weighed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the rules, for #%2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out: a small change to a quiet environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::DesktopSession</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADP created the account &quot;admin&quot; on this computer.

Password: %1

You are signed in already; keep this password to sign in from the command line. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but the session could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain was found: your session is kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADP could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is for the server %1; you are signed in to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::EnvironmentsView</name>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deployed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pinned to #%1 by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the deployment brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments yet: a job with environment: in .gitlab-ci.yml makes one when its pipeline runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments to %1 with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1, pipeline #%2, %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deployed here before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Since #%1 it takes away %n commit(s):</source>
        <translation>
            <numerusform>Since #%1 it takes away %n commit:</numerusform>
            <numerusform>Since #%1 it takes away %n commits:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since #%1 it brings %n commit(s):</source>
        <translation>
            <numerusform>Since #%1 it brings %n commit:</numerusform>
            <numerusform>Since #%1 it brings %n commits:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed:</source>
        <translation>
            <numerusform>%n file changed:</numerusform>
            <numerusform>%n files changed:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1? Its stop job runs, or it is stopped at once when it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinning the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy #%1 (%2, commit %3) to %4 again? The environment stays pinned to it until someone unpins it or deploys on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection and freezes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintainers change who may deploy and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline #%1: %2, %3 of %4 jobs passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading pipeline #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job with &quot;environment:&quot; in .gitlab-ci.yml makes one when it deploys; its history starts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::GuidedTour</name>
    <message>
        <source>Skip the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::HomeView</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments waiting for your approval and pipelines you started that failed show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing runs right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a pipeline in one of your projects and follow it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines of every project you can see appear here as they run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve deployment #%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline #%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::InvitationsTab</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this code to %1. It is shown only now and works once, until %2. They sign in and choose &quot;Join with a code…&quot; (or run adp invitations accept CODE).

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisation&apos;s admins and owners invite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::KubernetesPanel</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollout&apos;s objects and their health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers choose where an environment deploys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment to see where it deploys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading where it deploys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys to Kubernetes: cluster %1, namespace %2, manifests %3; automatic rollback %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not deploy to Kubernetes: its deploy jobs run their scripts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rollout yet: the next deploy job applies the manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout of job #%1 (commit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the live objects with what the latest rollout applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers and maintainers check drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift: the live objects are as the rollout left them (checked %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifted (checked %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 changed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the deploy job again to re-sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking drift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::KubernetesTargetDialog</name>
    <message>
        <source>Deploy %1 to Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file or directory in the repository, e.g. deploy/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the last healthy revision when a rollout fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take fields other field managers own (force conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, namespace %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no clusters yet: add one in Settings &gt; Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account for jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: deploy jobs get a short-lived KUBECONFIG of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::LocalServerLauncher</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server did not start within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::Locator</name>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project, #pipeline or action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening pipeline #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::LogView</name>
    <message>
        <source>Job log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::LogViewer</name>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view as the log grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first line that reports an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when none are selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::LoginDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with GitHub (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with GitLab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or with a local account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot wait for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::MainWindow</name>
    <message>
        <source>ADP — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (administrator) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting live updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ADP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ADP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADP %1 — the AI DevOps Platform for small teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
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
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a project, a pipeline or an action (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on the server show at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 (Ctrl+W closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ADP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home shows what needs you and what runs now. Every project you open gets its own row here, with its overview, pipelines, environments and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first pipeline is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project ran its pipeline when ADP started. Double-click a job to watch its log live; the jobs, their stages and their needs are drawn as a graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go anywhere with Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a project&apos;s name, a pipeline&apos;s number (#42) or an action. Alt+Left and Alt+Right go back and forward, F5 refreshes, Ctrl+W closes a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View ▸ Theme switches between light and dark; the window remembers its size and panes. Help ▸ Guided tour shows this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ModelAnswerView</name>
    <message>
        <source>The model&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the organisation&apos;s model to explain this failure; masked values and secrets are taken out of what it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first words after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found it helpful, %2 not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The model&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model says is its own words; what the rules found is above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is configured for this organisation: what is shown above is the built-in rules&apos; answer alone, and nothing left the server. Administrators add one under Organisations ▸ AI models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? A word for the team, sent with your thumb (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the answer helped or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (helpful): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not helpful): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Helpful or Not helpful first: the word goes with your thumb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::NotificationRuleDialog</name>
    <message>
        <source>Edit notification rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notification rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures on main to the team chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a pipeline ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main, release/* (empty: every branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1 (type a new URL to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.example.com/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (never sends a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev@example.com, ops@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send somewhere else, add another rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::NotificationRulesPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete notification rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers may change its notification rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification rules hold webhook tokens and mail passwords, so only the project&apos;s maintainers may see and change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rule posts to a chat or sends an email when a pipeline ends. Secrets are never shown back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the notification rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every branch</source>
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
        <source>Select a rule to see what it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of %1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the notification rule &quot;%1&quot; and its delivery log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule posts to a chat (Slack, DingTalk, Feishu, WeCom, a webhook) or sends an email when a pipeline ends, on the branches and outcomes you choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::OrganisationsView</name>
    <message>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the selected team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team %1? Its project roles go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisation&apos;s admins and owners may change this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the team&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join with a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining with the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::PipelineGraph</name>
    <message>
        <source>Pipeline graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: an earlier job it depends on did not pass, or its rules left it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::PipelineNotifier</name>
    <message>
        <source>Pipeline #%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline #%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline #%1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1. Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1, %2. Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::PipelinesModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::PipelinesView</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers and maintainers of %1 can do this; your role here is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a pipeline for a branch or tag, with variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed and canceled jobs of the selected pipeline again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected pipeline&apos;s jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a desktop notification when the selected pipeline ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run manual job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the manual job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected job again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected manual job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the project&apos;s .gitlab-ci.yml on a branch, or push to its repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters to see every pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the security rules and the organisation&apos;s model say of a change between two refs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProfileView</name>
    <message>
        <source>%1, administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out that session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out your other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://github.com/acme/payments.git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private — members only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal — everyone in the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public — every signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project stays in the organisation it was created in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI definition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectGeneralPanel</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers may change or delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; (%2) with its pipelines, environments and settings? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectMembersPanel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers may change its members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectOverview</name>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest pipeline per branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the project&apos;s .gitlab-ci.yml on a branch to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job with &quot;environment:&quot; in .gitlab-ci.yml makes one when it deploys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: %1
Default branch: %2
Definition: %3
Visibility: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectSettings</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectTokensPanel</name>
    <message>
        <source>A project token reaches this project only, with the role you give it, and never more than you may do here yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers manage its tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectWorkspace</name>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · your role: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectsModel</name>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectsView</name>
    <message>
        <source>Search projects by name, slug or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project runs the .gitlab-ci.yml of a git repository. Make the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProtectionPanel</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may deploy and approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name or a wildcard such as review/*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>developer, maintainer; a username; a team&apos;s slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, user or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard freeze: hold deploy jobs while a freeze window is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever started a deployment may approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy freeze windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the freeze window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the freeze window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ProvidersView</name>
    <message>
        <source>People can sign in with these providers. Register ADP with each one as an OAuth application whose redirect URI is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Nobody can sign in with it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sign-in provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. github or corp; part of the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub (OAuth app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab (gitlab.com or self-hosted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect (any issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://id.example.com (OIDC), or your GitLab&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first sign-in may join the local account with the same verified email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in providers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one, people sign in with a password. Add GitHub, GitLab or any OpenID Connect provider so they can use the account they already have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::RepositoryPanel</name>
    <message>
        <source>Repository access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token that may read the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: derived from the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: owner/name from its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret replaces the old one; it is shown here once, with the URLs to give GitHub or GitLab, so pushes and merge requests start pipelines at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: a random one (or 16-256 characters of your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret and URLs appear here once set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the repository token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 token is set for %2 (API %3), since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token: a public repository, or one the server reaches by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret (shown once): %1
GitHub: %2 (content type application/json; push, pull request and create events)
GitLab: %3 (secret token; push, tag push and merge request events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::RunPipelineDialog</name>
    <message>
        <source>Run pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch, tag or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::SavingsPanel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle after days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment with no deployment for this many days is idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts and caches untouched for this many days are stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to spend less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing the last 30 days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing the savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n way(s) to spend less, %3 a month in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project to ask the model how it could spend less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the organisation&apos;s model how %1 could spend less, from these figures; masked values are taken out of what it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::ScheduleDialog</name>
    <message>
        <source>Edit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nightly build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each variable as KEY=VALUE on a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::SchedulesPanel</name>
    <message>
        <source>Delete schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline #%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the schedule &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule runs a branch&apos;s pipeline at the times a cron line gives, in your time zone or another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time ADP starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::TokensPanel</name>
    <message>
        <source>API tokens for scripts and CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was created. Copy it now: it is not shown again.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, e.g. nightly deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything its role allows (api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you may do (api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only (read_api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token lets a script or CI job use the API as you would, with the scopes and expiry you give it; revoke it when it is not needed any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::TopSpendersChart</name>
    <message>
        <source>Top spenders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::VariableDialog</name>
    <message>
        <source>Edit variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* for all, a name, or a wildcard such as review/*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (the job gets a path to a file holding the value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked: never shown back, [MASKED] in job logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: only pipelines of protected branches and tags get it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked: type the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::app::VariablesPanel</name>
    <message>
        <source>Delete variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[masked]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 for %2? Jobs no longer get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variables yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables reach every job of the project&apos;s pipelines; masked ones never show in logs. Scope one to an environment to give it a value there only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::shared::ApiClient</name>
    <message>
        <source>Cannot write what arrives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was cut off before its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>adp::shared::LoopbackSignIn</name>
    <message>
        <source>Not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer is not the one ADP is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to ADP. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
