<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>login needs --server URL --username NAME --password-stdin</source>
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
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: adp COMMAND [options]

Commands:
  login --server URL --username NAME --password-stdin   sign in and keep the session
  logout                                                 sign out and forget the session
  whoami [--output json]                                 who the saved session belongs to
  projects list [--search TEXT] [--sort KEY] [--limit N] [--cursor C] [--all]
  projects show ID|SLUG
  projects create --name NAME --slug SLUG [--description TEXT] [--repository URL]
                  [--default-branch BRANCH] [--visibility private|internal|public]
  projects update ID|SLUG [the same options as create]
  projects delete ID|SLUG

Options for every command: --output table|json, --server URL
Environment: ADP_SERVER and ADP_TOKEN override the saved session.
Exit codes: 0 success, 1 error, 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
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
        <source>table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server&apos;s saved session</source>
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
        <source>--output must be table or json</source>
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
        <source>projects update needs at least one of --name, --slug, --description, --repository, --default-branch, --visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
