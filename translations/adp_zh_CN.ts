<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AiAnswersCommand</name>
    <message>
        <source>ask: which of the organisation&apos;s models (id; default: its first)</source>
        <translation>ask：使用组织的哪个模型（ID；默认：第一个）</translation>
    </message>
    <message>
        <source>rate: a word on why</source>
        <translation>rate：简短说明原因</translation>
    </message>
    <message>
        <source>--provider takes a provider&apos;s id (see adp ai providers --org O list)</source>
        <translation>--provider 需要提供方的 ID（见 adp ai providers --org O list）</translation>
    </message>
    <message>
        <source>ask needs a numeric job id</source>
        <translation>ask 需要数字作业 ID</translation>
    </message>
    <message>
        <source>answers needs --project P</source>
        <translation>answers 需要 --project P</translation>
    </message>
    <message>
        <source>rate needs an answer&apos;s id and up, down or none</source>
        <translation>rate 需要回答的 ID，以及 up、down 或 none</translation>
    </message>
    <message>
        <source>stop needs an answer&apos;s id</source>
        <translation>stop 需要回答的 ID</translation>
    </message>
    <message>
        <source>%1 + %2 tokens, %3 %4</source>
        <translation>%1 + %2 个 token，%3 %4</translation>
    </message>
    <message>
        <source>no token count</source>
        <translation>无 token 计数</translation>
    </message>
    <message>
        <source>— %1 (%2), answer %3: %4.</source>
        <translation>— %1（%2），回答 %3：%4。</translation>
    </message>
    <message>
        <source>— %1 (%2), answer %3: stopped; %4.</source>
        <translation>— %1（%2），回答 %3：已停止；%4。</translation>
    </message>
    <message>
        <source>— %1 (%2), answer %3 failed: %4.</source>
        <translation>— %1（%2），回答 %3 失败：%4。</translation>
    </message>
    <message>
        <source>Job %1 (%2), %3</source>
        <translation>作业 %1（%2），%3</translation>
    </message>
    <message>
        <source>%1 (%2) says:</source>
        <translation>%1（%2）说：</translation>
    </message>
    <message>
        <source>The model declined: %1</source>
        <translation>模型拒绝回答：%1</translation>
    </message>
    <message>
        <source>What the rules found is above; the model&apos;s words are its own. Rate it: adp ai rate %1 up|down</source>
        <translation>以上是规则的发现；模型的话仅代表模型本身。评价它：adp ai rate %1 up|down</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>ASKED BY</source>
        <translation>提问者</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>THUMBS</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Answer %1: %2 up, %3 down.</source>
        <translation>回答 %1：%2 赞，%3 踩。</translation>
    </message>
    <message>
        <source>Answer %1 is being stopped.</source>
        <translation>正在停止回答 %1。</translation>
    </message>
    <message>
        <source>review: where the change starts (a branch, tag or commit)</source>
        <translation>review：变更的起点（分支、标签或提交）</translation>
    </message>
    <message>
        <source>review: where it ends</source>
        <translation>review：变更的终点</translation>
    </message>
    <message>
        <source>review needs --project P --from A --to B</source>
        <translation>review 需要 --project P --from A --to B</translation>
    </message>
    <message numerus="yes">
        <source>%1..%2: %n commit(s)</source>
        <translation>
            <numerusform>%1..%2：%n 个提交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed.</source>
        <translation>
            <numerusform>%n 个文件有变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>The security rules found nothing in the lines this change added.</source>
        <translation>安全规则在此变更新增的行中没有发现问题。</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>risk needs --project P and a deployment&apos;s number</source>
        <translation>risk 需要 --project P 和部署编号</translation>
    </message>
    <message>
        <source>Deployment #%1 to %2: %3 risk, by the rules.</source>
        <translation>部署 #%1 到 %2：按规则判断为 %3 风险。</translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n commit(s)</source>
        <translation>
            <numerusform>自 %1 以来：%n 个提交</numerusform>
        </translation>
    </message>
    <message>
        <source>review, risk, savings, answers: the project (id or slug)</source>
        <translation>review、risk、savings、answers：项目（id 或 slug）</translation>
    </message>
    <message>
        <source>savings needs --project P</source>
        <translation>savings 需要 --project P</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3: %n way(s) to spend less, %4 %5 a month, by the rules.</source>
        <translation>
            <numerusform>%1，%2 至 %3：按规则有 %n 项节省建议，每月 %4 %5。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AiCommand</name>
    <message>
        <source>explain: a saved job log to analyze here, offline (no server needed)</source>
        <translation>explain：在本机离线分析的已保存作业日志（无需服务器）</translation>
    </message>
    <message>
        <source>explain takes a job id or --log FILE, not both</source>
        <translation>explain 接受作业 ID 或 --log FILE，不能同时使用</translation>
    </message>
    <message>
        <source>explain needs a numeric job id (see adp pipelines show ID), or --log FILE</source>
        <translation>explain 需要数字作业 ID（参见 adp pipelines show ID），或 --log FILE</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>这是一个目录</translation>
    </message>
    <message>
        <source>Job %1 (%2), %3</source>
        <translation>作业 %1（%2），%3</translation>
    </message>
    <message>
        <source>Flaky: the same job ended differently on the same commit (%1).</source>
        <translation>不稳定：同一作业在同一提交上的结果不同（%1）。</translation>
    </message>
    <message>
        <source>scan: a file of allowed fingerprints (one per line; # comments), as the findings show them</source>
        <translation>scan：允许的指纹文件（每行一个；# 为注释），指纹取自发现项</translation>
    </message>
    <message>
        <source>scan needs one or more files or folders</source>
        <translation>scan 需要一个或多个文件或文件夹</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) scanned; nothing found.</source>
        <translation>
            <numerusform>已扫描 %n 个文件；未发现问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n 项发现。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) scanned.</source>
        <translation>
            <numerusform>已扫描 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow one by its fingerprint (--allow FILE) or by &quot;adp:allow&quot; on its line.</source>
        <translation>可按指纹（--allow FILE）或在该行加上“adp:allow”来允许某一项。</translation>
    </message>
    <message>
        <source>advice: the project (id or slug)</source>
        <translation>advice：项目（ID 或标识）</translation>
    </message>
    <message>
        <source>advice needs --project P</source>
        <translation>advice 需要 --project P</translation>
    </message>
    <message>
        <source>ai needs: explain JOB, explain --log FILE, scan PATH... or advice --project P</source>
        <translation>ai 需要：explain JOB、explain --log FILE、scan PATH... 或 advice --project P</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pipeline(s) examined.</source>
        <translation>
            <numerusform>%1：已检查 %n 条流水线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to advise: no job stands out.</source>
        <translation>没有建议：没有特别突出的作业。</translation>
    </message>
    <message>
        <source>From the built-in analyzers over the project&apos;s own pipelines; no model was asked.</source>
        <translation>来自内置分析器对项目自身流水线的分析；未询问任何模型。</translation>
    </message>
    <message>
        <source>What it could save a month, from its last 30 days&apos; costs:</source>
        <translation>按最近 30 天的成本，每月可节省：</translation>
    </message>
    <message>
        <source>Nothing to save: no cost stands out.</source>
        <translation>无可节省：没有突出的成本。</translation>
    </message>
</context>
<context>
    <name>AiProvidersCommand</name>
    <message>
        <source>Provider %1 &apos;%2&apos;: %3 at %4, key %5, %6 s, at most %7 tokens.</source>
        <translation>提供方 %1“%2”：%4 上的 %3，密钥 %5，%6 秒，最多 %7 个令牌。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--%1 takes a whole number</source>
        <translation>--%1 需要一个整数</translation>
    </message>
    <message>
        <source>the organisation (slug)</source>
        <translation>组织（标识）</translation>
    </message>
    <message>
        <source>what the provider is called</source>
        <translation>提供方的名称</translation>
    </message>
    <message>
        <source>the OpenAI-compatible endpoint, e.g. https://api.openai.com/v1</source>
        <translation>兼容 OpenAI 的端点，例如 https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model to ask</source>
        <translation>要询问的模型</translation>
    </message>
    <message>
        <source>read the API key from standard input (empty: none)</source>
        <translation>从标准输入读取 API 密钥（为空：无密钥）</translation>
    </message>
    <message>
        <source>seconds an answer may take (1-600)</source>
        <translation>一次回答允许的秒数（1-600）</translation>
    </message>
    <message>
        <source>tokens an answer may have (1-32768)</source>
        <translation>一次回答允许的令牌数（1-32768）</translation>
    </message>
    <message>
        <source>price per million prompt tokens, in cents</source>
        <translation>每百万提示令牌的价格（分）</translation>
    </message>
    <message>
        <source>price per million answer tokens, in cents</source>
        <translation>每百万回答令牌的价格（分）</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the prices (USD)</source>
        <translation>价格的 ISO 4217 货币（USD）</translation>
    </message>
    <message>
        <source>ai providers needs --org O and one of: list, create --name N --base-url U --model M [--api-key-stdin] [options], update ID [options], delete ID</source>
        <translation>ai providers 需要 --org O 以及以下之一：list、create --name N --base-url U --model M [--api-key-stdin] [选项]、update ID [选项]、delete ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>MAX TOKENS</source>
        <translation>最大令牌数</translation>
    </message>
    <message>
        <source>Deleted provider %1.</source>
        <translation>已删除提供方 %1。</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>内容过短。</translation>
    </message>
    <message>
        <source>This is already taken.</source>
        <translation>已被占用。</translation>
    </message>
    <message>
        <source>Use 2–64 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>请使用 2–64 个小写字母、数字、“-”或“_”，并以字母开头。</translation>
    </message>
    <message>
        <source>Use an https, ssh, git or file URL, user@host:path, or an absolute path.</source>
        <translation>请使用 https、ssh、git 或 file 地址、user@host:path 形式，或绝对路径。</translation>
    </message>
    <message>
        <source>This is not a valid git branch name.</source>
        <translation>这不是有效的 git 分支名。</translation>
    </message>
    <message>
        <source>Control characters are not allowed.</source>
        <translation>不允许包含控制字符。</translation>
    </message>
    <message>
        <source>%1 failed: the server cannot be reached (%2).</source>
        <translation>%1失败：无法连接服务器（%2）。</translation>
    </message>
    <message>
        <source>%1 failed: your session has ended. Sign in again.</source>
        <translation>%1失败：会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>%1 failed: you are not allowed to do this.</source>
        <translation>%1失败：您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>%1 failed: the server had a problem (request %2).</source>
        <translation>%1失败：服务器出错（请求 %2）。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1 failed: not found (%2).</source>
        <translation>%1失败：未找到（%2）。</translation>
    </message>
    <message>
        <source>Use a relative path inside the repository to a .yml or .yaml file.</source>
        <translation>请使用仓库内指向 .yml 或 .yaml 文件的相对路径。</translation>
    </message>
</context>
<context>
    <name>AuditApi</name>
    <message>
        <source>The server&apos;s signing key is not an Ed25519 key.</source>
        <translation>服务器的签名密钥不是 Ed25519 密钥。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>list: only events by this user</source>
        <translation>list：仅显示此用户的事件</translation>
    </message>
    <message>
        <source>list: this action, or a prefix ending in &apos;.&apos; (project.)</source>
        <translation>list：此操作，或以“.”结尾的前缀（如 project.）</translation>
    </message>
    <message>
        <source>list: TYPE or TYPE:ID, e.g. project:12</source>
        <translation>list：类型或 类型:ID，例如 project:12</translation>
    </message>
    <message>
        <source>list: from this time (ISO 8601)</source>
        <translation>list：从此时间开始（ISO 8601）</translation>
    </message>
    <message>
        <source>list: before this time (ISO 8601)</source>
        <translation>list：早于此时间（ISO 8601）</translation>
    </message>
    <message>
        <source>list: events per page (1-200)</source>
        <translation>list：每页事件数（1-200）</translation>
    </message>
    <message>
        <source>list: fetch every page</source>
        <translation>list：获取所有页</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>More events: use --all</source>
        <translation>还有更多事件：使用 --all</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation>审计记录完好：已校验 %1 个事件。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with (%1 events checked):</source>
        <translation>审计记录已被篡改（已检查 %1 个事件）：</translation>
    </message>
    <message>
        <source>%1 newer events are committed but not sealed into the chain yet.</source>
        <translation>另有 %1 条较新的事件已提交，尚未封存进哈希链。</translation>
    </message>
    <message>
        <source>list, export: success or failure (refusals, failed sign-ins)</source>
        <translation>list、export：success 或 failure（拒绝、登录失败）</translation>
    </message>
    <message>
        <source>export: start a CSV file with a byte order mark (for spreadsheets)</source>
        <translation>export：CSV 文件以字节顺序标记开头（供电子表格使用）</translation>
    </message>
    <message>
        <source>export: write to this file (made whole or not at all)</source>
        <translation>export：写入此文件（要么完整写成，要么不留文件）</translation>
    </message>
    <message>
        <source>verify-export: the server&apos;s public key (PEM or base64); without it, asked of the server</source>
        <translation>verify-export：服务器的公钥（PEM 或 base64）；未给出时向服务器获取</translation>
    </message>
    <message>
        <source>verify-export needs the export&apos;s file: adp audit verify-export FILE</source>
        <translation>verify-export 需要导出文件：adp audit verify-export FILE</translation>
    </message>
    <message>
        <source>an export has every event the filters pass: --limit is for list</source>
        <translation>导出包含通过筛选的全部事件：--limit 仅用于 list</translation>
    </message>
    <message>
        <source>export needs --file PATH</source>
        <translation>export 需要 --file PATH</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This is not an Ed25519 public key (PEM, base64 or the server&apos;s JSON).</source>
        <translation>这不是 Ed25519 公钥（PEM、base64 或服务器给出的 JSON）。</translation>
    </message>
    <message>
        <source>%1: %2 events, complete and signed by key %3; nothing changed or removed.</source>
        <translation>%1：%2 个事件，完整且由密钥 %3 签名；没有任何修改或删除。</translation>
    </message>
    <message>
        <source>%1 does not verify:</source>
        <translation>%1 未通过校验：</translation>
    </message>
    <message>
        <source>export: csv (default), jsonl or pdf (a report)</source>
        <translation>export：csv（默认）、jsonl 或 pdf（报告）</translation>
    </message>
    <message>
        <source>report: write the PDF report to this file</source>
        <translation>report：将 PDF 报告写入此文件</translation>
    </message>
    <message>
        <source>report: the report&apos;s language, en (default) or zh_CN</source>
        <translation>report：报告的语言，en（默认）或 zh_CN</translation>
    </message>
    <message>
        <source>audit needs one of: list, verify, export, report --pdf FILE, verify-export FILE, signing-key</source>
        <translation>audit 需要以下之一：list、verify、export、report --pdf FILE、verify-export FILE、signing-key</translation>
    </message>
    <message>
        <source>report needs --pdf PATH</source>
        <translation>report 需要 --pdf PATH</translation>
    </message>
    <message>
        <source>Events up to %1 were archived by retention; the chain verifies from there.</source>
        <translation>序号 %1 及之前的事件已按保留策略归档；哈希链从那里开始校验。</translation>
    </message>
    <message>
        <source>list, export: only events in this organisation (id or slug), its projects&apos; too</source>
        <translation>list、export：仅此组织（ID 或标识）中的事件，包括其项目的事件</translation>
    </message>
    <message>
        <source>list, export: only events in this project (id or slug)</source>
        <translation>list、export：仅此项目（ID 或标识）中的事件</translation>
    </message>
    <message>
        <source>list, export: only events in this environment (an id, or a name with --project)</source>
        <translation>list、export：仅此环境中的事件（ID，或与 --project 一起使用的名称）</translation>
    </message>
    <message>
        <source>--environment takes an id, or a name together with --project</source>
        <translation>--environment 需要 ID，或与 --project 一起给出的名称</translation>
    </message>
</context>
<context>
    <name>AuditStreamsCommand</name>
    <message>
        <source>Stream %1 &apos;%2&apos; to %3 (events: %4), %5; %6 sealed events after the last it took.</source>
        <translation>流 %1“%2”发往 %3（事件：%4），%5；在它最后接收的事件之后还有 %6 个已封存事件。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failing (%1 tries): %2</source>
        <translation>发送失败（已尝试 %1 次）：%2</translation>
    </message>
    <message>
        <source>Verification token (shown only now; the receiver gets it in X-Gitlab-Event-Streaming-Token): %1</source>
        <translation>验证令牌（仅此一次显示；接收方在 X-Gitlab-Event-Streaming-Token 中收到它）：%1</translation>
    </message>
    <message>
        <source>what the stream is called</source>
        <translation>流的名称</translation>
    </message>
    <message>
        <source>read the receiver&apos;s HTTPS URL from standard input</source>
        <translation>从标准输入读取接收方的 HTTPS URL</translation>
    </message>
    <message>
        <source>only this action, or a prefix ending in &apos;.&apos; (project.)</source>
        <translation>仅此操作，或以“.”结尾的前缀（如 project.）</translation>
    </message>
    <message>
        <source>only success or failure (refusals, failed attempts)</source>
        <translation>仅 success 或 failure（拒绝、失败的尝试）</translation>
    </message>
    <message>
        <source>update: send again, from where the stream stopped</source>
        <translation>update：从流停止处继续发送</translation>
    </message>
    <message>
        <source>create, update: keep the stream&apos;s place but send nothing</source>
        <translation>create、update：保留流的位置但不发送</translation>
    </message>
    <message>
        <source>audit streams needs list | create --name N --url-stdin [options] | show ID | update ID [options] | delete ID</source>
        <translation>audit streams 需要 list | create --name N --url-stdin [选项] | show ID | update ID [选项] | delete ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>RECEIVER</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>BEHIND</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>LAST SENT</source>
        <translation>最后发送</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
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
        <source>Deleted audit stream %1.</source>
        <translation>已删除审计流 %1。</translation>
    </message>
    <message>
        <source>create makes an active stream unless --inactive</source>
        <translation>create 创建启用的流，除非指定 --inactive</translation>
    </message>
</context>
<context>
    <name>AuthCommands</name>
    <message>
        <source>Server URL, e.g. http://127.0.0.1:8470</source>
        <translation>服务器地址，例如 http://127.0.0.1:8470</translation>
    </message>
    <message>
        <source>Local account name</source>
        <translation>本地账户名</translation>
    </message>
    <message>
        <source>Read the password from standard input</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>标准输入中没有密码</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be saved: %1</source>
        <translation>已登录，但无法保存会话：%1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>The session is in the system keychain.</source>
        <translation>会话已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No keychain available: the session is in %1 (readable only by you).</source>
        <translation>没有可用的钥匙串：会话保存在 %1（仅您本人可读）。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>table or json</source>
        <translation>table 或 json</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1，服务器 %2%3</translation>
    </message>
    <message>
        <source> (administrator)</source>
        <translation>（管理员）</translation>
    </message>
    <message>
        <source>Read an API token from standard input instead of signing in</source>
        <translation>从标准输入读取 API 令牌，而不是登录</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>标准输入中没有令牌</translation>
    </message>
    <message>
        <source>Sign in through this provider (GitHub, GitLab, OpenID Connect) in a browser</source>
        <translation>在浏览器中通过此提供方（GitHub、GitLab、OpenID Connect）登录</translation>
    </message>
    <message>
        <source>With --provider: print the address to open instead of opening a browser</source>
        <translation>与 --provider 一起使用：打印要打开的地址，而不是打开浏览器</translation>
    </message>
    <message>
        <source>login needs --server URL and one of --username NAME --password-stdin, --token-stdin, or --provider NAME</source>
        <translation>login 需要 --server URL，以及 --username NAME --password-stdin、--token-stdin 或 --provider NAME 之一</translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer: %1</source>
        <translation>无法监听浏览器的回应：%1</translation>
    </message>
    <message>
        <source>Opened your browser to sign in. If it did not open, visit:</source>
        <translation>已打开浏览器进行登录。如未打开，请访问：</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>请在浏览器中打开此地址进行登录：</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>正在等待浏览器…</translation>
    </message>
    <message>
        <source>Gave up waiting for the browser after %1 minutes.</source>
        <translation>等待浏览器 %1 分钟后已放弃。</translation>
    </message>
</context>
<context>
    <name>BudgetsCommand</name>
    <message>
        <source>not begun</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Budget %1 &quot;%2&quot;: %3 %4 for %5, %6; alerts at %7%8. Spent %9, forecast %10.</source>
        <translation>预算 %1“%2”：%5 的额度为 %3 %4，周期 %6；告警阈值 %7%8。已花费 %9，预测 %10。</translation>
    </message>
    <message>
        <source> (also on the forecast)</source>
        <translation>（也按预测告警）</translation>
    </message>
    <message>
        <source>  %1% on %2 at %3 (%4 %5): %6</source>
        <translation>  %1%（%2）于 %3（%4 %5）：%6</translation>
    </message>
    <message>
        <source>--thresholds takes percentages such as 50,80,100</source>
        <translation>--thresholds 需要百分比，例如 50,80,100</translation>
    </message>
    <message>
        <source>--rule takes a notification rule&apos;s id (0: none)</source>
        <translation>--rule 需要通知规则的 ID（0：不使用）</translation>
    </message>
    <message>
        <source>the organisation (slug)</source>
        <translation>组织（slug）</translation>
    </message>
    <message>
        <source>the budget&apos;s name</source>
        <translation>预算名称</translation>
    </message>
    <message>
        <source>organisation (default), project, environment or team</source>
        <translation>organisation（默认）、project、environment 或 team</translation>
    </message>
    <message>
        <source>the project, project/environment or team (slug)</source>
        <translation>项目、项目/环境或团队（slug）</translation>
    </message>
    <message>
        <source>monthly (default) or custom</source>
        <translation>monthly（默认）或 custom</translation>
    </message>
    <message>
        <source>a custom period&apos;s first day</source>
        <translation>自定义周期的第一天</translation>
    </message>
    <message>
        <source>the day after a custom period&apos;s last</source>
        <translation>自定义周期最后一天的后一天</translation>
    </message>
    <message>
        <source>what may be spent in a period, e.g. 1000</source>
        <translation>一个周期内可花费的金额，例如 1000</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. USD</source>
        <translation>ISO 4217 代码，例如 USD</translation>
    </message>
    <message>
        <source>percentages that alert, e.g. 50,80,100</source>
        <translation>触发告警的百分比，例如 50,80,100</translation>
    </message>
    <message>
        <source>also alert when the forecast reaches a threshold</source>
        <translation>预测达到阈值时也告警</translation>
    </message>
    <message>
        <source>alert on actual spend only</source>
        <translation>仅按实际花费告警</translation>
    </message>
    <message>
        <source>the notification rule alerts go through (0: none)</source>
        <translation>告警经由的通知规则（0：不使用）</translation>
    </message>
    <message>
        <source>budgets needs --org O and one of: list, show ID, create --name N --amount A --currency C [--scope S --target T] [--period monthly|custom --start D --end D] [--thresholds 50,80,100] [--forecast] [--rule ID], update ID [...], delete ID</source>
        <translation>budgets 需要 --org O 以及以下之一：list、show ID、create --name N --amount A --currency C [--scope S --target T] [--period monthly|custom --start D --end D] [--thresholds 50,80,100] [--forecast] [--rule ID]、update ID [...]、delete ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>额度</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>FORECAST</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Deleted budget %1 and its alerts.</source>
        <translation>已删除预算 %1 及其告警。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
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
        <translation>用法：adp 命令 [选项]

命令：
  login --server URL --username NAME --password-stdin   登录并保存会话
  login --server URL --token-stdin                       使用 API 令牌（脚本、CI）
  login --server URL --provider NAME [--no-browser]      通过 GitHub、GitLab 或 OpenID Connect 登录
  logout                                                 退出登录并清除会话
  whoami [--output json]                                 显示已保存会话所属的用户
  projects list [--search TEXT] [--sort KEY] [--limit N] [--cursor C] [--all]
  projects show ID|SLUG
  projects create --name NAME --slug SLUG [--description TEXT] [--repository URL]
                  [--default-branch BRANCH] [--ci-config-path PATH] [--visibility private|internal|public]
                  [--organisation ORG]
  projects update ID|SLUG [与 create 相同的选项]
  projects delete ID|SLUG
  audit list [--actor NAME] [--action A|PREFIX.] [--target TYPE[:ID]] [--since T] [--until T] [--all]
  audit verify                                           校验哈希链（损坏时退出码为 1）
  audit export --file F [--format csv|jsonl] [--bom] [filters]   签名的导出，到达时即校验
  audit report --pdf F [--language en|zh_CN] [filters]   签名的 PDF 报告（最多 100,000 个事件）
  audit verify-export F [--public-key KEY]               离线校验：哪些事件被修改或删除
  audit streams list | create --name N --url-stdin [--action A] [--outcome O] | show|update|delete ID
                                                         事件一经封存即发送到 SIEM
  compliance report [--since T] [--until T] [--stale-days N] [--rotation-days N] [--sign-in-threshold N]
                                                         此刻的全部合规检查（有检查未通过时退出码为 1）
  compliance schedules list | create --name N --frequency weekly|monthly --rule ID [limits] | show|update|
                       delete|run ID                      经通知规则定期发送的报告
  tokens list | create --name N [--scope api|read_api] [--expires-in DAYS] | revoke ID
  tokens --project S list | create --name N --role ROLE [...] | revoke ID   项目的令牌
  orgs list | show ORG | create --name N --slug S [--description D] | update ORG [...] | delete ORG
  teams --org ORG list | show TEAM | create --name N --slug S | update TEAM [...] | delete TEAM
  teams --org ORG add-member TEAM --user U | remove-member TEAM --user U
  members list|add|remove --project S|--org O [--user U | --team T] [--role ROLE]
          项目角色：viewer、reporter、developer、maintainer；组织角色：member、admin、owner
  invitations --org O list | create --email E [--role ROLE] | revoke ID
  invitations accept CODE                                加入邀请码所邀请的组织
  lint [FILE]                                            在本机检查 .gitlab-ci.yml（无需服务器）
  ai explain JOB | explain --log FILE                    作业失败的原因，来自内置分析器
                                                         （--log：已保存的日志，离线分析）
  ai scan PATH... [--allow FILE]                         密钥，以及 .gitlab-ci.yml、Dockerfile 和
                                                         Kubernetes 清单中的风险设置（离线）
  ai advice --project S                                  慢的、无缓存的、等待中的、不稳定的和失败的作业，
                                                         来自项目自己的流水线
  ai ask JOB [--provider ID]                             由组织的模型解释失败的作业，
                                                         在分析器结论之后以流式输出
  ai review --project S --from A --to B [--provider ID]  安全规则在变更新增行中发现的问题，
                                                         随后是模型按文件和行给出的审查意见
  ai risk --project S IID [--provider ID]                这次部署有风险吗？规则给出的级别和原因，
                                                         随后是模型的意见
  ai savings --project S [--provider ID]                 如何少花钱？先给出规则算出的节省项，
                                                         再给出模型的方案
  ai answers --project S | rate ID up|down|none [--comment C] | stop ID
                                                         模型的回答：花费多少、点赞点踩
  ai providers --org O list | create --name N --base-url U --model M [--api-key-stdin] | update ID | delete ID
                                                         组织允许其项目询问的模型
  costs --org O summary|breakdown --from D --to D [--by B] [--interval day|week|month|none] [--where D=V]
                                                         组织的云账单合计是多少
  costs --org O export --from D --to D --file F [--format csv|focus]   每日合计，或按 FOCUS 列导出每条明细
  costs --org O lines --from D --to D [--where D=V] [--limit N]   成本的构成：账单明细、作业运行、
                                                         集群工作负载、存储，最贵的在前
  costs --org O forecast --month YYYY-MM [--where D=V]   本月支出走向，以及如何得出
  costs --org O savings [--project S] [--idle-days N] [--stale-days N]
                                                         节省开支的办法，各附每月可省金额
  costs --org O allocation [--window W] [--aggregate A] [--share-namespaces N] [--share-split weighted|even]
        [--share-idle] [--no-idle]                       已连接集群中工作负载的成本（OpenCost 模型）
  costs delta --project S IID [--days N]                 一次部署带来的变化：其环境在部署前后的
                                                         每日成本
  costs --org O import FILE | imports | delete-import ID     FOCUS 账单（CSV，最大 256 MiB）
  costs --org O rules | add-rule --match M --pattern P [--project S] [--environment E] [--team T]
        | update-rule ID | delete-rule ID                 成本如何归属
  prices --org O list | set --meter M --price P --currency C --from D | delete ID   作业按执行器计的
        运行时长、Pod 预留与存储的价目表（从不重新定价过去）
  budgets --org O list | show ID | create --name N --amount A --currency C [--scope S --target T]
        [--period monthly|custom --start D --end D] [--thresholds 50,80,100] [--forecast] [--rule ID]
        | update ID [...] | delete ID                  可花费的额度、当前进度与告警
  pipelines run --project S --ref R [-v KEY=VALUE]...   根据该引用的 .gitlab-ci.yml 创建流水线
  pipelines list --project S [--status S] [--limit N] | show ID | cancel ID | retry ID
  jobs play ID | retry ID | log ID [--follow] | artifacts ID [--path FILE]
                                                         作业：运行、重试、查看日志或下载制品
  variables --project S list | set KEY (--value V | --value-stdin) [--masked] [--protected] [--file]
            [--scope ENV] | delete KEY [--scope ENV]     CI/CD 变量，按环境范围
  protected-refs --project S list | add NAME [--tag] | remove NAME [--tag]   受保护的分支和标签
  schedules --project S list | create --description D --cron C [--timezone Z] --ref R [-v K=V]... [--inactive]
  schedules show ID | update ID [options, --active] | delete ID | run ID
  schedules next --cron C [--timezone Z] [--count N]     表达式何时触发（无需服务器）
  notifications --project S list | create --name N --channel C --when W [--branch G]... [--url-stdin]
                [--secret-stdin] [--smtp-host H --from A --to A,B [--smtp-username U --password-stdin]]
  notifications show ID | update ID [options] | delete ID | deliveries ID   流水线结束时发送通知的规则
  environments --project S list | show NAME | stop NAME | unpin NAME   项目部署到哪里，当前运行的是什么，停止或解除固定
  environments --project S rules | settings | protect NAME [--action deploy|approve (--role R | --user U |
               --team T) [--approvals N]] [--hard-freeze on|off] [--self-approval on|off] | unprotect NAME
                                                         谁可以部署到环境、谁可以审批
  deployments --project S list [--environment E] [--status S] [--limit N] [--cursor C] | show IID
  deployments --project S approve IID | reject IID [--comment C]
  deployments --project S rollback IID                   重新部署一次成功的部署并固定其环境
  deployments --project S override-freeze IID            让被硬冻结暂停的部署立即继续
  deployments --project S compare IID [--from IID]       两次部署之间的提交和文件
  freeze-windows --project S list | create --start CRON --end CRON [--timezone Z] | delete ID
                                                         部署冻结窗口（CI_DEPLOY_FREEZE）
  clusters --project S list | add --name N --kubeconfig FILE|- [--context C] | remove ID
                                                         Kubernetes 集群（kubeconfig 加密保存）
  clusters --project S test ID | test --kubeconfig FILE|- [--context C]
                                                         集群 API 的应答及其凭据允许的操作
  kubernetes --project S targets | target ENV --cluster ID --manifests PATH [--namespace N]
             [--auto-rollback on|off] [--force-conflicts on|off] | untarget ENV | rollouts ENV [--limit N]
             [--service-account SA] | drift ENV
                                                         部署到 Kubernetes 的环境及其发布

所有命令通用选项：--output table|json，--server URL
环境变量：ADP_SERVER 和 ADP_TOKEN 优先于已保存的会话。
退出码：0 成功，1 出错，2 用法错误。
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Not signed in. Run: adp login --server URL --username NAME --password-stdin</source>
        <translation>尚未登录。请运行：adp login --server URL --username NAME --password-stdin</translation>
    </message>
    <message>
        <source>Error: %1
Sign in again with adp login.</source>
        <translation>错误：%1
请使用 adp login 重新登录。</translation>
    </message>
    <message>
        <source>Error: cannot reach the server: %1</source>
        <translation>错误：无法连接服务器：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>adp: %1
See adp --help.</source>
        <translation>adp：%1
请参阅 adp --help。</translation>
    </message>
    <message>
        <source>table or json</source>
        <translation>table 或 json</translation>
    </message>
    <message>
        <source>Use this server&apos;s saved session</source>
        <translation>使用此服务器已保存的会话</translation>
    </message>
    <message>
        <source>--output must be table or json</source>
        <translation>--output 必须是 table 或 json</translation>
    </message>
    <message>
        <source>--active and --inactive exclude each other</source>
        <translation>--active 与 --inactive 不能同时使用</translation>
    </message>
</context>
<context>
    <name>ClustersCommand</name>
    <message>
        <source>the project whose clusters these are</source>
        <translation>这些集群所属的项目</translation>
    </message>
    <message>
        <source>add: the cluster&apos;s name in ADP</source>
        <translation>add：集群在 ADP 中的名称</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation>无法读取 kubeconfig %1：%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Cluster %1 (%2): %3, namespace %4, with a %5.</source>
        <translation>集群 %1（%2）：%3，命名空间 %4，使用%5。</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Removed cluster %1.</source>
        <translation>已移除集群 %1。</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <source>connected, %1</source>
        <translation>已连接，%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cannot use the cluster (%1): %2</source>
        <translation>无法使用该集群（%1）：%2</translation>
    </message>
    <message>
        <source>Connected to Kubernetes %1 (%2); namespace %3.</source>
        <translation>已连接到 Kubernetes %1（%2）；命名空间 %3。</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>MAY</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>jobs as pods</source>
        <translation>以 Pod 运行作业</translation>
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
        <source>Deployments can use this cluster.</source>
        <translation>部署可以使用此集群。</translation>
    </message>
    <message>
        <source>Deployments cannot use this cluster.</source>
        <translation>部署无法使用此集群。</translation>
    </message>
    <message>
        <source>Jobs can run here as pods.</source>
        <translation>作业可以在此以 Pod 运行。</translation>
    </message>
    <message>
        <source>Jobs cannot run here as pods.</source>
        <translation>作业无法在此以 Pod 运行。</translation>
    </message>
    <message>
        <source>add, test: the kubeconfig file (- for standard input)</source>
        <translation>add、test：kubeconfig 文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>add, test: the context to use (default: its current-context)</source>
        <translation>add、test：要使用的上下文（默认：其 current-context）</translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation>上次测试</translation>
    </message>
    <message>
        <source>instead of --project: the organisation whose clusters these are (for all its projects)</source>
        <translation>代替 --project：这些集群所属的组织（供其所有项目使用）</translation>
    </message>
    <message>
        <source>clusters needs --project SLUG or --organisation SLUG and one of: list, add --name N --kubeconfig FILE [--context C], test ID, test --kubeconfig FILE [--context C], remove ID</source>
        <translation>clusters 需要 --project SLUG 或 --organisation SLUG，以及以下之一：list、add --name N --kubeconfig FILE [--context C]、test ID、test --kubeconfig FILE [--context C]、remove ID</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>ComplianceCommand</name>
    <message>
        <source>tokens and accounts unused this many days are stale (90)</source>
        <translation>令牌和账号闲置达此天数即视为陈旧（90）</translation>
    </message>
    <message>
        <source>secrets unchanged this many days are due for rotation (90)</source>
        <translation>机密未更改达此天数即应轮换（90）</translation>
    </message>
    <message>
        <source>failed sign-ins in one hour that make a spike (10)</source>
        <translation>一小时内登录失败达此次数即为激增（10）</translation>
    </message>
    <message>
        <source>the period&apos;s start (ISO 8601; 30 days before --until)</source>
        <translation>期间开始（ISO 8601；默认 --until 前 30 天）</translation>
    </message>
    <message>
        <source>the period&apos;s end (ISO 8601; now)</source>
        <translation>期间结束（ISO 8601；默认现在）</translation>
    </message>
    <message>
        <source>compliance needs report [options] or schedules ...</source>
        <translation>compliance 需要 report [选项] 或 schedules ...</translation>
    </message>
</context>
<context>
    <name>ComplianceSchedulesCommand</name>
    <message>
        <source>rule %1 &apos;%2&apos; of %3 (%4)</source>
        <translation>%3 的规则 %1“%2”（%4）</translation>
    </message>
    <message>
        <source>no rule (it was deleted)</source>
        <translation>无规则（已被删除）</translation>
    </message>
    <message>
        <source>Schedule %1 &apos;%2&apos;: %3 through %4, %5; next %6.</source>
        <translation>计划 %1“%2”：%3 经 %4 发送，%5；下次 %6。</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>Last sent %1: %n check(s) failed.</source>
        <translation>
            <numerusform>上次发送于 %1：%n 项检查未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run %1 not sent: %2</source>
        <translation>上次运行 %1 未发送：%2</translation>
    </message>
    <message>
        <source>Retrying (%1 tries): %2</source>
        <translation>重试中（已尝试 %1 次）：%2</translation>
    </message>
    <message>
        <source>--%1 takes a number</source>
        <translation>--%1 需要一个数字</translation>
    </message>
    <message>
        <source>what the schedule is called</source>
        <translation>计划的名称</translation>
    </message>
    <message>
        <source>weekly (Mondays) or monthly (the 1st), 00:00 UTC</source>
        <translation>每周（周一）或每月（1 日），UTC 00:00</translation>
    </message>
    <message>
        <source>the notification rule (its id) the report goes through</source>
        <translation>报告经由的通知规则（其 ID）</translation>
    </message>
    <message>
        <source>update: send reports again</source>
        <translation>update：重新发送报告</translation>
    </message>
    <message>
        <source>create, update: keep the schedule but send nothing</source>
        <translation>create、update：保留计划但不发送</translation>
    </message>
    <message>
        <source>compliance schedules needs list | create --name N --frequency F --rule ID [options] | show ID | update ID [options] | delete ID | run ID</source>
        <translation>compliance schedules 需要 list | create --name N --frequency F --rule ID [选项] | show ID | update ID [选项] | delete ID | run ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>FREQUENCY</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>THROUGH</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>下次</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>FAILED CHECKS</source>
        <translation>未通过检查</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
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
        <source>Deleted compliance schedule %1.</source>
        <translation>已删除合规计划 %1。</translation>
    </message>
    <message>
        <source>create makes an active schedule unless --inactive</source>
        <translation>除非指定 --inactive，create 创建的计划处于启用状态</translation>
    </message>
</context>
<context>
    <name>ComplianceText</name>
    <message>
        <source>Production deployments without the required approvals</source>
        <translation>缺少所需审批的生产部署</translation>
    </message>
    <message>
        <source>Deployments during a deploy freeze</source>
        <translation>部署冻结期间的部署</translation>
    </message>
    <message>
        <source>Members holding roles beyond their team&apos;s</source>
        <translation>角色高于其团队的成员</translation>
    </message>
    <message>
        <source>Stale API tokens</source>
        <translation>陈旧的 API 令牌</translation>
    </message>
    <message>
        <source>Unused accounts</source>
        <translation>未使用的账号</translation>
    </message>
    <message>
        <source>Secrets not rotated</source>
        <translation>未轮换的机密</translation>
    </message>
    <message>
        <source>Failed sign-in spikes</source>
        <translation>登录失败激增</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message numerus="yes">
        <source>%n examined</source>
        <translation>
            <numerusform>已检查 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>passed, %1</source>
        <translation>通过，%1</translation>
    </message>
    <message numerus="yes">
        <source>more than %n findings</source>
        <translation>
            <numerusform>超过 %n 项发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项发现</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 deployed by %2 on %3: the environment has no approval rule</source>
        <translation>%1 由 %2 于 %3 部署：该环境没有审批规则</translation>
    </message>
    <message numerus="yes">
        <source>%1 deployed by %2 on %3 with %n approval(s): its approval rules were not met</source>
        <translation>
            <numerusform>%1 由 %2 于 %3 部署，仅有 %n 个审批：未满足其审批规则</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deployed on %2 during a deploy freeze, let through by %3</source>
        <translation>%1 于 %2 在部署冻结期间部署，由 %3 放行</translation>
    </message>
    <message>
        <source>%1 is %2 of %3 on their own; their teams (%4) are %5</source>
        <translation>%1 自身是 %3 的 %2；其团队（%4）是 %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: never used in %n day(s)</source>
        <translation>
            <numerusform>%1：%n 天内从未使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: last used %2, %n day(s) ago</source>
        <translation>
            <numerusform>%1：上次使用于 %2，%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no sign-in and no token used in %n day(s)</source>
        <translation>
            <numerusform>%1：%n 天内未登录也未使用令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: last set %2, %n day(s) ago</source>
        <translation>
            <numerusform>%1：上次设置于 %2，%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed sign-in(s), most for %2 from %3</source>
        <translation>
            <numerusform>%1：%n 次登录失败，多数针对 %2，来自 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>%1 至 %2 UTC</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed</source>
        <translation>
            <numerusform>全部 %n 项检查通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed</source>
        <translation>
            <numerusform>%n 项检查中 %1 项未通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance report: %1</source>
        <translation>合规报告：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Made by %1 at %2</source>
        <translation>由 %1 于 %2 生成</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>(audit events: %1)</source>
        <translation>（审计事件：%1）</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostsCommand</name>
    <message>
        <source>(unattributed)</source>
        <translation>（未归属）</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>project %1, environment %2</source>
        <translation>项目 %1，环境 %2</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>Rule %1 (position %2): %3 matching &apos;%4&apos; goes to %5.</source>
        <translation>规则 %1（位置 %2）：%3 匹配“%4”的成本归入 %5。</translation>
    </message>
    <message>
        <source>--where takes DIMENSION=VALUE, e.g. provider=AWS</source>
        <translation>--where 需要 维度=值，例如 provider=AWS</translation>
    </message>
    <message>
        <source>costs: %1</source>
        <translation>costs：%1</translation>
    </message>
    <message>
        <source>--position takes a whole number</source>
        <translation>--position 需要整数</translation>
    </message>
    <message>
        <source>%1 to %2: %3 %4 (the period before: %5, change %6); unattributed %7</source>
        <translation>%1 至 %2：%3 %4（上一周期：%5，变化 %6）；未归属 %7</translation>
    </message>
    <message>
        <source>Top projects:</source>
        <translation>费用最高的项目：</translation>
    </message>
    <message>
        <source>Top services:</source>
        <translation>费用最高的服务：</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than the 256 MiB the server takes; import it on the server with adp-server costs import-focus</source>
        <translation>%1 超过服务器接受的 256 MiB；请在服务器上用 adp-server costs import-focus 导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n billing line(s) as import %1: %2, %3 to %4, billed %5 %6.</source>
        <translation>
            <numerusform>已导入 %n 条账单明细，导入编号 %1：%2，%3 至 %4，计费 %5 %6。</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaces import %1.</source>
        <translation>它替换了导入 %1。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Deleted rule %1.</source>
        <translation>已删除规则 %1。</translation>
    </message>
    <message>
        <source>the organisation (slug)</source>
        <translation>组织（slug）</translation>
    </message>
    <message>
        <source>the first day, e.g. 2026-11-01</source>
        <translation>第一天，例如 2026-11-01</translation>
    </message>
    <message>
        <source>the day after the last, e.g. 2026-12-01</source>
        <translation>最后一天的次日，例如 2026-12-01</translation>
    </message>
    <message>
        <source>day, week, month or none</source>
        <translation>day、week、month 或 none</translation>
    </message>
    <message>
        <source>billed or effective</source>
        <translation>billed 或 effective</translation>
    </message>
    <message>
        <source>ISO 4217 code (default: the newest bill&apos;s)</source>
        <translation>ISO 4217 代码（默认：最新账单的货币）</translation>
    </message>
    <message>
        <source>only costs where DIMENSION=VALUE (repeatable; empty value: unattributed)</source>
        <translation>仅统计 维度=值 的成本（可重复；值为空表示未归属）</translation>
    </message>
    <message>
        <source>what a rule looks at: provider, service, region, sub_account, sku or tag:KEY</source>
        <translation>规则查看的字段：provider、service、region、sub_account、sku 或 tag:KEY</translation>
    </message>
    <message>
        <source>a wildcard pattern (* for any text)</source>
        <translation>通配符模式（* 表示任意文本）</translation>
    </message>
    <message>
        <source>an environment of that project</source>
        <translation>该项目的一个环境</translation>
    </message>
    <message>
        <source>the team a rule gives costs to (slug)</source>
        <translation>规则将成本归给的团队（slug）</translation>
    </message>
    <message>
        <source>where a rule stands; lower goes first</source>
        <translation>规则的位置；数字小的优先</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>PROVIDERS</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>LINES</source>
        <translation>明细数</translation>
    </message>
    <message>
        <source>BILLED</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Deleted import %1 and its lines.</source>
        <translation>已删除导入 %1 及其明细。</translation>
    </message>
    <message>
        <source>export needs --file PATH, and --format csv or focus</source>
        <translation>export 需要 --file 路径，以及 --format csv 或 focus</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>export: csv (daily sums) or focus (every line, FOCUS columns)</source>
        <translation>export：csv（每日合计）或 focus（每条明细，FOCUS 列）</translation>
    </message>
    <message>
        <source>export: where to write it</source>
        <translation>export：写入位置</translation>
    </message>
    <message>
        <source>%1: %2 %3 so far; heading for %4 (between %5 and %6).
%7</source>
        <translation>%1：目前 %2 %3；预计达到 %4（介于 %5 与 %6 之间）。
%7</translation>
    </message>
    <message>
        <source>forecast: the month, e.g. 2026-12</source>
        <translation>forecast：月份，例如 2026-12</translation>
    </message>
    <message>
        <source>project, environment, team, provider, service, region, sub_account, category or executor</source>
        <translation>project、environment、team、provider、service、region、sub_account、category 或 executor</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n way(s) to spend less, %3 %4 a month in all.</source>
        <translation>
            <numerusform>%1 至 %2：%n 项节省建议，合计每月 %3 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>SAVING/MONTH</source>
        <translation>每月节省</translation>
    </message>
    <message>
        <source>COST/MONTH</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>the project a rule places costs in (slug); savings: only this project&apos;s</source>
        <translation>规则将成本归入的项目（slug）；savings：仅此项目</translation>
    </message>
    <message>
        <source>savings: an environment with no deployment for this many days is idle (14)</source>
        <translation>savings：超过此天数没有部署的环境视为闲置（14）</translation>
    </message>
    <message>
        <source>savings: artifacts and caches untouched for this many days are stale (30)</source>
        <translation>savings：超过此天数未动过的制品和缓存视为陈旧（30）</translation>
    </message>
    <message>
        <source>--days takes a number of days</source>
        <translation>--days 需要一个天数</translation>
    </message>
    <message>
        <source>Deployment #%1 to %2 (%3): %4 %5 a day over the %6 day(s) before, %7 %5 a day over the %8 day(s) after: %9 %5 a day.</source>
        <translation>部署 #%1 到 %2（%3）：之前 %6 天每天 %4 %5，之后 %8 天每天 %7 %5：每天变化 %9 %5。</translation>
    </message>
    <message>
        <source>delta: days before and after the deployment (7)</source>
        <translation>delta：部署前后各取的天数（7）</translation>
    </message>
    <message>
        <source>delta needs --project P and a deployment&apos;s number</source>
        <translation>delta 需要 --project P 和部署编号</translation>
    </message>
    <message>
        <source>From %1 to %2 by %3: %4 %5 in all.</source>
        <translation>%1 至 %2，按 %3：合计 %4 %5。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CPU-HOURS</source>
        <translation>CPU 小时</translation>
    </message>
    <message>
        <source>CPU EFF.</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>GIB-HOURS</source>
        <translation>GiB 小时</translation>
    </message>
    <message>
        <source>RAM EFF.</source>
        <translation>内存利用率</translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation>分摊</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>allocation: today, yesterday, week, month, lastweek, lastmonth, Nd, or FROM,TO (7d)</source>
        <translation>allocation：today、yesterday、week、month、lastweek、lastmonth、Nd，或 FROM,TO（默认 7d）</translation>
    </message>
    <message>
        <source>allocation: cluster, namespace, controllerKind, controller or label:KEY, comma-separated (namespace)</source>
        <translation>allocation：cluster、namespace、controllerKind、controller 或 label:KEY，以逗号分隔（默认 namespace）</translation>
    </message>
    <message>
        <source>allocation: namespaces whose cost is split among the others (a,b)</source>
        <translation>allocation：成本分摊给其他行的命名空间（a,b）</translation>
    </message>
    <message>
        <source>allocation: weighted (by cost) or even</source>
        <translation>allocation：weighted（按成本）或 even（平均）</translation>
    </message>
    <message>
        <source>allocation: share idle capacity among the rows</source>
        <translation>allocation：把闲置容量分摊到各行</translation>
    </message>
    <message>
        <source>allocation: leave idle capacity out</source>
        <translation>allocation：不计闲置容量</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) found, %1 %2 in all</source>
        <translation>
            <numerusform>共 %n 条，合计 %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; the costliest %1 shown</source>
        <translation>；显示最贵的 %1 条</translation>
    </message>
    <message>
        <source>lines: how many to show, the costliest first (200)</source>
        <translation>lines：显示多少条，最贵的在前（默认 200）</translation>
    </message>
    <message>
        <source>costs needs --org O and one of: summary --from D --to D, breakdown --from D --to D [--by B] [--interval I] [--where D=V], export --from D --to D --file F [--format csv|focus], forecast --month M, savings [--project P], allocation [--window W] [--aggregate A], lines --from D --to D [--where D=V] [--limit N], import FILE, imports, delete-import ID, rules, add-rule --match M --pattern P [--project S] [--environment E] [--team T], update-rule ID [...], delete-rule ID</source>
        <translation>costs 需要 --org O 以及以下之一：summary --from D --to D、breakdown --from D --to D [--by B] [--interval I] [--where D=V]、export --from D --to D --file F [--format csv|focus]、forecast --month M、savings [--project P]、allocation [--window W] [--aggregate A]、lines --from D --to D [--where D=V] [--limit N]、import FILE、imports、delete-import ID、rules、add-rule --match M --pattern P [--project S] [--environment E] [--team T]、update-rule ID [...]、delete-rule ID</translation>
    </message>
</context>
<context>
    <name>DockerfileAudit</name>
    <message>
        <source>The base image %1 follows :latest: a rebuild may bring different software. Pin a version or a digest.</source>
        <translation>基础镜像 %1 跟随 :latest：重新构建可能带来不同的软件。请固定版本或摘要。</translation>
    </message>
    <message>
        <source>A download is piped straight into a shell while the image is built. Download, check a checksum, then run.</source>
        <translation>构建镜像时把下载内容直接交给 shell 执行。请先下载、校验校验和，再运行。</translation>
    </message>
    <message>
        <source>ADD fetches a URL with no checksum. Prefer ADD --checksum=sha256:... or a checked download.</source>
        <translation>ADD 获取 URL 时没有校验和。建议使用 ADD --checksum=sha256:... 或经过校验的下载。</translation>
    </message>
    <message>
        <source>%1 %2 sets a secret in the image: anyone who pulls it can read it (docker history). Use a build secret (RUN --mount=type=secret).</source>
        <translation>%1 %2 把密钥写进了镜像：任何拉取镜像的人都能读到（docker history）。请使用构建密钥（RUN --mount=type=secret）。</translation>
    </message>
    <message>
        <source>The image runs as root: add a USER other than root after the last FROM.</source>
        <translation>镜像以 root 运行：请在最后一个 FROM 之后加上非 root 的 USER。</translation>
    </message>
</context>
<context>
    <name>EnvironmentsCommand</name>
    <message>
        <source>#%1 %2 of %3 at %4 by %5 (%6)</source>
        <translation>#%1 %2：%3 的 %4，由 %5 部署（%6）</translation>
    </message>
    <message>
        <source>Environment %1 (%2, %3)
</source>
        <translation>环境 %1（%2，%3）
</translation>
    </message>
    <message>
        <source>  url: %1
</source>
        <translation>  地址：%1
</translation>
    </message>
    <message>
        <source>  running now: %1
</source>
        <translation>  当前运行：%1
</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>  latest: %1
</source>
        <translation>  最新：%1
</translation>
    </message>
    <message>
        <source>  stops by itself: %1
</source>
        <translation>  自动停止于：%1
</translation>
    </message>
    <message>
        <source>Deployment #%1 to %2: %3
</source>
        <translation>部署 #%1 到 %2：%3
</translation>
    </message>
    <message>
        <source>  why: %1
</source>
        <translation>  原因：%1
</translation>
    </message>
    <message>
        <source>  %1 at %2, pipeline %3, job %4 (%5, attempt %6)
</source>
        <translation>  %1 的 %2，流水线 %3，作业 %4（%5，第 %6 次尝试）
</translation>
    </message>
    <message>
        <source>  by %1; started %2, finished %3
</source>
        <translation>  部署者 %1；开始于 %2，完成于 %3
</translation>
    </message>
    <message>
        <source>the project (ID or slug)</source>
        <translation>项目（ID 或 slug）</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>RUNNING NOW</source>
        <translation>当前运行</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>list: only to this environment (name or ID)</source>
        <translation>list：仅限部署到此环境的（名称或 ID）</translation>
    </message>
    <message>
        <source>list: only with this status</source>
        <translation>list：仅限此状态</translation>
    </message>
    <message>
        <source>list: deployments to show (1-100)</source>
        <translation>list：显示的部署数（1-100）</translation>
    </message>
    <message>
        <source>list: the page after this cursor</source>
        <translation>list：此游标之后的一页</translation>
    </message>
    <message>
        <source>IID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>部署者</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>完成于</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>More: --cursor %1</source>
        <translation>更多：--cursor %1</translation>
    </message>
    <message>
        <source>  %1 by %2 %3%4
</source>
        <translation>  %2 %1（%3）%4
</translation>
    </message>
    <message>
        <source>protect: deploy or approve</source>
        <translation>protect：deploy 或 approve</translation>
    </message>
    <message>
        <source>protect: the least project role it allows</source>
        <translation>protect：允许的最低项目角色</translation>
    </message>
    <message>
        <source>protect: the user it allows</source>
        <translation>protect：允许的用户</translation>
    </message>
    <message>
        <source>protect: the team it allows</source>
        <translation>protect：允许的团队</translation>
    </message>
    <message>
        <source>protect --action approve: how many must approve (1-10)</source>
        <translation>protect --action approve：需要多少人审批（1-10）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>APPROVALS</source>
        <translation>审批数</translation>
    </message>
    <message>
        <source>role %1 and above</source>
        <translation>角色 %1 及以上</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>--approvals takes a number</source>
        <translation>--approvals 需要一个数字</translation>
    </message>
    <message>
        <source>Rule %1: %2 on %3 is now protected.</source>
        <translation>规则 %1：%3 的 %2 现已受保护。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n rule(s) naming %1.</source>
        <translation>
            <numerusform>已删除 %n 条指向 %1 的规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>approve, reject: why</source>
        <translation>approve、reject：理由</translation>
    </message>
    <message>
        <source>  pinned to #%1 by %2 at %3: automatic deploys wait (unpin to let them go)
</source>
        <translation>  已被回滚固定到 #%1（%2，%3）：自动部署会等待（解除固定后继续）
</translation>
    </message>
    <message>
        <source>  rollback to #%1
</source>
        <translation>  回滚到 #%1
</translation>
    </message>
    <message>
        <source>%1: hard freeze %2, self-approval %3.</source>
        <translation>%1：硬冻结%2，自我审批%3。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>protect: on holds deploy jobs while a freeze window is active; off lets them run</source>
        <translation>protect：on 表示冻结窗口生效期间暂停部署作业；off 表示照常运行</translation>
    </message>
    <message>
        <source>protect: on lets whoever started a deployment approve it; off (the default) does not</source>
        <translation>protect：on 允许发起部署的人审批该部署；off（默认）不允许</translation>
    </message>
    <message>
        <source>environments needs --project S list, rules, settings, or show|stop|unpin|protect|unprotect NAME</source>
        <translation>environments 需要 --project S list、rules、settings，或 show|stop|unpin|protect|unprotect NAME</translation>
    </message>
    <message>
        <source>--%1 takes on or off</source>
        <translation>--%1 只接受 on 或 off</translation>
    </message>
    <message>
        <source>protect needs --action deploy|approve, or --hard-freeze on|off, or --self-approval on|off</source>
        <translation>protect 需要 --action deploy|approve、--hard-freeze on|off 或 --self-approval on|off</translation>
    </message>
    <message>
        <source>HARD FREEZE</source>
        <translation>硬冻结</translation>
    </message>
    <message>
        <source>SELF-APPROVAL</source>
        <translation>自我审批</translation>
    </message>
    <message>
        <source>compare: the deployment to compare with (default: the successful one before it)</source>
        <translation>compare：用来比较的部署（默认：它之前的那次成功部署）</translation>
    </message>
    <message>
        <source>deployments needs --project S list [filters], or show|approve|reject|rollback|override-freeze|compare IID</source>
        <translation>deployments 需要 --project S list [筛选条件]，或 show|approve|reject|rollback|override-freeze|compare IID</translation>
    </message>
    <message>
        <source>--from takes a deployment number</source>
        <translation>--from 需要一个部署编号</translation>
    </message>
    <message>
        <source>#%1 %2 at %3 by %4, %5</source>
        <translation>#%1 %2，提交 %3，部署者 %4，%5</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1，用时 %2 秒</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>从 %1</translation>
    </message>
    <message>
        <source>To   %1</source>
        <translation>到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Commits it takes away (%n):</source>
        <translation>
            <numerusform>它撤下的提交（%n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The same commit.</source>
        <translation>同一个提交。</translation>
    </message>
    <message numerus="yes">
        <source>Commits it brings (%n):</source>
        <translation>
            <numerusform>它带来的提交（%n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and more</source>
        <translation>  ……以及更多</translation>
    </message>
    <message numerus="yes">
        <source>Files changed (%n):</source>
        <translation>
            <numerusform>变更的文件（%n 个）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message>
        <source>The file does not start with the audit export&apos;s CSV header.</source>
        <translation>该文件不是以审计导出的 CSV 表头开始的。</translation>
    </message>
    <message>
        <source>There are records after the proof.</source>
        <translation>证明之后还有记录。</translation>
    </message>
    <message>
        <source>The proof record is malformed.</source>
        <translation>证明记录格式错误。</translation>
    </message>
    <message>
        <source>Record %1 is not an audit event with a digest.</source>
        <translation>第 %1 条记录不是带摘要的审计事件。</translation>
    </message>
    <message>
        <source>A record is longer than any export writes.</source>
        <translation>有一条记录比任何导出所写的都长。</translation>
    </message>
    <message>
        <source>The export has no proof at its end: it was cut off before it was complete, or the proof was removed. Nothing in it can be trusted as complete.</source>
        <translation>导出末尾没有证明：它在完成前被截断，或证明被删除。不能认为其中内容是完整的。</translation>
    </message>
    <message>
        <source>The event with seq %1 does not follow from the records before it.</source>
        <translation>序号 %1 的事件与其之前的记录衔接不上。</translation>
    </message>
    <message>
        <source>The proof&apos;s signature does not match the public key: the proof was changed, or it was signed by another server&apos;s key.</source>
        <translation>证明的签名与公钥不符：证明被修改过，或由另一台服务器的密钥签名。</translation>
    </message>
    <message>
        <source>The proof is for a %1 export, this file is %2.</source>
        <translation>证明针对的是 %1 导出，而此文件是 %2。</translation>
    </message>
    <message>
        <source>Events were removed just before the event with seq %1.</source>
        <translation>序号 %1 的事件之前有事件被删除。</translation>
    </message>
    <message>
        <source>The event with seq %1 was inserted, or the one before it.</source>
        <translation>序号 %1 的事件（或其前一个）是插入的。</translation>
    </message>
    <message>
        <source>The event with seq %1 was changed.</source>
        <translation>序号 %1 的事件被修改过。</translation>
    </message>
    <message>
        <source>Events %1 to %2 of the file were changed and their digests made again.</source>
        <translation>文件中第 %1 至 %2 个事件被修改，且其摘要被重新计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were removed from the end of the export.</source>
        <translation>
            <numerusform>导出末尾有 %n 个事件被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The proof names %1 events; the file has %2.</source>
        <translation>证明记载 %1 个事件；文件中有 %2 个。</translation>
    </message>
    <message>
        <source>The first or last event is not the one the proof names.</source>
        <translation>第一个或最后一个事件不是证明所记载的那个。</translation>
    </message>
    <message>
        <source>The PDF is larger than any audit report.</source>
        <translation>该 PDF 比任何审计报告都大。</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The job ran out of time.</source>
        <translation>作业超时。</translation>
    </message>
    <message>
        <source>The job ran out of memory, or was killed for using too much.</source>
        <translation>作业内存不足，或因占用内存过多被终止。</translation>
    </message>
    <message>
        <source>The code does not compile.</source>
        <translation>代码无法编译。</translation>
    </message>
    <message>
        <source>Tests failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <source>A command, package or library the job needs is missing.</source>
        <translation>缺少作业所需的命令、软件包或库。</translation>
    </message>
    <message>
        <source>The job was not allowed to do something it tried.</source>
        <translation>作业尝试的操作未获允许。</translation>
    </message>
    <message>
        <source>A network connection or a registry failed.</source>
        <translation>网络连接或软件仓库出错。</translation>
    </message>
    <message>
        <source>The job&apos;s script has an error.</source>
        <translation>作业脚本有错误。</translation>
    </message>
    <message>
        <source>No rule explains this failure.</source>
        <translation>没有规则能解释此次失败。</translation>
    </message>
    <message numerus="yes">
        <source>This is not a text log (%n byte(s) read); nothing was classified.</source>
        <translation>
            <numerusform>这不是文本日志（已读取 %n 字节）；未做分类。</numerusform>
        </translation>
    </message>
    <message>
        <source>First bad line %1: %2</source>
        <translation>第一处出错行 %1：%2</translation>
    </message>
    <message>
        <source>Where: %1 (%2)</source>
        <translation>位置：%1（%2）</translation>
    </message>
    <message>
        <source>Failing tests: %1</source>
        <translation>失败的测试：%1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>From the built-in analyzers: no model was asked and nothing left this machine.</source>
        <translation>来自内置分析器：未询问任何模型，没有数据离开本机。</translation>
    </message>
</context>
<context>
    <name>FocusReader</name>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>有字段超过 %1 字节</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>超过 %1 列</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>右引号后还有文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>未加引号的字段中出现引号</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field</source>
        <translation>文件在带引号的字段中结束</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the column is named twice</source>
        <translation>该列名出现了两次</translation>
    </message>
    <message>
        <source>not a FOCUS 1.0-1.2 export: it has no %1 column</source>
        <translation>不是 FOCUS 1.0-1.2 导出：缺少 %1 列</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of Usage, Purchase, Tax, Credit, Adjustment</source>
        <translation>“%1”不是 Usage、Purchase、Tax、Credit、Adjustment 之一</translation>
    </message>
    <message>
        <source>a %1 charge cannot cost less than nothing unless it is a correction or takes usage back</source>
        <translation>%1 费用不能为负，除非是更正或冲回用量</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code</source>
        <translation>“%1”不是 ISO 4217 货币代码</translation>
    </message>
    <message>
        <source>%1, where the rows before are in %2: one import is one currency</source>
        <translation>%1，而之前的行是 %2：一次导入只能有一种货币</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>“%1”不是日期时间</translation>
    </message>
    <message>
        <source>the billing period ends before it starts</source>
        <translation>账单周期的结束早于开始</translation>
    </message>
    <message>
        <source>the charge period ends before it starts</source>
        <translation>计费周期的结束早于开始</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>a NUL byte: not a text file</source>
        <translation>含有 NUL 字节：不是文本文件</translation>
    </message>
</context>
<context>
    <name>FreezeWindowsCommand</name>
    <message>
        <source>active until %1</source>
        <translation>生效至 %1</translation>
    </message>
    <message>
        <source>next from %1</source>
        <translation>下次从 %1 开始</translation>
    </message>
    <message>
        <source>the project whose deploy freezes these are</source>
        <translation>这些部署冻结所属的项目</translation>
    </message>
    <message>
        <source>create: when a freeze starts (cron)</source>
        <translation>create：冻结开始的时间（cron）</translation>
    </message>
    <message>
        <source>create: when it ends (cron)</source>
        <translation>create：冻结结束的时间（cron）</translation>
    </message>
    <message>
        <source>create: the IANA time zone of both (default UTC)</source>
        <translation>create：两者使用的 IANA 时区（默认 UTC）</translation>
    </message>
    <message>
        <source>freeze-windows needs --project SLUG and one of: list, create --start CRON --end CRON [--timezone Z], delete ID</source>
        <translation>freeze-windows 需要 --project SLUG 以及以下之一：list、create --start CRON --end CRON [--timezone Z]、delete ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>START</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>END</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Freeze window %1 (&apos;%2&apos; to &apos;%3&apos;, %4): %5.</source>
        <translation>冻结窗口 %1（“%2”至“%3”，%4）：%5。</translation>
    </message>
    <message>
        <source>Deleted freeze window %1.</source>
        <translation>已删除冻结窗口 %1。</translation>
    </message>
</context>
<context>
    <name>InvitationsCommand</name>
    <message>
        <source>The organisation to invite to</source>
        <translation>邀请加入的组织</translation>
    </message>
    <message>
        <source>create: the address to invite</source>
        <translation>create：要邀请的邮箱地址</translation>
    </message>
    <message>
        <source>create: member (default), admin or owner</source>
        <translation>create：member（默认）、admin 或 owner</translation>
    </message>
    <message>
        <source>invitations needs --org ORG with list, create --email E [--role R] or revoke ID; or accept CODE</source>
        <translation>invitations 需要 --org ORG 以及 list、create --email E [--role R] 或 revoke ID；或者 accept CODE</translation>
    </message>
    <message>
        <source>invitations create needs --email</source>
        <translation>invitations create 需要 --email</translation>
    </message>
    <message>
        <source>invitations revoke needs a numeric ID (see adp invitations --org ORG list)</source>
        <translation>invitations revoke 需要数字 ID（参见 adp invitations --org ORG list）</translation>
    </message>
    <message>
        <source>You joined %1 as %2.</source>
        <translation>您已以 %2 身份加入 %1。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>INVITED BY</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Invited %1 to %2 as %3 until %4. Pass on this code, shown only now; they accept it with adp invitations accept CODE (or in the desktop app):
%5</source>
        <translation>已邀请 %1 以 %3 身份加入 %2，有效期至 %4。请转交此邀请码（仅此一次显示）；对方可使用 adp invitations accept CODE（或在桌面应用中）接受：
%5</translation>
    </message>
    <message>
        <source>Revoked invitation %1.</source>
        <translation>已撤销邀请 %1。</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>log: keep printing until the job ends</source>
        <translation>log：持续输出直到作业结束</translation>
    </message>
    <message>
        <source>artifacts: the file to write (default: the archive&apos;s name; - for standard output)</source>
        <translation>artifacts：要写入的文件（默认：归档的名称；- 表示标准输出）</translation>
    </message>
    <message>
        <source>jobs needs play ID, retry ID, log ID [--follow] or artifacts ID [--path FILE], with a numeric job ID (see adp pipelines show)</source>
        <translation>jobs 需要 play ID、retry ID、log ID [--follow] 或 artifacts ID [--path FILE]，ID 为数字作业 ID（见 adp pipelines show）</translation>
    </message>
    <message>
        <source>The artifacts of job %1 arrived damaged (checksum mismatch); nothing was written.</source>
        <translation>作业 %1 的制品传输损坏（校验和不匹配）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the artifacts of job %1 to %2 (%3)</source>
        <translation>已将作业 %1 的制品保存到 %2（%3）</translation>
    </message>
</context>
<context>
    <name>KubernetesCommand</name>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>target: the cluster&apos;s id (adp clusters list)</source>
        <translation>target：集群的 ID（见 adp clusters list）</translation>
    </message>
    <message>
        <source>target: the manifests&apos; file or directory in the repository</source>
        <translation>target：清单在仓库中的文件或目录</translation>
    </message>
    <message>
        <source>target: the namespace (default: the cluster&apos;s)</source>
        <translation>target：命名空间（默认：集群的命名空间）</translation>
    </message>
    <message>
        <source>target: redeploy the last healthy revision when a rollout fails</source>
        <translation>target：发布失败时重新部署上一个健康的版本</translation>
    </message>
    <message>
        <source>target: take fields other field managers own</source>
        <translation>target：接管其他字段管理者拥有的字段</translation>
    </message>
    <message>
        <source>rollouts: how many (at most 50)</source>
        <translation>rollouts：显示多少条（最多 50）</translation>
    </message>
    <message>
        <source>--%1 takes on or off</source>
        <translation>--%1 只接受 on 或 off</translation>
    </message>
    <message>
        <source>target needs --cluster ID and --manifests PATH</source>
        <translation>target 需要 --cluster ID 和 --manifests PATH</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>MANIFESTS</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>AUTO-ROLLBACK</source>
        <translation>自动回滚</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>--cluster takes a cluster&apos;s id</source>
        <translation>--cluster 需要一个集群 ID</translation>
    </message>
    <message>
        <source>%1 deploys to cluster %2, namespace %3, from %4 (automatic rollback %5).</source>
        <translation>%1 部署到集群 %2 的命名空间 %3，清单来自 %4（自动回滚：%5）。</translation>
    </message>
    <message>
        <source>%1 no longer deploys to Kubernetes.</source>
        <translation>%1 不再部署到 Kubernetes。</translation>
    </message>
    <message>
        <source>%1 has no Kubernetes target.</source>
        <translation>%1 没有 Kubernetes 目标。</translation>
    </message>
    <message>
        <source>--limit takes a number</source>
        <translation>--limit 需要一个数字</translation>
    </message>
    <message>
        <source>Rollout %1 of job %2 at %3 on %4/%5: %6</source>
        <translation>作业 %2 的发布 %1（提交 %3，%4/%5）：%6</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1 is as its rollout %2 left it.</source>
        <translation>%1 与发布 %2 留下的状态一致。</translation>
    </message>
    <message>
        <source>%1 drifted from its rollout %2:</source>
        <translation>%1 已偏离发布 %2：</translation>
    </message>
    <message>
        <source>  %1 is missing</source>
        <translation>  %1 缺失</translation>
    </message>
    <message>
        <source>  %1 could not be read: %2</source>
        <translation>  无法读取 %1：%2</translation>
    </message>
    <message>
        <source>  %1 %2 changed by %3</source>
        <translation>  %1 的 %2 被 %3 修改</translation>
    </message>
    <message>
        <source>Run its deploy job again to re-sync.</source>
        <translation>重新运行其部署作业以重新同步。</translation>
    </message>
    <message>
        <source>target: deploy jobs get a short-lived KUBECONFIG of it; executor: the job pods&apos; account</source>
        <translation>target：部署作业获得该账户的短期 KUBECONFIG；executor：作业 Pod 使用的账户</translation>
    </message>
    <message>
        <source>kubernetes needs --project SLUG and one of: targets, target ENV --cluster ID --manifests PATH [--namespace N] [--auto-rollback on|off] [--force-conflicts on|off] [--service-account SA], untarget ENV, rollouts ENV [--limit N], drift ENV, executor [show], executor set [--cluster ID] [--namespace N] [--image I] [--helper-image I] [--service-account SA] [--node-selector label=value,...] [--cpu-request Q] [--cpu-limit Q] [--memory-request Q] [--memory-limit Q] [--max-cpu Q] [--max-memory Q], executor off</source>
        <translation>kubernetes 需要 --project SLUG 以及以下之一：targets、target ENV --cluster ID --manifests PATH [--namespace N] [--auto-rollback on|off] [--force-conflicts on|off] [--service-account SA]、untarget ENV、rollouts ENV [--limit N]、drift ENV、executor [show]、executor set [--cluster ID] [--namespace N] [--image I] [--helper-image I] [--service-account SA] [--node-selector label=value,...] [--cpu-request Q] [--cpu-limit Q] [--memory-request Q] [--memory-limit Q] [--max-cpu Q] [--max-memory Q]、executor off</translation>
    </message>
</context>
<context>
    <name>KubernetesExecutorCommand</name>
    <message>
        <source>executor: the CPU a job&apos;s container requests</source>
        <translation>executor：作业容器请求的 CPU</translation>
    </message>
    <message>
        <source>executor: the most CPU a job&apos;s container may use</source>
        <translation>executor：作业容器最多可用的 CPU</translation>
    </message>
    <message>
        <source>executor: the memory a job&apos;s container requests</source>
        <translation>executor：作业容器请求的内存</translation>
    </message>
    <message>
        <source>executor: the most memory a job&apos;s container may use</source>
        <translation>executor：作业容器最多可用的内存</translation>
    </message>
    <message>
        <source>executor: the most CPU a job&apos;s KUBERNETES_CPU_* may ask for</source>
        <translation>executor：作业的 KUBERNETES_CPU_* 最多可申请的 CPU</translation>
    </message>
    <message>
        <source>executor: the most memory a job&apos;s KUBERNETES_MEMORY_* may ask for</source>
        <translation>executor：作业的 KUBERNETES_MEMORY_* 最多可申请的内存</translation>
    </message>
    <message>
        <source>Jobs run as pods on cluster %1, namespace %2, in %3 unless they name an image.</source>
        <translation>作业以 Pod 形式运行在集群 %1 的命名空间 %2 中；未指定镜像的作业使用 %3。</translation>
    </message>
    <message>
        <source>Helper image: %1</source>
        <translation>辅助镜像：%1</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>服务账户：%1</translation>
    </message>
    <message>
        <source>Node selector: %1</source>
        <translation>节点选择器：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>CPU: request %1, limit %2, jobs may ask up to %3</source>
        <translation>CPU：请求 %1，上限 %2，作业最多可申请 %3</translation>
    </message>
    <message>
        <source>Memory: request %1, limit %2, jobs may ask up to %3</source>
        <translation>内存：请求 %1，上限 %2，作业最多可申请 %3</translation>
    </message>
    <message>
        <source>executor: the image of jobs that name none</source>
        <translation>executor：未指定镜像的作业所用的镜像</translation>
    </message>
    <message>
        <source>executor: the image that fetches the workspace and returns files</source>
        <translation>executor：获取工作区并回传文件的镜像</translation>
    </message>
    <message>
        <source>executor: the nodes jobs run on, as label=value,...</source>
        <translation>executor：作业运行的节点，格式为 label=value,...</translation>
    </message>
    <message>
        <source>The project&apos;s jobs run on the server&apos;s workers again.</source>
        <translation>该项目的作业重新在服务器的工作进程上运行。</translation>
    </message>
    <message>
        <source>--cluster takes a cluster&apos;s id</source>
        <translation>--cluster 需要一个集群 ID</translation>
    </message>
    <message>
        <source>--node-selector takes label=value pairs separated by commas</source>
        <translation>--node-selector 需要以逗号分隔的 label=value 对</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>lint takes one file (default .gitlab-ci.yml)</source>
        <translation>lint 只接受一个文件（默认 .gitlab-ci.yml）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid: %n error(s).</source>
        <translation>
            <numerusform>%1 无效：%n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>运行时机</translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>(earlier stages)</source>
        <translation>（之前的阶段）</translation>
    </message>
    <message>
        <source>(none: starts at once)</source>
        <translation>（无：立即开始）</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n job(s).</source>
        <translation>
            <numerusform>%1 有效：%n 个作业。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestAudit</name>
    <message>
        <source>%1: container %2 is privileged: it is root on the node.</source>
        <translation>%1：容器 %2 是特权容器：它在节点上就是 root。</translation>
    </message>
    <message>
        <source>%1: container %2 runs as user 0 (root).</source>
        <translation>%1：容器 %2 以用户 0（root）运行。</translation>
    </message>
    <message>
        <source>%1: container %2 may run as root: set securityContext.runAsNonRoot: true (or a runAsUser other than 0).</source>
        <translation>%1：容器 %2 可能以 root 运行：请设置 securityContext.runAsNonRoot: true（或非 0 的 runAsUser）。</translation>
    </message>
    <message>
        <source>%1: container %2 does not set allowPrivilegeEscalation: false.</source>
        <translation>%1：容器 %2 没有设置 allowPrivilegeEscalation: false。</translation>
    </message>
    <message>
        <source>%1: container %2 has no resource limits: it may take the node&apos;s memory and CPU from its neighbours.</source>
        <translation>%1：容器 %2 没有资源限制：它可能占用节点上其他容器的内存和 CPU。</translation>
    </message>
    <message>
        <source>%1: container %2 has no readiness or liveness probe: traffic reaches it before it is ready, and a hung process is never restarted.</source>
        <translation>%1：容器 %2 没有就绪或存活探针：未就绪时就会收到流量，进程挂起也不会被重启。</translation>
    </message>
    <message>
        <source>%1: container %2 runs %3, which follows :latest: what runs changes without a change here. Pin a version or a digest.</source>
        <translation>%1：容器 %2 运行 %3，它跟随 :latest：这里不改动，运行的内容也会变化。请固定版本或摘要。</translation>
    </message>
    <message>
        <source>%1 shares the node&apos;s %2: it sees and reaches what the node does.</source>
        <translation>%1 共享节点的 %2：节点能看到、能访问的，它也能。</translation>
    </message>
    <message>
        <source>%1 mounts a path of the node (%2): a way out of the container.</source>
        <translation>%1 挂载了节点的路径（%2）：这是逃出容器的途径。</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>The project (ID or slug)</source>
        <translation>项目（ID 或标识）</translation>
    </message>
    <message>
        <source>The organisation, instead of a project</source>
        <translation>组织（代替项目）</translation>
    </message>
    <message>
        <source>add, remove: the account</source>
        <translation>add、remove：账户</translation>
    </message>
    <message>
        <source>add, remove: a team of the project&apos;s organisation</source>
        <translation>add、remove：项目所属组织中的团队</translation>
    </message>
    <message>
        <source>add: viewer, reporter, developer (default) or maintainer; in an organisation member (default), admin or owner</source>
        <translation>add：viewer、reporter、developer（默认）或 maintainer；在组织中为 member（默认）、admin 或 owner</translation>
    </message>
    <message>
        <source>members needs list, add or remove, and exactly one of --project S or --org O</source>
        <translation>members 需要 list、add 或 remove，并且 --project S 与 --org O 二者恰选其一</translation>
    </message>
    <message>
        <source>members %1 needs exactly one of --user U or --team T</source>
        <translation>members %1 需要 --user U 与 --team T 二者恰选其一</translation>
    </message>
    <message>
        <source>an organisation&apos;s members are users; teams are managed with adp teams</source>
        <translation>组织的成员是用户；团队请用 adp teams 管理</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>%1 is %2 of %3.</source>
        <translation>%1 现为 %3 的 %2。</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation>%1 已不再是 %2 的成员。</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Feishu / Lark</source>
        <translation>飞书 / Lark</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>失败时</translation>
    </message>
    <message>
        <source>On recovery</source>
        <translation>恢复时</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
</context>
<context>
    <name>NotificationsCommand</name>
    <message>
        <source>Rule %1 &apos;%2&apos;: %3 to %4 (%5) on %6, %7%8</source>
        <translation>规则 %1“%2”：%3 时发送到 %4（%5），分支 %6，%7%8</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation>所有分支</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>, with a secret kept</source>
        <translation>，已保存密钥</translation>
    </message>
    <message>
        <source>--branch and --every-branch exclude each other</source>
        <translation>--branch 与 --every-branch 不能同时使用</translation>
    </message>
    <message>
        <source>--secret-stdin and --remove-secret exclude each other</source>
        <translation>--secret-stdin 与 --remove-secret 不能同时使用</translation>
    </message>
    <message>
        <source>--smtp-port takes a number</source>
        <translation>--smtp-port 需要一个数字</translation>
    </message>
    <message>
        <source>list, create: the project (ID or slug)</source>
        <translation>list、create：项目（ID 或 slug）</translation>
    </message>
    <message>
        <source>what the rule is called</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>webhook, slack, dingtalk, feishu, wecom or email</source>
        <translation>webhook、slack、dingtalk、feishu、wecom 或 email</translation>
    </message>
    <message>
        <source>failure, recovery (a success after a failure) or always</source>
        <translation>failure、recovery（失败后恢复成功）或 always</translation>
    </message>
    <message>
        <source>only pipelines of this branch or glob (release/*); repeat for several</source>
        <translation>仅限该分支或通配（release/*）的流水线；可重复多次</translation>
    </message>
    <message>
        <source>update: pipelines of every branch again</source>
        <translation>update：重新对所有分支生效</translation>
    </message>
    <message>
        <source>read the webhook URL (its token is in it) from standard input</source>
        <translation>从标准输入读取 Webhook 地址（其中含令牌）</translation>
    </message>
    <message>
        <source>read the signing secret (webhook, DingTalk, Feishu) from standard input, after the URL</source>
        <translation>从标准输入读取签名密钥（webhook、钉钉、飞书），位于地址之后</translation>
    </message>
    <message>
        <source>update: stop signing</source>
        <translation>update：不再签名</translation>
    </message>
    <message>
        <source>email: the SMTP server</source>
        <translation>email：SMTP 服务器</translation>
    </message>
    <message>
        <source>email: its port (default 587)</source>
        <translation>email：端口（默认 587）</translation>
    </message>
    <message>
        <source>email: starttls (default), tls or none</source>
        <translation>email：starttls（默认）、tls 或 none</translation>
    </message>
    <message>
        <source>email: the user to sign in as</source>
        <translation>email：登录用户名</translation>
    </message>
    <message>
        <source>email: read the SMTP password from standard input, last</source>
        <translation>email：从标准输入读取 SMTP 密码（最后一行）</translation>
    </message>
    <message>
        <source>email: the sender address</source>
        <translation>email：发件人地址</translation>
    </message>
    <message>
        <source>email: recipients, comma-separated or repeated</source>
        <translation>email：收件人，逗号分隔或重复指定</translation>
    </message>
    <message>
        <source>update: send again</source>
        <translation>update：重新发送</translation>
    </message>
    <message>
        <source>create, update: keep the rule but send nothing</source>
        <translation>create、update：保留规则但不发送</translation>
    </message>
    <message>
        <source>notifications needs --project S list|create [options], or show|update|delete|deliveries ID</source>
        <translation>notifications 需要 --project S list|create [选项]，或 show|update|delete|deliveries ID</translation>
    </message>
    <message>
        <source>create makes an active rule unless --inactive</source>
        <translation>create 默认创建启用的规则，除非指定 --inactive</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>运行时机</translation>
    </message>
    <message>
        <source>BRANCHES</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>启用</translation>
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
        <source>PIPELINE</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>DELIVERY</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>排队于</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>完成于</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Deleted notification rule %1.</source>
        <translation>已删除通知规则 %1。</translation>
    </message>
</context>
<context>
    <name>OrgsCommand</name>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>URL name: lowercase letters, digits, &apos;-&apos;, &apos;_&apos;</source>
        <translation>URL 名称：小写字母、数字、“-”、“_”</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>orgs needs one of: list, show ORG, create --name N --slug S, update ORG, delete ORG</source>
        <translation>orgs 需要以下之一：list、show ORG、create --name N --slug S、update ORG、delete ORG</translation>
    </message>
    <message>
        <source>orgs create needs --name and --slug</source>
        <translation>orgs create 需要 --name 和 --slug</translation>
    </message>
    <message>
        <source>%1 (%2), your role: %3</source>
        <translation>%1（%2），您的角色：%3</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>MY ROLE</source>
        <translation>我的角色</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created organisation %1; you are its owner.</source>
        <translation>已创建组织 %1，您是其所有者。</translation>
    </message>
    <message>
        <source>Deleted organisation %1.</source>
        <translation>已删除组织 %1。</translation>
    </message>
</context>
<context>
    <name>OutcomeChoices</name>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation>被拒绝或失败</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>More projects: add --cursor %1, or use --all</source>
        <translation>还有更多项目：加上 --cursor %1，或使用 --all</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>代码仓库：</translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation>默认分支：</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>可见性：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>CI definition:</source>
        <translation>CI 定义：</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>PipelineAdvisor</name>
    <message>
        <source>%1 takes %2 s at the median (p90 %3 s): %4% of the job time, about %5 minutes a month.</source>
        <translation>%1 的中位耗时为 %2 秒（p90 为 %3 秒）：占作业总时间的 %4%，每月约 %5 分钟。</translation>
    </message>
    <message>
        <source>Stage %1 is the slowest: %2 s at the median, waited for by every later stage.</source>
        <translation>阶段 %1 最慢：中位耗时 %2 秒，后面的每个阶段都要等它。</translation>
    </message>
    <message>
        <source>%1 installs dependencies with no cache (%2 s at the median, %3 minutes a month): a cache: keyed on the lock file would keep them between runs.</source>
        <translation>%1 安装依赖却没有缓存（中位 %2 秒，每月 %3 分钟）：以锁文件为键的 cache: 可以在多次运行之间保留它们。</translation>
    </message>
    <message>
        <source>%1 (stage %2) has no needs: and waits %3 s at the median for earlier stages. needs: on only the jobs it uses (or needs: []) would start it sooner.</source>
        <translation>%1（阶段 %2）没有 needs:，中位要等前面的阶段 %3 秒。只对它用到的作业写 needs:（或 needs: []）可以让它更早开始。</translation>
    </message>
    <message>
        <source>%1 passed and failed on the same commit (%2 commit(s), %3 runs): it is flaky; fix or quarantine it rather than retry.</source>
        <translation>%1 在同一提交上既通过又失败（%2 个提交，%3 次运行）：它不稳定；请修复或隔离它，而不是重试。</translation>
    </message>
    <message>
        <source>%1 was retried in %2 of %3 runs.</source>
        <translation>%1 在 %3 次运行中被重试了 %2 次。</translation>
    </message>
    <message>
        <source>%1 failed in %2 of %3 runs.</source>
        <translation>%1 在 %3 次运行中失败了 %2 次。</translation>
    </message>
    <message>
        <source>%1 runs in %2 of %3 pipelines (%4 minutes a month): if it checks only part of the repository, rules: changes would skip it when nothing there changed.</source>
        <translation>%1 在 %3 条流水线中的 %2 条里运行（每月 %4 分钟）：如果它只检查仓库的一部分，rules: changes 可以在那部分没有变化时跳过它。</translation>
    </message>
</context>
<context>
    <name>PipelineAudit</name>
    <message>
        <source>The image %1 follows :latest: a job may run different software tomorrow. Pin a version, or a digest (@sha256:...).</source>
        <translation>镜像 %1 跟随 :latest：作业明天可能运行不同的软件。请固定版本或摘要（@sha256:...）。</translation>
    </message>
    <message>
        <source>The image %1 has no tag, which means :latest. Pin a version, or a digest (@sha256:...).</source>
        <translation>镜像 %1 没有标签，即 :latest。请固定版本或摘要（@sha256:...）。</translation>
    </message>
    <message>
        <source>%1 (Docker-in-Docker) runs only on privileged runners, which give the job root on the host. Prefer a rootless builder (kaniko, buildah).</source>
        <translation>%1（Docker-in-Docker）只能在特权执行器上运行，这会让作业获得主机的 root。建议使用无需 root 的构建工具（kaniko、buildah）。</translation>
    </message>
    <message>
        <source>A download is piped straight into a shell: whoever controls that address (or the network on the way) runs code in the job. Download, check a checksum, then run.</source>
        <translation>下载内容被直接交给 shell 执行：控制该地址（或途经网络）的人就能在作业中运行代码。请先下载、校验校验和，再运行。</translation>
    </message>
    <message>
        <source>A secret variable is printed into the job log; masking hides only exact values, not encoded or partial ones.</source>
        <translation>密钥变量被打印到作业日志中；屏蔽只隐藏完全相同的值，编码后或部分的值不会被隐藏。</translation>
    </message>
</context>
<context>
    <name>PipelinesCommand</name>
    <message>
        <source>STAGE</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Pipeline %1 (%2) for %3 at %4: %5
</source>
        <translation>流水线 %1（%2），%3 @ %4：%5
</translation>
    </message>
    <message>
        <source>The project (ID or slug)</source>
        <translation>项目（ID 或标识）</translation>
    </message>
    <message>
        <source>run: the branch or tag</source>
        <translation>run：分支或标签</translation>
    </message>
    <message>
        <source>run: a pipeline variable KEY=VALUE; repeat for several</source>
        <translation>run：流水线变量 KEY=VALUE；可重复指定多个</translation>
    </message>
    <message>
        <source>list: only pipelines with this status</source>
        <translation>list：仅显示此状态的流水线</translation>
    </message>
    <message>
        <source>list: pipelines to show (1-100)</source>
        <translation>list：显示的流水线数（1-100）</translation>
    </message>
    <message>
        <source>pipelines run needs --ref</source>
        <translation>pipelines run 需要 --ref</translation>
    </message>
    <message>
        <source>-v takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>-v 需要 KEY=VALUE，而不是“%1”</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>触发者</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>pipelines show needs a numeric ID (see adp pipelines list)</source>
        <translation>pipelines show 需要数字 ID（参见 adp pipelines list）</translation>
    </message>
    <message>
        <source>pipelines needs run --project S --ref R [-v KEY=VALUE], list --project S, or show|cancel|retry ID</source>
        <translation>pipelines 需要 run --project S --ref R [-v KEY=VALUE]、list --project S，或 show|cancel|retry ID</translation>
    </message>
    <message>
        <source>pipelines %1 needs a numeric ID (see adp pipelines list)</source>
        <translation>pipelines %1 需要数字 ID（参见 adp pipelines list）</translation>
    </message>
</context>
<context>
    <name>PricesCommand</name>
    <message>
        <source>the organisation (slug)</source>
        <translation>组织（slug）</translation>
    </message>
    <message>
        <source>what is priced: %1</source>
        <translation>定价对象：%1</translation>
    </message>
    <message>
        <source>the price per unit, e.g. 0.008</source>
        <translation>单价，例如 0.008</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. USD</source>
        <translation>ISO 4217 代码，例如 USD</translation>
    </message>
    <message>
        <source>the first day it applies, e.g. 2027-01-01</source>
        <translation>生效的第一天，例如 2027-01-01</translation>
    </message>
    <message>
        <source>prices needs --org O and one of: list, set --meter M --price P --currency C --from YYYY-MM-DD, delete ID</source>
        <translation>prices 需要 --org O 以及以下之一：list、set --meter M --price P --currency C --from YYYY-MM-DD、delete ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>METER</source>
        <translation>计量项</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Withdrew price %1.</source>
        <translation>已撤回价格 %1。</translation>
    </message>
    <message>
        <source>Price %1: %2 costs %3 %4 per %5 from %6.</source>
        <translation>价格 %1：自 %6 起，%2 每 %5 收费 %3 %4。</translation>
    </message>
</context>
<context>
    <name>ProjectsCommand</name>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>URL name: lowercase letters, digits, &apos;-&apos;, &apos;_&apos;</source>
        <translation>URL 名称：小写字母、数字、“-”、“_”</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>Git repository URL or local path</source>
        <translation>Git 仓库地址或本地路径</translation>
    </message>
    <message>
        <source>Default branch (main if not given)</source>
        <translation>默认分支（未指定时为 main）</translation>
    </message>
    <message>
        <source>private, internal or public</source>
        <translation>private、internal 或 public</translation>
    </message>
    <message>
        <source>--visibility must be private, internal or public</source>
        <translation>--visibility 必须是 private、internal 或 public</translation>
    </message>
    <message>
        <source>list: only projects matching this text</source>
        <translation>list：仅显示匹配此文本的项目</translation>
    </message>
    <message>
        <source>list: name, slug, created_at or updated_at; prefix - for descending</source>
        <translation>list：name、slug、created_at 或 updated_at；加前缀 - 表示降序</translation>
    </message>
    <message>
        <source>list: projects per page (1-100)</source>
        <translation>list：每页项目数（1-100）</translation>
    </message>
    <message>
        <source>list: continue after a previous page</source>
        <translation>list：从上一页之后继续</translation>
    </message>
    <message>
        <source>list: fetch every page</source>
        <translation>list：获取所有页</translation>
    </message>
    <message>
        <source>projects needs one of: list, show, create, update, delete</source>
        <translation>projects 需要以下之一：list、show、create、update、delete</translation>
    </message>
    <message>
        <source>projects %1 needs one ID or SLUG</source>
        <translation>projects %1 需要一个 ID 或标识</translation>
    </message>
    <message>
        <source>projects %1 takes no positional arguments</source>
        <translation>projects %1 不接受位置参数</translation>
    </message>
    <message>
        <source>--sort must be one of %1</source>
        <translation>--sort 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1</source>
        <translation>--limit 必须是 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>projects create needs --name and --slug</source>
        <translation>projects create 需要 --name 和 --slug</translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation>已删除项目 %1。</translation>
    </message>
    <message>
        <source>create: the organisation it belongs to (default: default)</source>
        <translation>create：所属组织（默认：default）</translation>
    </message>
    <message>
        <source>The CI definition in the repository (default .gitlab-ci.yml)</source>
        <translation>仓库中的 CI 定义文件（默认 .gitlab-ci.yml）</translation>
    </message>
    <message>
        <source>projects update needs at least one of --name, --slug, --description, --repository, --ci-config-path, --default-branch, --visibility</source>
        <translation>projects update 至少需要 --name、--slug、--description、--repository、--ci-config-path、--default-branch、--visibility 之一</translation>
    </message>
</context>
<context>
    <name>ProtectedRefsCommand</name>
    <message>
        <source>the project whose branches and tags these are</source>
        <translation>这些分支和标签所属的项目</translation>
    </message>
    <message>
        <source>add, remove: a tag (or tag wildcard), not a branch</source>
        <translation>add、remove：标签（或标签通配符），而不是分支</translation>
    </message>
    <message>
        <source>protected-refs needs --project SLUG and one of: list, add NAME, remove NAME</source>
        <translation>protected-refs 需要 --project SLUG 以及以下之一：list、add NAME、remove NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Tags named %1 are now protected.</source>
        <translation>名为 %1 的标签现已受保护。</translation>
    </message>
    <message>
        <source>Branches named %1 are now protected.</source>
        <translation>名为 %1 的分支现已受保护。</translation>
    </message>
    <message>
        <source>%1 is no longer protected.</source>
        <translation>%1 不再受保护。</translation>
    </message>
    <message>
        <source>%1 is not protected</source>
        <translation>%1 未受保护</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Audit report</source>
        <translation>审计报告</translation>
    </message>
    <message>
        <source>ADP audit report, made %1 UTC by %2</source>
        <translation>ADP 审计报告，由 %2 于 %1 UTC 生成</translation>
    </message>
    <message>
        <source>Signed by key %1; check with: adp audit verify-export FILE</source>
        <translation>由密钥 %1 签名；校验方法：adp audit verify-export FILE</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>refused or failed</source>
        <translation>被拒绝或失败</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>target id</source>
        <translation>对象 ID</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>none: every event in the trail</source>
        <translation>无：审计记录中的全部事件</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>The whole audit trail of this server</source>
        <translation>本服务器的全部审计记录</translation>
    </message>
    <message>
        <source>The events of this server&apos;s audit trail that pass the filters</source>
        <translation>本服务器审计记录中通过筛选的事件</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>第一个事件</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>报告生成时</translation>
    </message>
    <message>
        <source>%1 to %2 (the first and last event)</source>
        <translation>%1 至 %2（第一个与最后一个事件）</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>没有事件</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>时间段（UTC）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>生成者</translation>
    </message>
    <message>
        <source>Made at (UTC)</source>
        <translation>生成时间（UTC）</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>The events of this report are inside this PDF as a signed JSON Lines export, and the server signed the PDF itself with its Ed25519 key. Anyone holding the server&apos;s public key (GET /.well-known/adp-audit-signing-key) can check both offline with &quot;adp audit verify-export FILE&quot;, which names any event changed or removed.</source>
        <translation>本报告的事件以已签名的 JSON Lines 导出形式嵌入在此 PDF 中，服务器还用其 Ed25519 密钥对 PDF 本身进行了签名。持有服务器公钥（GET /.well-known/adp-audit-signing-key）的任何人都可以用“adp audit verify-export FILE”离线校验两者，它会指出任何被修改或删除的事件。</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>第一个事件</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最后一个事件</translation>
    </message>
    <message>
        <source>Chain head when made</source>
        <translation>生成时的链头</translation>
    </message>
    <message>
        <source>Export digest</source>
        <translation>导出摘要</translation>
    </message>
    <message numerus="yes">
        <source>Checked against the server&apos;s key before printing: %n event(s), complete and signed.</source>
        <translation>
            <numerusform>打印前已用服务器密钥校验：%n 个事件，完整且已签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against the server&apos;s key before printing: it does NOT verify.</source>
        <translation>打印前已用服务器密钥校验：未通过校验。</translation>
    </message>
    <message>
        <source>Export check</source>
        <translation>导出校验</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>哈希链校验</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) checked from the first event to the head.</source>
        <translation>
            <numerusform>完好：已从第一个事件到链头校验 %n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BROKEN: %n event(s) checked; the trail was tampered with.</source>
        <translation>
            <numerusform>已损坏：已校验 %n 个事件；审计记录被篡改过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) committed but not sealed into the chain yet.</source>
        <translation>
            <numerusform>%n 个事件已提交，尚未封存进哈希链。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Refused or failed</source>
        <translation>被拒绝或失败</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>按操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>%1 other actions</source>
        <translation>其他 %1 种操作</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>按操作者</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>%1 other actors</source>
        <translation>其他 %1 个操作者</translation>
    </message>
    <message>
        <source>No event passes the filters.</source>
        <translation>没有事件通过筛选。</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>seq %1, chain hash:</source>
        <translation>序号 %1，链哈希：</translation>
    </message>
    <message>
        <source>Events up to seq %1 were archived by retention (signed files kept apart); the chain verifies from there.</source>
        <translation>序号 %1 及之前的事件已按保留策略归档（签名文件另行保存）；哈希链从那里开始校验。</translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a chain verification.</source>
        <translation>%1 不是哈希链校验结果。</translation>
    </message>
    <message>
        <source>%1 is not a JSON Lines audit export.</source>
        <translation>%1 不是 JSON Lines 审计导出。</translation>
    </message>
</context>
<context>
    <name>ReportMain</name>
    <message>
        <source>adp-audit-report needs --%1</source>
        <translation>adp-audit-report 需要 --%1</translation>
    </message>
    <message>
        <source>--public-key is not an Ed25519 public key</source>
        <translation>--public-key 不是 Ed25519 公钥</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>The PDF ends before its end-of-file marker: it was cut off.</source>
        <translation>该 PDF 在文件结束标记之前就结束了：它被截断了。</translation>
    </message>
    <message>
        <source>This PDF carries no audit report proof: it was not made by ADP, or it was saved again by another program.</source>
        <translation>该 PDF 不带审计报告证明：它不是 ADP 生成的，或被其他程序重新保存过。</translation>
    </message>
    <message>
        <source>The PDF was changed after the server signed it (its pages, its metadata or the events inside), or another server&apos;s key signed it.</source>
        <translation>该 PDF 在服务器签名后被修改过（页面、元数据或其中的事件），或由另一台服务器的密钥签名。</translation>
    </message>
    <message>
        <source>The events inside the report are missing or cannot be read.</source>
        <translation>报告中的事件缺失或无法读取。</translation>
    </message>
</context>
<context>
    <name>SavingsAdvisor</name>
    <message>
        <source>%1 in %2 was never deployed to in %3 days and still costs this much a month (what the last %4 days cost): stop it, or let it auto-stop.</source>
        <translation>%2 中的 %1 在 %3 天内从未部署过，却仍每月产生这么多成本（按最近 %4 天计）：停止它，或让它自动停止。</translation>
    </message>
    <message>
        <source>%1 in %2 has had no deployment for %3 days and still costs this much a month (what the last %4 days cost): stop it, or let it auto-stop.</source>
        <translation>%2 中的 %1 已 %3 天没有部署，却仍每月产生这么多成本（按最近 %4 天计）：停止它，或让它自动停止。</translation>
    </message>
    <message>
        <source>%1 in %2 was retried %3 time(s) in %4 runs over %5 days: what the retries cost is saved by fixing why it fails.</source>
        <translation>%2 中的 %1 在 %5 天的 %4 次运行中重试了 %3 次：修复失败原因即可省下重试的成本。</translation>
    </message>
    <message>
        <source>%1 in %2 installs dependencies with no cache (%3 runs, %4 minutes over %5 days): a cache: keyed on the lock file; the saving assumes %6% of its cost.</source>
        <translation>%2 中的 %1 安装依赖却没有缓存（%5 天内 %3 次运行，%4 分钟）：添加以锁文件为键的 cache:；节省额按其成本的 %6% 假设。</translation>
    </message>
    <message>
        <source>%1 in %2 is slow and runs in every pipeline (%3 runs, %4 minutes over %5 days): rules: changes would skip it when nothing it checks changed; the saving assumes %6% of its cost.</source>
        <translation>%2 中的 %1 很慢且每条流水线都运行（%5 天内 %3 次运行，%4 分钟）：rules: changes 可在其检查的内容未变时跳过它；节省额按其成本的 %6% 假设。</translation>
    </message>
    <message>
        <source>%1 keeps %2 GB of artifacts in %3 file(s) older than %4 days that never expire: set artifacts: expire_in, or delete them.</source>
        <translation>%1 保存了 %2 GB 永不过期且超过 %4 天的制品（%3 个文件）：设置 artifacts: expire_in，或删除它们。</translation>
    </message>
    <message>
        <source>%1 keeps %2 GB of caches in %3 key(s) no job has saved for %4 days: delete the ones no job restores.</source>
        <translation>%1 保存了 %2 GB 缓存（%3 个键），已 %4 天没有作业保存过：删除不再被还原的缓存。</translation>
    </message>
    <message>
        <source>%1 in %2 requests %3m CPU and %4 MiB per pod; the 95th percentile of what its pods used over %5 day(s) is %6m and %7 MiB: requests of %8m and %9 MiB leave %10% headroom.</source>
        <translation>%2 中的 %1 每个 Pod 请求 %3m CPU 和 %4 MiB 内存；其 Pod 在 %5 天内用量的第 95 百分位为 %6m 和 %7 MiB：请求改为 %8m 和 %9 MiB 即留有 %10% 余量。</translation>
    </message>
</context>
<context>
    <name>SavingsText</name>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假设</translation>
    </message>
</context>
<context>
    <name>SchedulesCommand</name>
    <message>
        <source>Schedule %1 (%2): &apos;%3&apos; in %4 for %5, %6, owned by %7
</source>
        <translation>计划 %1（%2）：%4 时区的“%3”，运行 %5，%6，所有者 %7
</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>  next: %1
</source>
        <translation>  下次：%1
</translation>
    </message>
    <message>
        <source>  last run made no pipeline: %1
</source>
        <translation>  上次运行未创建流水线：%1
</translation>
    </message>
    <message>
        <source>-v takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>-v 需要 KEY=VALUE，而不是“%1”</translation>
    </message>
    <message>
        <source>list, create: the project (ID or slug)</source>
        <translation>list、create：项目（ID 或 slug）</translation>
    </message>
    <message>
        <source>what the schedule is for</source>
        <translation>计划的用途</translation>
    </message>
    <message>
        <source>when: five cron fields (&quot;30 2 * * *&quot;) or @daily, @hourly...</source>
        <translation>何时运行：五个 cron 字段（&quot;30 2 * * *&quot;）或 @daily、@hourly……</translation>
    </message>
    <message>
        <source>the cron&apos;s time zone (IANA name; default UTC)</source>
        <translation>cron 所用时区（IANA 名称；默认 UTC）</translation>
    </message>
    <message>
        <source>the branch or tag to run</source>
        <translation>要运行的分支或标签</translation>
    </message>
    <message>
        <source>a pipeline variable KEY=VALUE; repeat for several (update: replaces them all)</source>
        <translation>流水线变量 KEY=VALUE；可重复多次（update：全部替换）</translation>
    </message>
    <message>
        <source>update: run it again</source>
        <translation>update：重新启用</translation>
    </message>
    <message>
        <source>create, update: keep it but do not run it</source>
        <translation>create、update：保留但不运行</translation>
    </message>
    <message>
        <source>next: how many times to show (1-50, default 5)</source>
        <translation>next：显示的次数（1-50，默认 5）</translation>
    </message>
    <message>
        <source>schedules needs --project S list|create [options], show|update|delete|run ID, or next --cron C</source>
        <translation>schedules 需要 --project S list|create [选项]、show|update|delete|run ID，或 next --cron C</translation>
    </message>
    <message>
        <source>create makes an active schedule unless --inactive</source>
        <translation>create 默认创建启用的计划，除非指定 --inactive</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>CRON</source>
        <translation>CRON</translation>
    </message>
    <message>
        <source>TIME ZONE</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>所有者</translation>
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
        <source>Pipeline %1 (%2) for %3 at %4: %5</source>
        <translation>流水线 %1（%2），%3 于 %4：%5</translation>
    </message>
    <message>
        <source>Deleted schedule %1.</source>
        <translation>已删除计划 %1。</translation>
    </message>
    <message>
        <source>schedules next needs --cron</source>
        <translation>schedules next 需要 --cron</translation>
    </message>
    <message>
        <source>--count must be from 1 to 50</source>
        <translation>--count 必须在 1 到 50 之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin or UTC</source>
        <translation>“%1”不是已知时区；请使用 IANA 名称，如 Europe/Berlin 或 UTC</translation>
    </message>
    <message>
        <source>The cron expression is not valid: %1</source>
        <translation>cron 表达式无效：%1</translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>an AWS access key id</source>
        <translation>AWS 访问密钥 ID</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>GitHub 令牌</translation>
    </message>
    <message>
        <source>a GitHub fine-grained token</source>
        <translation>GitHub 细粒度令牌</translation>
    </message>
    <message>
        <source>a GitLab token</source>
        <translation>GitLab 令牌</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>Slack 令牌</translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation>Slack Webhook 地址</translation>
    </message>
    <message>
        <source>a Stripe live key</source>
        <translation>Stripe 正式环境密钥</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>Google API 密钥</translation>
    </message>
    <message>
        <source>an npm token</source>
        <translation>npm 令牌</translation>
    </message>
    <message>
        <source>a PyPI token</source>
        <translation>PyPI 令牌</translation>
    </message>
    <message>
        <source>an OpenAI API key</source>
        <translation>OpenAI API 密钥</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>a password in a URL</source>
        <translation>URL 中的密码</translation>
    </message>
    <message>
        <source>This line holds %1.</source>
        <translation>此行包含%1。</translation>
    </message>
    <message>
        <source>%1 is given a value that looks like a secret.</source>
        <translation>%1 被赋予了一个看起来像密钥的值。</translation>
    </message>
</context>
<context>
    <name>TeamsCommand</name>
    <message>
        <source>The organisation the team belongs to</source>
        <translation>团队所属的组织</translation>
    </message>
    <message>
        <source>add-member, remove-member: the account</source>
        <translation>add-member、remove-member：账户</translation>
    </message>
    <message>
        <source>teams needs --org ORG and one of: list, show TEAM, create --name N --slug S, update TEAM, delete TEAM, add-member TEAM --user U, remove-member TEAM --user U</source>
        <translation>teams 需要 --org ORG 以及以下之一：list、show TEAM、create --name N --slug S、update TEAM、delete TEAM、add-member TEAM --user U、remove-member TEAM --user U</translation>
    </message>
    <message>
        <source>teams create needs --name and --slug</source>
        <translation>teams create 需要 --name 和 --slug</translation>
    </message>
    <message>
        <source>teams %1 needs --user</source>
        <translation>teams %1 需要 --user</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Created team %1.</source>
        <translation>已创建团队 %1。</translation>
    </message>
    <message>
        <source>Updated team %1.</source>
        <translation>已更新团队 %1。</translation>
    </message>
    <message>
        <source>Deleted team %1.</source>
        <translation>已删除团队 %1。</translation>
    </message>
    <message>
        <source>%1 is in team %2.</source>
        <translation>%1 已加入团队 %2。</translation>
    </message>
    <message>
        <source>%1 left team %2.</source>
        <translation>%1 已离开团队 %2。</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <source>create: what the token is for</source>
        <translation>create：令牌的用途</translation>
    </message>
    <message>
        <source>create: api (default) or read_api; repeat for several</source>
        <translation>create：api（默认）或 read_api；可重复指定多个</translation>
    </message>
    <message>
        <source>create: days until it expires (1-365, default 30)</source>
        <translation>create：有效天数（1-365，默认 30）</translation>
    </message>
    <message>
        <source>tokens needs one of: list, create --name NAME, revoke ID</source>
        <translation>tokens 需要以下之一：list、create --name NAME、revoke ID</translation>
    </message>
    <message>
        <source>tokens create needs --name</source>
        <translation>tokens create 需要 --name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>--expires-in must be a number of days</source>
        <translation>--expires-in 必须是天数</translation>
    </message>
    <message>
        <source>Token %1 (&quot;%2&quot;, %3) expires %4. Copy it now: it is not shown again.</source>
        <translation>令牌 %1（“%2”，%3）将于 %4 过期。请立即复制：它不会再次显示。</translation>
    </message>
    <message>
        <source>tokens revoke needs a numeric ID (see adp tokens list)</source>
        <translation>tokens revoke 需要数字 ID（参见 adp tokens list）</translation>
    </message>
    <message>
        <source>Revoked token %1.</source>
        <translation>已吊销令牌 %1。</translation>
    </message>
    <message>
        <source>a project&apos;s tokens instead of your own (its maintainers only)</source>
        <translation>项目的令牌，而不是您自己的（仅限项目维护者）</translation>
    </message>
    <message>
        <source>create --project: the token&apos;s role there (viewer, reporter, developer, maintainer)</source>
        <translation>create --project：令牌在该项目中的角色（viewer、reporter、developer、maintainer）</translation>
    </message>
    <message>
        <source>a project token needs both --project and --role; a personal token neither</source>
        <translation>项目令牌需要同时指定 --project 和 --role；个人令牌两者都不需要</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>For project %1 as %2.</source>
        <translation>用于项目 %1，角色为 %2。</translation>
    </message>
</context>
<context>
    <name>VariablesCommand</name>
    <message>
        <source>the project whose variables these are</source>
        <translation>变量所属的项目</translation>
    </message>
    <message>
        <source>set: the value (visible in your shell&apos;s history; see --value-stdin)</source>
        <translation>set：变量值（会留在 shell 历史中；参见 --value-stdin）</translation>
    </message>
    <message>
        <source>set: read the value from standard input</source>
        <translation>set：从标准输入读取变量值</translation>
    </message>
    <message>
        <source>set: never show the value back and write [MASKED] for it in job logs</source>
        <translation>set：不再显示该值，并在作业日志中以 [MASKED] 代替</translation>
    </message>
    <message>
        <source>variables needs --project SLUG and one of: list, set KEY, delete KEY</source>
        <translation>variables 需要 --project SLUG 以及以下之一：list、set KEY、delete KEY</translation>
    </message>
    <message>
        <source>variables set needs one of --value VALUE or --value-stdin</source>
        <translation>variables set 需要 --value VALUE 或 --value-stdin 之一</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>[masked]</source>
        <translation>[已屏蔽]</translation>
    </message>
    <message>
        <source>set: only pipelines of protected branches and tags receive it</source>
        <translation>set：只有受保护分支和标签的流水线才会收到它</translation>
    </message>
    <message>
        <source>set: jobs receive the path of a file holding the value</source>
        <translation>set：作业收到的是保存该值的文件路径</translation>
    </message>
    <message>
        <source>set, delete: the environments it is for (a name, or a wildcard such as review/*; default *)</source>
        <translation>set、delete：适用的环境（名称，或 review/* 这样的通配符；默认 *）</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量</translation>
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
        <source>Deleted variable %1 (scope %2).</source>
        <translation>已删除变量 %1（范围 %2）。</translation>
    </message>
    <message>
        <source>Set variable %1 for %2 (masked).</source>
        <translation>已为 %2 设置变量 %1（已屏蔽）。</translation>
    </message>
    <message>
        <source>Set variable %1 for %2.</source>
        <translation>已为 %2 设置变量 %1。</translation>
    </message>
</context>
<context>
    <name>adp::app::AddMemberDialog</name>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告者</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>维护者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Start typing a username</source>
        <translation>输入用户名开始搜索</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Add a:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>adp::app::AiProviderDialog</name>
    <message>
        <source>Change the model %1</source>
        <translation>修改模型 %1</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. Local Qwen</source>
        <translation>例如 本地 Qwen</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:11434/v1</source>
        <translation>例如 http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible chat completions endpoint: OpenAI, Azure OpenAI, DeepSeek, Qwen, Ollama, vLLM, llama.cpp server</source>
        <translation>任何兼容 OpenAI 的 chat completions 接口：OpenAI、Azure OpenAI、DeepSeek、Qwen、Ollama、vLLM、llama.cpp server</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>e.g. qwen2.5-coder</source>
        <translation>例如 qwen2.5-coder</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>%1 (kept unless you type a new one)</source>
        <translation>%1（不输入新密钥则保留）</translation>
    </message>
    <message>
        <source>none (local servers often need none)</source>
        <translation>无（本地服务通常不需要）</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Longest answer:</source>
        <translation>最长回答：</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Price of a million prompt tokens:</source>
        <translation>每百万提示 token 的价格：</translation>
    </message>
    <message>
        <source> (hundredths)</source>
        <translation>（百分之一单位）</translation>
    </message>
    <message>
        <source>Price of a million answer tokens:</source>
        <translation>每百万回答 token 的价格：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Adding the model</source>
        <translation>添加模型</translation>
    </message>
</context>
<context>
    <name>adp::app::AiProvidersTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>每百万 token 价格</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s admins and owners manage its models</source>
        <translation>只有组织的管理员和所有者可以管理其模型</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>prompt %1, answer %2 (hundredths of %3)</source>
        <translation>提示 %1，回答 %2（%3 的百分之一单位）</translation>
    </message>
    <message>
        <source>Remove the model %1? Answers it gave are kept.</source>
        <translation>移除模型 %1？它给出的回答会保留。</translation>
    </message>
    <message>
        <source>Removing the model</source>
        <translation>移除模型</translation>
    </message>
</context>
<context>
    <name>adp::app::ApprovalNotifier</name>
    <message>
        <source>Deployment waits for your approval</source>
        <translation>有部署在等待你的审批</translation>
    </message>
    <message>
        <source>#%1 of %2 to %3 (%4, asked by %5)</source>
        <translation>%2 的 #%1 部署到 %3（%4，由 %5 发起）</translation>
    </message>
</context>
<context>
    <name>adp::app::AssistantPanel</name>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assistant&lt;/b&gt;</source>
        <translation>&lt;b&gt;助手&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Explain this failure</source>
        <translation>解释此次失败</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Evidence from the log</source>
        <translation>日志中的证据</translation>
    </message>
    <message>
        <source>From the built-in analyzers: no model was asked and nothing left the server.</source>
        <translation>来自内置分析器：未询问任何模型，没有数据离开服务器。</translation>
    </message>
    <message>
        <source>Choose a job to see why it failed.</source>
        <translation>选择一个作业，查看它失败的原因。</translation>
    </message>
    <message>
        <source>Explained once the job has ended.</source>
        <translation>作业结束后给出解释。</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <source>Explaining the failure</source>
        <translation>解释失败原因</translation>
    </message>
    <message>
        <source>Go to the first bad line (%1)</source>
        <translation>转到第一处出错行（%1）</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>Where %1 points</source>
        <translation>%1 指向的位置</translation>
    </message>
    <message>
        <source>Failing test: %1</source>
        <translation>失败的测试：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rule %1; click to show this line in the log</source>
        <translation>规则 %1；点击在日志中显示此行</translation>
    </message>
    <message>
        <source>Flaky: the same job ended differently on the same commit; a retry may pass.</source>
        <translation>不稳定：同一作业在同一提交上的结果不同；重试可能会通过。</translation>
    </message>
    <message>
        <source>Job %1 (%2), %3</source>
        <translation>作业 %1（%2），%3</translation>
    </message>
    <message>
        <source>The job ended: %1. Explain reads its log all the same.</source>
        <translation>作业已结束：%1。仍可点击“解释”分析其日志。</translation>
    </message>
    <message>
        <source>Go to the first bad line</source>
        <translation>转到第一处出错行</translation>
    </message>
    <message>
        <source>%1 (%2) says:</source>
        <translation>%1（%2）说：</translation>
    </message>
    <message>
        <source>Asking the model</source>
        <translation>询问模型</translation>
    </message>
</context>
<context>
    <name>adp::app::AuditExportTask</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was canceled; no file was kept.</source>
        <translation>导出已取消；未保留任何文件。</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s signing key</source>
        <translation>获取服务器的签名密钥</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>adp::app::AuditModel</name>
    <message>
        <source>Before: %1</source>
        <translation>变更前：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>变更后：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
</context>
<context>
    <name>adp::app::AuditScopePicker</name>
    <message>
        <source>Organisation or project</source>
        <translation>组织或项目</translation>
    </message>
    <message>
        <source>All organisations and projects</source>
        <translation>所有组织和项目</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>所有环境</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
</context>
<context>
    <name>adp::app::AuditStreamsDialog</name>
    <message>
        <source>Audit streams</source>
        <translation>审计流</translation>
    </message>
    <message>
        <source>Each stream sends every new audit event its filters pass to a receiver (a SIEM&apos;s HTTPS endpoint), in order, at least once, in GitLab&apos;s streaming event shape. A receiver that is down falls behind and catches up; nothing is lost.</source>
        <translation>每个流把通过其筛选的每个新审计事件，按顺序、至少一次地，以 GitLab 的流式事件格式发送给接收方（SIEM 的 HTTPS 端点）。接收方宕机时会落后，恢复后追上；不会丢失任何事件。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>最后发送</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Audit stream added</source>
        <translation>已添加审计流</translation>
    </message>
    <message>
        <source>The receiver gets this verification token in the X-Gitlab-Event-Streaming-Token header of every event. It is shown only now:

%1</source>
        <translation>接收方会在每个事件的 X-Gitlab-Event-Streaming-Token 请求头中收到此验证令牌。它仅在此时显示：

%1</translation>
    </message>
    <message>
        <source>Delete audit stream</source>
        <translation>删除审计流</translation>
    </message>
    <message>
        <source>Add an audit stream</source>
        <translation>添加审计流</translation>
    </message>
    <message>
        <source>every action, or one, or a prefix like project.</source>
        <translation>所有操作，或某个操作，或前缀如 project.</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>接收方 URL</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Loading the audit streams</source>
        <translation>加载审计流</translation>
    </message>
    <message>
        <source>refused or failed</source>
        <translation>被拒绝或失败</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Adding the audit stream</source>
        <translation>添加审计流</translation>
    </message>
    <message>
        <source>Changing the audit stream</source>
        <translation>修改审计流</translation>
    </message>
    <message>
        <source>Delete the audit stream &quot;%1&quot;? Its receiver gets nothing more.</source>
        <translation>删除审计流“%1”？其接收方将不再收到任何事件。</translation>
    </message>
    <message>
        <source>Deleting the audit stream</source>
        <translation>删除审计流</translation>
    </message>
</context>
<context>
    <name>adp::app::AuditView</name>
    <message>
        <source>Actor (username)</source>
        <translation>操作者（用户名）</translation>
    </message>
    <message>
        <source>Action, or a prefix like project.</source>
        <translation>操作，或前缀如 project.</translation>
    </message>
    <message>
        <source>Target, e.g. project or project:12</source>
        <translation>对象，例如 project 或 project:12</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Loading the audit trail</source>
        <translation>加载审计记录</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>校验审计记录</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified.</source>
        <translation>审计记录完好：已校验 %1 个事件。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>审计记录已被篡改：</translation>
    </message>
    <message>
        <source>%1 newer events are committed but not sealed into the chain yet.</source>
        <translation>另有 %1 条较新的事件已提交，尚未封存进哈希链。</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已接收 %1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Exported %1 events to %2; the file is complete and its signature holds.</source>
        <translation>已导出 %1 个事件到 %2；文件完整且签名有效。</translation>
    </message>
    <message>
        <source>The export saved to %1 does not verify:</source>
        <translation>保存到 %1 的导出未通过校验：</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the events the filters pass as CSV, JSON Lines or a PDF report, signed by the server</source>
        <translation>将通过筛选的事件保存为 CSV、JSON Lines 或 PDF 报告，并由服务器签名</translation>
    </message>
    <message>
        <source>Events up to %1 were archived by retention; the chain verifies from there.</source>
        <translation>序号 %1 及之前的事件已按保留策略归档；哈希链从那里开始校验。</translation>
    </message>
    <message>
        <source>Streams…</source>
        <translation>审计流…</translation>
    </message>
    <message>
        <source>Send new audit events to a SIEM as they are sealed</source>
        <translation>在审计事件封存后将其发送到 SIEM</translation>
    </message>
    <message>
        <source>Compliance…</source>
        <translation>合规…</translation>
    </message>
    <message>
        <source>Check deployments, roles, tokens, accounts, secrets, sign-ins and the chain</source>
        <translation>检查部署、角色、令牌、账号、机密、登录和审计链</translation>
    </message>
</context>
<context>
    <name>adp::app::BudgetBurnDown</name>
    <message>
        <source>%1: spent against %2 %3</source>
        <translation>%1：已花费与额度 %2 %3 对比</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>Forecast band (95%)</source>
        <translation>预测区间（95%）</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
</context>
<context>
    <name>adp::app::BudgetDialog</name>
    <message>
        <source>Change the budget %1</source>
        <translation>修改预算 %1</translation>
    </message>
    <message>
        <source>New budget</source>
        <translation>新建预算</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Shop&apos;s cloud</source>
        <translation>例如 Shop 的云支出</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <source>A project</source>
        <translation>一个项目</translation>
    </message>
    <message>
        <source>An environment</source>
        <translation>一个环境</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>一个团队</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>project slug, project/environment or team</source>
        <translation>项目标识、项目/环境或团队</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>From one day to another</source>
        <translation>从某天到某天</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Day after the last</source>
        <translation>最后一天的次日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>e.g. 1500</source>
        <translation>例如 1500</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217 代码，例如 USD</translation>
    </message>
    <message>
        <source>Alert at (%)</source>
        <translation>告警阈值（%）</translation>
    </message>
    <message>
        <source>e.g. 50, 80, 100</source>
        <translation>例如 50, 80, 100</translation>
    </message>
    <message>
        <source>Alert when the forecast crosses a threshold, too</source>
        <translation>预测超过阈值时也告警</translation>
    </message>
    <message>
        <source>must be whole percents separated by commas, such as 50, 80, 100</source>
        <translation>必须是以逗号分隔的整数百分比，例如 50, 80, 100</translation>
    </message>
    <message>
        <source>Saving the budget</source>
        <translation>保存预算</translation>
    </message>
</context>
<context>
    <name>adp::app::BudgetNotifier</name>
    <message>
        <source>Budget %1 is forecast to reach %2%</source>
        <translation>预算 %1 预计将达到 %2%</translation>
    </message>
    <message>
        <source>Budget %1 reached %2%</source>
        <translation>预算 %1 已达到 %2%</translation>
    </message>
</context>
<context>
    <name>adp::app::ChangeReviewDialog</name>
    <message>
        <source>Review a change in %1</source>
        <translation>审查 %1 中的变更</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>a branch, tag or commit</source>
        <translation>分支、标签或提交</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>What the security rules find in the lines a change adds, then the model&apos;s review.</source>
        <translation>安全规则在变更新增行中发现的问题，随后是模型的审查。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What the rules found</source>
        <translation>规则的发现</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>终点：</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>正在审查…</translation>
    </message>
    <message>
        <source>Reviewing the change</source>
        <translation>审查变更</translation>
    </message>
    <message>
        <source>%1..%2: %3 commit(s), %4 file(s) changed; the rules found %5 thing(s) in the lines it adds.</source>
        <translation>%1..%2：%3 个提交，%4 个文件有变更；规则在新增行中发现 %5 项。</translation>
    </message>
</context>
<context>
    <name>adp::app::CitedFileDialog</name>
    <message>
        <source>The cited file</source>
        <translation>被引用的文件</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>%1 at %2 (%3), line %4 of %5</source>
        <translation>%1（%2，%3），第 %4 行，共 %5 行</translation>
    </message>
</context>
<context>
    <name>adp::app::ClusterAllocationPanel</name>
    <message>
        <source>Share idle capacity</source>
        <translation>分摊闲置容量</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Controller kind</source>
        <translation>控制器类型</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>By cost</source>
        <translation>按成本</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Label key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>label key, e.g. team</source>
        <translation>标签键，例如 team</translation>
    </message>
    <message>
        <source>Shared namespaces</source>
        <translation>分摊的命名空间</translation>
    </message>
    <message>
        <source>e.g. kube-system,monitoring</source>
        <translation>例如 kube-system,monitoring</translation>
    </message>
    <message>
        <source>Namespaces whose cost is split among the other rows</source>
        <translation>成本分摊给其他行的命名空间</translation>
    </message>
    <message>
        <source>Split shared cost</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <source>Spread what the nodes offered and no workload took over the rows, by their CPU and memory cost</source>
        <translation>把节点提供但无工作负载占用的部分，按各行的 CPU 和内存成本分摊</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分摊</translation>
    </message>
    <message>
        <source>Cluster cost allocation</source>
        <translation>集群成本分摊</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 核</translation>
    </message>
    <message>
        <source>CPU used</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>内存（GiB）</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>内存利用率</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>分摊</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cores taken on average: max(request, usage)</source>
        <translation>平均占用的核数：max(请求, 用量)</translation>
    </message>
    <message>
        <source>Usage over request</source>
        <translation>用量占请求的比例</translation>
    </message>
    <message>
        <source>Adding up the clusters…</source>
        <translation>正在汇总集群……</translation>
    </message>
    <message>
        <source>Reading the clusters&apos; costs</source>
        <translation>读取集群成本</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %3 across %n row(s).</source>
        <translation>
            <numerusform>%1 至 %2：%n 行合计 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle capacity</source>
        <translation>闲置容量</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reading the clusters&apos; costs failed: %1</source>
        <translation>读取集群成本失败：%1</translation>
    </message>
</context>
<context>
    <name>adp::app::ClusterDialog</name>
    <message>
        <source>Add a Kubernetes cluster</source>
        <translation>添加 Kubernetes 集群</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. production (lower-case, digits, -)</source>
        <translation>例如 production（小写字母、数字、-）</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>the kubeconfig&apos;s current-context</source>
        <translation>kubeconfig 的 current-context</translation>
    </message>
    <message>
        <source>Kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>Paste a kubeconfig with an inline token or client certificate, or load a file. It is stored sealed and never shown again.</source>
        <translation>粘贴带有内联令牌或客户端证书的 kubeconfig，或从文件加载。它会加密保存，且不会再次显示。</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>从文件加载…</translation>
    </message>
    <message>
        <source>Load a kubeconfig</source>
        <translation>加载 kubeconfig</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Adding the cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>测试连接</translation>
    </message>
</context>
<context>
    <name>adp::app::ClustersPanel</name>
    <message>
        <source>Remove cluster</source>
        <translation>移除集群</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API 服务器</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加者</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>No clusters yet</source>
        <translation>还没有集群</translation>
    </message>
    <message>
        <source>Add a Kubernetes cluster from a kubeconfig with an inline token or client certificate; environments will deploy to it.</source>
        <translation>用带有内联令牌或客户端证书的 kubeconfig 添加 Kubernetes 集群；环境将部署到该集群。</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>添加集群…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Loading the clusters</source>
        <translation>加载集群</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Remove the cluster %1 (%2)? Its sealed kubeconfig is deleted.</source>
        <translation>移除集群 %1（%2）？其加密保存的 kubeconfig 将被删除。</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>上次测试</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <source>Connected, %1 (%2)</source>
        <translation>已连接，%1（%2）</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers add, test and remove clusters</source>
        <translation>只有项目维护者可以添加、测试和移除集群</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1（组织）</translation>
    </message>
    <message>
        <source>This cluster belongs to the organisation: its admins remove it</source>
        <translation>此集群属于组织：由组织管理员删除</translation>
    </message>
</context>
<context>
    <name>adp::app::ComplianceDialog</name>
    <message>
        <source>Compliance checks</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period (deployments, sign-ins)</source>
        <translation>期间（部署、登录）</translation>
    </message>
    <message>
        <source>Tokens and accounts unused for (days)</source>
        <translation>令牌和账号闲置（天）</translation>
    </message>
    <message>
        <source>Secrets unchanged for (days)</source>
        <translation>机密未更改（天）</translation>
    </message>
    <message>
        <source>Failed sign-ins in one hour</source>
        <translation>一小时内登录失败次数</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>运行检查</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Open a finding to see its audit events</source>
        <translation>打开一项发现以查看其审计事件</translation>
    </message>
    <message>
        <source>The period has to start before it ends.</source>
        <translation>期间的开始必须早于结束。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Running the compliance checks</source>
        <translation>运行合规检查</translation>
    </message>
    <message>
        <source>%1. Period: %2.</source>
        <translation>%1。期间：%2。</translation>
    </message>
    <message>
        <source>Schedules…</source>
        <translation>计划…</translation>
    </message>
    <message>
        <source>Reports sent every week or month through a notification rule</source>
        <translation>经通知规则每周或每月发送的报告</translation>
    </message>
</context>
<context>
    <name>adp::app::ComplianceSchedulesDialog</name>
    <message>
        <source>Scheduled compliance reports</source>
        <translation>定期合规报告</translation>
    </message>
    <message>
        <source>Each schedule sends the compliance report of the week (Mondays) or month (the 1st) before, at 00:00 UTC, through a project&apos;s notification rule: its chat service, webhook or email.</source>
        <translation>每个计划在 UTC 00:00 发送上一周（周一）或上一月（1 日）的合规报告，经由某个项目的通知规则：其聊天服务、Webhook 或电子邮件。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下次</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Add a scheduled report</source>
        <translation>添加定期报告</translation>
    </message>
    <message>
        <source>Weekly (Mondays)</source>
        <translation>每周（周一）</translation>
    </message>
    <message>
        <source>Monthly (the 1st)</source>
        <translation>每月（1 日）</translation>
    </message>
    <message>
        <source>The id of a project&apos;s notification rule (project settings, Notifications)</source>
        <translation>某个项目通知规则的 ID（项目设置，通知）</translation>
    </message>
    <message>
        <source>Notification rule</source>
        <translation>通知规则</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Loading the scheduled reports</source>
        <translation>加载定期报告</translation>
    </message>
    <message>
        <source>no rule (it was deleted)</source>
        <translation>无规则（已被删除）</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <source>not sent %1</source>
        <translation>%1 未发送</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Adding the scheduled report</source>
        <translation>添加定期报告</translation>
    </message>
    <message>
        <source>Sending the report</source>
        <translation>发送报告</translation>
    </message>
    <message>
        <source>Changing the scheduled report</source>
        <translation>更改定期报告</translation>
    </message>
    <message>
        <source>Delete the scheduled report &quot;%1&quot;?</source>
        <translation>删除定期报告“%1”？</translation>
    </message>
    <message>
        <source>Deleting the scheduled report</source>
        <translation>删除定期报告</translation>
    </message>
</context>
<context>
    <name>adp::app::ConnectionDialog</name>
    <message>
        <source>Connect to ADP</source>
        <translation>连接到 ADP</translation>
    </message>
    <message>
        <source>This computer (starts a private server, no setup)</source>
        <translation>本机（启动私有服务器，无需设置）</translation>
    </message>
    <message>
        <source>A team server:</source>
        <translation>团队服务器：</translation>
    </message>
    <message>
        <source>https://adp.example.com</source>
        <translation>https://adp.example.com</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the server&apos;s http:// or https:// address</source>
        <translation>请输入服务器的 http:// 或 https:// 地址</translation>
    </message>
</context>
<context>
    <name>adp::app::ConnectionReportView</name>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>May</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>What the credentials may do</source>
        <translation>凭据可执行的操作</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>The API server could not be reached. Check its address and that this server may connect to it.</source>
        <translation>无法访问 API 服务器。请检查其地址，以及本服务器是否可以连接到它。</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the API server&apos;s certificate is not signed by the kubeconfig&apos;s CA, or the client certificate was refused.</source>
        <translation>TLS 握手失败：API 服务器的证书不是由 kubeconfig 中的 CA 签发的，或客户端证书被拒绝。</translation>
    </message>
    <message>
        <source>The API server did not answer in time.</source>
        <translation>API 服务器未及时响应。</translation>
    </message>
    <message>
        <source>The API server did not accept the credentials; the token may have expired or been revoked.</source>
        <translation>API 服务器不接受这些凭据；令牌可能已过期或被吊销。</translation>
    </message>
    <message>
        <source>The API server answered with an error.</source>
        <translation>API 服务器返回了错误。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deployments and jobs can use it.</source>
        <translation>部署和作业都可以使用它。</translation>
    </message>
    <message>
        <source>Deployments can use it; jobs cannot run here as pods.</source>
        <translation>部署可以使用它；作业无法在此以 Pod 运行。</translation>
    </message>
    <message>
        <source>Jobs can run here as pods; deployments cannot use it.</source>
        <translation>作业可以在此以 Pod 运行；部署无法使用它。</translation>
    </message>
    <message>
        <source>Neither deployments nor jobs can use it with these credentials.</source>
        <translation>使用这些凭据，部署和作业都无法使用它。</translation>
    </message>
    <message>
        <source>Connected to Kubernetes %1 (%2), namespace %3. %4</source>
        <translation>已连接到 Kubernetes %1（%2），命名空间 %3。%4</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Jobs as pods</source>
        <translation>以 Pod 运行作业</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>adp::app::CostLinesDialog</name>
    <message>
        <source>What %1 is made of</source>
        <translation>%1 的构成</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>正在读取明细……</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>成本明细</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Reading the lines</source>
        <translation>读取明细</translation>
    </message>
    <message>
        <source>Bill line</source>
        <translation>账单明细</translation>
    </message>
    <message>
        <source>Job run</source>
        <translation>作业运行</translation>
    </message>
    <message>
        <source>Cluster workload</source>
        <translation>集群工作负载</translation>
    </message>
    <message>
        <source>Idle cluster capacity</source>
        <translation>集群闲置容量</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>AI 助手</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 in all.</source>
        <translation>
            <numerusform>共 %n 条，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The costliest %1 are shown.</source>
        <translation>显示最贵的 %1 条。</translation>
    </message>
</context>
<context>
    <name>adp::app::CostSeries</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>（未归属）</translation>
    </message>
</context>
<context>
    <name>adp::app::CostsView</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>执行器</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Day after the last</source>
        <translation>最后一天的后一天</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Cost by group</source>
        <translation>按分组的成本</translation>
    </message>
    <message>
        <source>Daily cost chart</source>
        <translation>每日成本图</translation>
    </message>
    <message>
        <source>Top spenders chart</source>
        <translation>花费最多者图</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>至（不含）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Loading the organisations</source>
        <translation>加载组织</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>周期的结束早于开始。</translation>
    </message>
    <message>
        <source>Loading the costs</source>
        <translation>加载成本</translation>
    </message>
    <message>
        <source>No costs yet: import a bill or set prices for what ADP measures.</source>
        <translation>尚无成本：请导入账单，或为 ADP 计量的用量设置价格。</translation>
    </message>
    <message>
        <source>Total %1 from %2 to %3</source>
        <translation>%2 至 %3 共计 %1</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>位于 %1 内</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exporting the costs</source>
        <translation>导出成本</translation>
    </message>
    <message>
        <source>Exported %1 bytes to %2</source>
        <translation>已导出 %1 字节到 %2</translation>
    </message>
    <message>
        <source>Export the costs</source>
        <translation>导出成本</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The chart cannot be saved to %1.</source>
        <translation>无法将图表保存到 %1。</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget burn-up chart</source>
        <translation>预算燃起图</translation>
    </message>
    <message>
        <source>Loading the budgets</source>
        <translation>加载预算</translation>
    </message>
    <message>
        <source>%1 has not begun: its period starts on %2.</source>
        <translation>%1 尚未开始：其周期始于 %2。</translation>
    </message>
    <message>
        <source>Loading the budget</source>
        <translation>加载预算</translation>
    </message>
    <message>
        <source>Spent %1 of %2 (%3%)</source>
        <translation>已花费 %1 / %2（%3%）</translation>
    </message>
    <message>
        <source>· forecast %1 (%2%) by %3</source>
        <translation>· 预计到 %3 为 %1（%2%）</translation>
    </message>
    <message>
        <source>%1% forecast on %2</source>
        <translation>%2 预测达到 %1%</translation>
    </message>
    <message>
        <source>%1% reached on %2</source>
        <translation>%2 已达到 %1%</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>节省</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建……</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改……</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Administrators add budgets</source>
        <translation>由管理员添加预算</translation>
    </message>
    <message>
        <source>Delete the budget</source>
        <translation>删除预算</translation>
    </message>
    <message>
        <source>Delete %1? Its alerts are forgotten; the costs stay.</source>
        <translation>删除 %1？其告警记录将被清除，成本数据保留。</translation>
    </message>
    <message>
        <source>Deleting the budget</source>
        <translation>删除预算</translation>
    </message>
    <message>
        <source>No budgets yet: an administrator adds them with New…</source>
        <translation>尚无预算：管理员可用“新建……”添加。</translation>
    </message>
    <message>
        <source>Lines…</source>
        <translation>明细……</translation>
    </message>
    <message>
        <source>What these costs are made of: bill lines, job runs, cluster workloads, storage</source>
        <translation>这些成本的构成：账单明细、作业运行、集群工作负载、存储</translation>
    </message>
</context>
<context>
    <name>adp::app::DailyCostChart</name>
    <message>
        <source>Daily cost (%1)</source>
        <translation>每日成本（%1）</translation>
    </message>
</context>
<context>
    <name>adp::app::DeploymentRiskPanel</name>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Deployment risk</source>
        <translation>部署风险</translation>
    </message>
    <message>
        <source>Weigh the risk</source>
        <translation>评估风险</translation>
    </message>
    <message>
        <source>The rules weigh what it brings and where it goes; the organisation&apos;s model, when it has one, gives its opinion</source>
        <translation>规则评估它带来的变更和部署目标；如果组织配置了模型，模型也会给出意见</translation>
    </message>
    <message>
        <source>Developers and up weigh a deployment&apos;s risk</source>
        <translation>开发者及以上角色可以评估部署风险</translation>
    </message>
    <message>
        <source>Why, by the rules</source>
        <translation>规则给出的原因</translation>
    </message>
    <message>
        <source>Not weighed yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>Choose a deployment.</source>
        <translation>请选择一个部署。</translation>
    </message>
    <message>
        <source>Weighing…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <source>Weighing the risk</source>
        <translation>评估风险</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, by the rules, for #%2 to %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（按规则），#%2 部署到 %3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1:%2 — %3 (%4)</source>
        <translation>%1:%2 — %3（%4）</translation>
    </message>
    <message>
        <source>Nothing stands out: a small change to a quiet environment.</source>
        <translation>没有突出的问题：对平稳环境的一次小变更。</translation>
    </message>
</context>
<context>
    <name>adp::app::DesktopSession</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Your administrator account</source>
        <translation>您的管理员账户</translation>
    </message>
    <message>
        <source>ADP created the account &quot;admin&quot; on this computer.

Password: %1

You are signed in already; keep this password to sign in from the command line. It will not be shown again.</source>
        <translation>ADP 已在本机创建账户“admin”。

密码：%1

您已经登录；请保存此密码，以便从命令行登录。它不会再次显示。</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>会话未保存</translation>
    </message>
    <message>
        <source>You are signed in, but the session could not be saved: %1</source>
        <translation>您已登录，但无法保存会话：%1</translation>
    </message>
    <message>
        <source>No system keychain was found: your session is kept in %1, readable only by you.</source>
        <translation>未找到系统钥匙串：会话保存在 %1，仅您本人可读。</translation>
    </message>
    <message>
        <source>ADP could not start</source>
        <translation>ADP 无法启动</translation>
    </message>
    <message>
        <source>The link is for the server %1; you are signed in to %2.</source>
        <translation>该链接属于服务器 %1；您当前登录的是 %2。</translation>
    </message>
</context>
<context>
    <name>adp::app::EnvironmentsView</name>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Nothing deployed yet</source>
        <translation>尚未部署</translation>
    </message>
    <message>
        <source>#%1 %2 by %3, %4</source>
        <translation>#%1 %2，部署者 %3，%4</translation>
    </message>
    <message>
        <source>(pinned to #%1 by %2)</source>
        <translation>（由 %2 固定到 #%1）</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>当前运行</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Deployment status</source>
        <translation>部署状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Deployment history</source>
        <translation>部署历史</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>By</source>
        <translation>部署者</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Roll back to this…</source>
        <translation>回滚到此版本…</translation>
    </message>
    <message>
        <source>What the deployment brings</source>
        <translation>此次部署带来的变更</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Approval comment</source>
        <translation>审批备注</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
    <message>
        <source>Loading the environments</source>
        <translation>加载环境</translation>
    </message>
    <message>
        <source>No environments yet: a job with environment: in .gitlab-ci.yml makes one when its pipeline runs.</source>
        <translation>还没有环境：.gitlab-ci.yml 中带 environment: 的作业在其流水线运行时会创建环境。</translation>
    </message>
    <message>
        <source>Loading the deployments</source>
        <translation>加载部署</translation>
    </message>
    <message>
        <source>No deployments to %1 with this status.</source>
        <translation>没有该状态的 %1 部署。</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1&lt;/b&gt; to %2: %3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; 部署到 %2：%3</translation>
    </message>
    <message>
        <source>Asked by %1, pipeline #%2, %3 at %4</source>
        <translation>由 %1 发起，流水线 #%2，%3（提交 %4）</translation>
    </message>
    <message>
        <source>Nothing deployed here before it to compare with.</source>
        <translation>此前这里没有可比较的部署。</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>比较</translation>
    </message>
    <message numerus="yes">
        <source>Since #%1 it takes away %n commit(s):</source>
        <translation>
            <numerusform>相对 #%1，它撤下 %n 个提交：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since #%1 it brings %n commit(s):</source>
        <translation>
            <numerusform>相对 #%1，它带来 %n 个提交：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed:</source>
        <translation>
            <numerusform>%n 个文件有变更：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Stop %1? Its stop job runs, or it is stopped at once when it has none.</source>
        <translation>停止 %1？将运行它的停止作业；没有停止作业时立即停止。</translation>
    </message>
    <message>
        <source>Stopping the environment</source>
        <translation>停止环境</translation>
    </message>
    <message>
        <source>Unpinning the environment</source>
        <translation>取消固定环境</translation>
    </message>
    <message>
        <source>Deploy #%1 (%2, commit %3) to %4 again? The environment stays pinned to it until someone unpins it or deploys on purpose.</source>
        <translation>再次将 #%1（%2，提交 %3）部署到 %4？在有人取消固定或主动部署之前，环境会一直固定在这次部署上。</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Rejecting</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Loading the deployment</source>
        <translation>加载部署</translation>
    </message>
    <message>
        <source>Protection and freezes…</source>
        <translation>保护与冻结…</translation>
    </message>
    <message>
        <source>Maintainers change who may deploy and when</source>
        <translation>由维护者决定谁可以部署以及何时部署</translation>
    </message>
    <message>
        <source>Pipeline #%1: %2, %3 of %4 jobs passed</source>
        <translation>流水线 #%1：%2，%4 个作业中 %3 个通过</translation>
    </message>
    <message>
        <source>Loading pipeline #%1</source>
        <translation>加载流水线 #%1</translation>
    </message>
    <message>
        <source>No environments yet</source>
        <translation>还没有环境</translation>
    </message>
    <message>
        <source>A job with &quot;environment:&quot; in .gitlab-ci.yml makes one when it deploys; its history starts here.</source>
        <translation>.gitlab-ci.yml 中带有“environment:”的作业在部署时会创建环境，它的历史从这里开始。</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>adp::app::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>adp::app::GuidedTour</name>
    <message>
        <source>Skip the tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>adp::app::HomeView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>待您处理</translation>
    </message>
    <message>
        <source>Nothing needs you</source>
        <translation>没有待您处理的事项</translation>
    </message>
    <message>
        <source>Deployments waiting for your approval and pipelines you started that failed show up here.</source>
        <translation>等待您审批的部署和您启动但失败的流水线会显示在这里。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>当前运行</translation>
    </message>
    <message>
        <source>Nothing runs right now</source>
        <translation>当前没有正在运行的作业</translation>
    </message>
    <message>
        <source>Run a pipeline in one of your projects and follow it here.</source>
        <translation>在您的项目中运行流水线，即可在这里跟踪它。</translation>
    </message>
    <message>
        <source>Browse projects</source>
        <translation>浏览项目</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近动态</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>暂无动态</translation>
    </message>
    <message>
        <source>Pipelines of every project you can see appear here as they run.</source>
        <translation>您可见的所有项目的流水线运行时都会显示在这里。</translation>
    </message>
    <message>
        <source>Loading the approvals</source>
        <translation>加载审批</translation>
    </message>
    <message>
        <source>Approve deployment #%1 to %2</source>
        <translation>审批部署 #%1（至 %2）</translation>
    </message>
    <message>
        <source>%1 @ %2 by %3</source>
        <translation>%1 @ %2，由 %3 发起</translation>
    </message>
    <message>
        <source>Loading your pipelines</source>
        <translation>加载您的流水线</translation>
    </message>
    <message>
        <source>Pipeline #%1 failed</source>
        <translation>流水线 #%1 已失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Loading the running jobs</source>
        <translation>加载运行中的作业</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>已排队 %1</translation>
    </message>
    <message>
        <source>Loading the recent activity</source>
        <translation>加载最近动态</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>adp::app::InvitationsTab</name>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>撤销邀请</translation>
    </message>
    <message>
        <source>Invitation created</source>
        <translation>邀请已创建</translation>
    </message>
    <message>
        <source>Send this code to %1. It is shown only now and works once, until %2. They sign in and choose &quot;Join with a code…&quot; (or run adp invitations accept CODE).

%3</source>
        <translation>请将此邀请码发送给 %1。它仅在此时显示，可使用一次，有效期至 %2。对方登录后选择“使用邀请码加入…”（或运行 adp invitations accept CODE）。

%3</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s admins and owners invite people</source>
        <translation>只有组织的管理员和所有者可以邀请他人</translation>
    </message>
    <message>
        <source>Loading the invitations</source>
        <translation>加载邀请</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>邀请加入 %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Inviting</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Revoking the invitation</source>
        <translation>撤销邀请</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
</context>
<context>
    <name>adp::app::KubernetesPanel</name>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>正在应用</translation>
    </message>
    <message>
        <source>progressing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The rollout&apos;s objects and their health</source>
        <translation>发布的对象及其健康状态</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>设置目标…</translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers choose where an environment deploys</source>
        <translation>只有项目维护者可以选择环境部署到哪里</translation>
    </message>
    <message>
        <source>Choose an environment to see where it deploys.</source>
        <translation>选择一个环境以查看它部署到哪里。</translation>
    </message>
    <message>
        <source>Loading where it deploys</source>
        <translation>加载部署目标</translation>
    </message>
    <message>
        <source>Deploys to Kubernetes: cluster %1, namespace %2, manifests %3; automatic rollback %4.</source>
        <translation>部署到 Kubernetes：集群 %1，命名空间 %2，清单 %3；自动回滚：%4。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 does not deploy to Kubernetes: its deploy jobs run their scripts only.</source>
        <translation>%1 不部署到 Kubernetes：其部署作业只运行脚本。</translation>
    </message>
    <message>
        <source>Loading the rollouts</source>
        <translation>加载发布</translation>
    </message>
    <message>
        <source>No rollout yet: the next deploy job applies the manifests.</source>
        <translation>尚无发布：下一个部署作业将应用清单。</translation>
    </message>
    <message>
        <source>Rollout of job #%1 (commit %2): %3</source>
        <translation>作业 #%1 的发布（提交 %2）：%3</translation>
    </message>
    <message>
        <source>Check drift</source>
        <translation>检查偏移</translation>
    </message>
    <message>
        <source>Compare the live objects with what the latest rollout applied</source>
        <translation>将集群中的对象与最近一次发布应用的内容进行比较</translation>
    </message>
    <message>
        <source>Developers and maintainers check drift</source>
        <translation>开发者和维护者可以检查偏移</translation>
    </message>
    <message>
        <source>No drift: the live objects are as the rollout left them (checked %1).</source>
        <translation>无偏移：集群中的对象与发布留下的一致（检查于 %1）。</translation>
    </message>
    <message>
        <source>Drifted (checked %1):</source>
        <translation>已偏移（检查于 %1）：</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 changed by %3</source>
        <translation>%1 的 %2 被 %3 修改</translation>
    </message>
    <message>
        <source>Run the deploy job again to re-sync.</source>
        <translation>重新运行部署作业以重新同步。</translation>
    </message>
    <message>
        <source>Checking drift…</source>
        <translation>正在检查偏移…</translation>
    </message>
    <message>
        <source>Checking drift</source>
        <translation>检查偏移</translation>
    </message>
</context>
<context>
    <name>adp::app::KubernetesTargetDialog</name>
    <message>
        <source>Deploy %1 to Kubernetes</source>
        <translation>将 %1 部署到 Kubernetes</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>the cluster&apos;s namespace</source>
        <translation>集群的命名空间</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>a file or directory in the repository, e.g. deploy/</source>
        <translation>仓库中的文件或目录，例如 deploy/</translation>
    </message>
    <message>
        <source>Roll back to the last healthy revision when a rollout fails</source>
        <translation>发布失败时回滚到上一个健康的版本</translation>
    </message>
    <message>
        <source>Take fields other field managers own (force conflicts)</source>
        <translation>接管其他字段管理者拥有的字段（强制解决冲突）</translation>
    </message>
    <message>
        <source>Loading the clusters</source>
        <translation>加载集群</translation>
    </message>
    <message>
        <source>%1 (%2, namespace %3)</source>
        <translation>%1（%2，命名空间 %3）</translation>
    </message>
    <message>
        <source>The project has no clusters yet: add one in Settings &gt; Clusters</source>
        <translation>项目还没有集群：请在“设置 &gt; 集群”中添加</translation>
    </message>
    <message>
        <source>Saving the target</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Service account for jobs</source>
        <translation>作业使用的服务账号</translation>
    </message>
    <message>
        <source>optional: deploy jobs get a short-lived KUBECONFIG of it</source>
        <translation>可选：部署作业将获得它的短期 KUBECONFIG</translation>
    </message>
</context>
<context>
    <name>adp::app::LocalServerLauncher</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1): %2</source>
        <translation>本地服务器已停止（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>The local server did not start within %1 seconds</source>
        <translation>本地服务器未能在 %1 秒内启动</translation>
    </message>
</context>
<context>
    <name>adp::app::Locator</name>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Project, #pipeline or action…</source>
        <translation>项目、#流水线或操作…</translation>
    </message>
    <message>
        <source>Places and actions</source>
        <translation>位置和操作</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Open pipeline #%1</source>
        <translation>打开流水线 #%1</translation>
    </message>
    <message>
        <source>Opening pipeline #%1</source>
        <translation>打开流水线 #%1</translation>
    </message>
</context>
<context>
    <name>adp::app::LogView</name>
    <message>
        <source>Job log</source>
        <translation>作业日志</translation>
    </message>
</context>
<context>
    <name>adp::app::LogViewer</name>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>下一个匹配（F3 或回车）</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest line in view as the log grows</source>
        <translation>日志增长时始终显示最新一行</translation>
    </message>
    <message>
        <source>First error</source>
        <translation>第一个错误</translation>
    </message>
    <message>
        <source>Go to the first line that reports an error</source>
        <translation>跳到第一个报告错误的行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when none are selected</source>
        <translation>复制选中的行；未选中时复制整个日志</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Save the log as a text file</source>
        <translation>将日志保存为文本文件</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>日志文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The log could not be saved: %1</source>
        <translation>无法保存日志：%1</translation>
    </message>
</context>
<context>
    <name>adp::app::LoginDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Enter your username and password</source>
        <translation>请输入用户名和密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Sign in with GitHub (%1)</source>
        <translation>使用 GitHub 登录（%1）</translation>
    </message>
    <message>
        <source>Sign in with GitLab (%1)</source>
        <translation>使用 GitLab 登录（%1）</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>使用 %1 登录</translation>
    </message>
    <message>
        <source>or with a local account:</source>
        <translation>或使用本地账户：</translation>
    </message>
    <message>
        <source>Cannot wait for the browser&apos;s answer: %1</source>
        <translation>无法等待浏览器的回应：%1</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝了此次登录：%1</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; this window continues by itself.</source>
        <translation>请在浏览器中完成登录；此窗口会自动继续。</translation>
    </message>
</context>
<context>
    <name>adp::app::MainWindow</name>
    <message>
        <source>ADP — %1</source>
        <translation>ADP — %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Signed in as %1 (administrator) on %2</source>
        <translation>已以 %1（管理员）身份登录 %2</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>已以 %1 身份登录 %2</translation>
    </message>
    <message>
        <source>Connecting live updates…</source>
        <translation>正在连接实时更新…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>○ Reconnecting…</source>
        <translation>○ 正在重新连接…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ADP</source>
        <translation>关于 ADP(&amp;A)</translation>
    </message>
    <message>
        <source>About ADP</source>
        <translation>关于 ADP</translation>
    </message>
    <message>
        <source>ADP %1 — the AI DevOps Platform for small teams.</source>
        <translation>ADP %1 —— 面向小团队的 AI DevOps 平台。</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Sign-in providers</source>
        <translation>登录提供方</translation>
    </message>
    <message>
        <source>ADP</source>
        <translation>ADP</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
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
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>转到…</translation>
    </message>
    <message>
        <source>Go to a project, a pipeline or an action (%1)</source>
        <translation>转到项目、流水线或操作（%1）</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <source>Changes on the server show at once</source>
        <translation>服务器上的变化会立即显示</translation>
    </message>
    <message>
        <source>Live updates are paused</source>
        <translation>实时更新已暂停</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>Server version unknown</source>
        <translation>服务器版本未知</translation>
    </message>
    <message>
        <source>Project %1 (Ctrl+W closes it)</source>
        <translation>项目 %1（Ctrl+W 关闭）</translation>
    </message>
    <message>
        <source>%1 — ADP</source>
        <translation>%1 — ADP</translation>
    </message>
    <message>
        <source>&amp;Guided tour</source>
        <translation>新手导览(&amp;G)</translation>
    </message>
    <message>
        <source>Find your way</source>
        <translation>找到方向</translation>
    </message>
    <message>
        <source>Home shows what needs you and what runs now. Every project you open gets its own row here, with its overview, pipelines, environments and settings.</source>
        <translation>首页显示待您处理的事项和正在运行的作业。您打开的每个项目都会在这里占一行，包含概览、流水线、环境和设置。</translation>
    </message>
    <message>
        <source>Your first pipeline is running</source>
        <translation>您的第一条流水线正在运行</translation>
    </message>
    <message>
        <source>The demo project ran its pipeline when ADP started. Double-click a job to watch its log live; the jobs, their stages and their needs are drawn as a graph.</source>
        <translation>ADP 启动时，演示项目已运行了它的流水线。双击作业即可实时查看日志；作业、阶段和依赖关系会绘制成图。</translation>
    </message>
    <message>
        <source>Go anywhere with Ctrl+K</source>
        <translation>用 Ctrl+K 随处跳转</translation>
    </message>
    <message>
        <source>Type part of a project&apos;s name, a pipeline&apos;s number (#42) or an action. Alt+Left and Alt+Right go back and forward, F5 refreshes, Ctrl+W closes a project.</source>
        <translation>输入项目名称的一部分、流水线编号（#42）或操作名称。Alt+左/右 后退和前进，F5 刷新，Ctrl+W 关闭项目。</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>按您的习惯设置</translation>
    </message>
    <message>
        <source>View ▸ Theme switches between light and dark; the window remembers its size and panes. Help ▸ Guided tour shows this again.</source>
        <translation>视图 ▸ 主题 可在浅色与深色之间切换；窗口会记住大小和窗格位置。帮助 ▸ 新手导览 可再次显示本导览。</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>No project opened yet</source>
        <translation>还没有打开过项目</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>adp::app::ModelAnswerView</name>
    <message>
        <source>The model&apos;s answer</source>
        <translation>模型的回答</translation>
    </message>
    <message>
        <source>Ask the model</source>
        <translation>询问模型</translation>
    </message>
    <message>
        <source>Ask the organisation&apos;s model to explain this failure; masked values and secrets are taken out of what it is sent</source>
        <translation>请组织的模型解释此次失败；发送内容中的掩码值和密钥会先被移除</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>有帮助</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>没有帮助</translation>
    </message>
    <message>
        <source>Stopping the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>正在询问模型…</translation>
    </message>
    <message>
        <source>%1 (%2) is answering…</source>
        <translation>%1（%2）正在回答…</translation>
    </message>
    <message>
        <source>Reading the answer</source>
        <translation>读取回答</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>再问一次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is answering…</source>
        <translation>%1 正在回答…</translation>
    </message>
    <message>
        <source>%1 could not answer: %2</source>
        <translation>%1 无法回答：%2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>拒绝回答：%1</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 个 token</translation>
    </message>
    <message>
        <source>cost %1 %2</source>
        <translation>花费 %1 %2</translation>
    </message>
    <message>
        <source>first words after %1 ms</source>
        <translation>%1 毫秒后开始输出</translation>
    </message>
    <message>
        <source>%1 found it helpful, %2 not</source>
        <translation>%1 人认为有帮助，%2 人认为没有</translation>
    </message>
    <message>
        <source>Rating the answer</source>
        <translation>评价回答</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model&lt;/b&gt;</source>
        <translation>&lt;b&gt;模型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the model says is its own words; what the rules found is above</source>
        <translation>模型的说法仅代表模型本身；规则的发现见上方</translation>
    </message>
    <message>
        <source>No model is configured for this organisation: what is shown above is the built-in rules&apos; answer alone, and nothing left the server. Administrators add one under Organisations ▸ AI models.</source>
        <translation>本组织尚未配置模型：上面显示的仅是内置规则的结论，没有任何数据离开服务器。管理员可在“组织 ▸ AI 模型”中添加。</translation>
    </message>
    <message>
        <source>Why? A word for the team, sent with your thumb (optional)</source>
        <translation>为什么？给团队留一句话，随评价一起发送（可选）</translation>
    </message>
    <message>
        <source>Why the answer helped or not</source>
        <translation>回答是否有帮助的原因</translation>
    </message>
    <message>
        <source>%1 (helpful): %2</source>
        <translation>%1（有帮助）：%2</translation>
    </message>
    <message>
        <source>%1 (not helpful): %2</source>
        <translation>%1（没帮助）：%2</translation>
    </message>
    <message>
        <source>Choose Helpful or Not helpful first: the word goes with your thumb.</source>
        <translation>请先选择“有帮助”或“没帮助”：留言随评价一起发送。</translation>
    </message>
</context>
<context>
    <name>adp::app::NotificationRuleDialog</name>
    <message>
        <source>Edit notification rule %1</source>
        <translation>编辑通知规则 %1</translation>
    </message>
    <message>
        <source>New notification rule</source>
        <translation>新建通知规则</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Failures on main to the team chat</source>
        <translation>main 分支失败时通知团队群</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>发送到：</translation>
    </message>
    <message>
        <source>When a pipeline ends:</source>
        <translation>流水线结束时：</translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation>分支：</translation>
    </message>
    <message>
        <source>main, release/* (empty: every branch)</source>
        <translation>main, release/*（留空：所有分支）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook 地址：</translation>
    </message>
    <message>
        <source>Kept: %1 (type a new URL to replace it)</source>
        <translation>已保存：%1（输入新地址以替换）</translation>
    </message>
    <message>
        <source>https://hooks.example.com/…</source>
        <translation>https://hooks.example.com/…</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>Kept (type to replace it)</source>
        <translation>已保存（输入以替换）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Remove the signing secret</source>
        <translation>删除签名密钥</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>直接 TLS</translation>
    </message>
    <message>
        <source>None (never sends a password)</source>
        <translation>无（从不发送密码）</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>dev@example.com, ops@example.com</source>
        <translation>dev@example.com, ops@example.com</translation>
    </message>
    <message>
        <source>To send somewhere else, add another rule</source>
        <translation>要发送到别处，请另建一条规则</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Saving the rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation>添加规则</translation>
    </message>
</context>
<context>
    <name>adp::app::NotificationRulesPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Notification rules</source>
        <translation>通知规则</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Pipeline status</source>
        <translation>流水线状态</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队于</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>投递记录</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete notification rule</source>
        <translation>删除通知规则</translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers may change its notification rules</source>
        <translation>只有项目的维护者可以修改通知规则</translation>
    </message>
    <message>
        <source>Notification rules hold webhook tokens and mail passwords, so only the project&apos;s maintainers may see and change them.</source>
        <translation>通知规则包含 Webhook 令牌和邮件密码，因此只有项目的维护者可以查看和修改。</translation>
    </message>
    <message>
        <source>Each rule posts to a chat or sends an email when a pipeline ends. Secrets are never shown back.</source>
        <translation>每条规则在流水线结束时发送到群聊或电子邮件。密钥保存后不再显示。</translation>
    </message>
    <message>
        <source>Select a rule first</source>
        <translation>请先选择一条规则</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>加载项目</translation>
    </message>
    <message>
        <source>Loading the notification rules</source>
        <translation>加载通知规则</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation>所有分支</translation>
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
        <source>Select a rule to see what it sent.</source>
        <translation>选择一条规则以查看其发送记录。</translation>
    </message>
    <message>
        <source>Deliveries of %1, newest first</source>
        <translation>%1 的投递记录（最新在前）</translation>
    </message>
    <message>
        <source>Loading the deliveries</source>
        <translation>加载投递记录</translation>
    </message>
    <message>
        <source>Delete the notification rule &quot;%1&quot; and its delivery log?</source>
        <translation>删除通知规则“%1”及其投递记录？</translation>
    </message>
    <message>
        <source>Deleting the rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>No notification rules yet</source>
        <translation>还没有通知规则</translation>
    </message>
    <message>
        <source>A rule posts to a chat (Slack, DingTalk, Feishu, WeCom, a webhook) or sends an email when a pipeline ends, on the branches and outcomes you choose.</source>
        <translation>规则会在流水线结束时，按您选择的分支和结果，向聊天工具（Slack、钉钉、飞书、企业微信、Webhook）发消息或发送邮件。</translation>
    </message>
</context>
<context>
    <name>adp::app::OrganisationsView</name>
    <message>
        <source>New organisation…</source>
        <translation>新建组织…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建团队…</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Add to team…</source>
        <translation>加入团队…</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>移出团队</translation>
    </message>
    <message>
        <source>Members of the selected team:</source>
        <translation>所选团队的成员：</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Delete team %1? Its project roles go with it.</source>
        <translation>删除团队 %1？其在各项目中的角色也将一并移除。</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s admins and owners may change this</source>
        <translation>只有组织的管理员和所有者可以更改</translation>
    </message>
    <message>
        <source>Loading your organisations</source>
        <translation>加载您的组织</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Loading the members</source>
        <translation>加载成员</translation>
    </message>
    <message>
        <source>Loading the teams</source>
        <translation>加载团队</translation>
    </message>
    <message>
        <source>Loading the team&apos;s members</source>
        <translation>加载团队成员</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>小写字母、数字、“-”或“_”</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Creating the organisation</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Adding the member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Removing the member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Creating the team</source>
        <translation>创建团队</translation>
    </message>
    <message>
        <source>Deleting the team</source>
        <translation>删除团队</translation>
    </message>
    <message>
        <source>Adding to the team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <source>Removing from the team</source>
        <translation>移出团队</translation>
    </message>
    <message>
        <source>Join with a code…</source>
        <translation>使用邀请码加入…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Join with a code</source>
        <translation>使用邀请码加入</translation>
    </message>
    <message>
        <source>Invitation code:</source>
        <translation>邀请码：</translation>
    </message>
    <message>
        <source>Joining with the code</source>
        <translation>使用邀请码加入</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Organisation members</source>
        <translation>组织成员</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>AI models</source>
        <translation>AI 模型</translation>
    </message>
</context>
<context>
    <name>adp::app::PipelineGraph</name>
    <message>
        <source>Pipeline graph</source>
        <translation>流水线图</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Skipped: an earlier job it depends on did not pass, or its rules left it out</source>
        <translation>已跳过：它依赖的较早作业未通过，或其规则排除了它</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>依赖：%1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
</context>
<context>
    <name>adp::app::PipelineNotifier</name>
    <message>
        <source>Pipeline #%1 passed</source>
        <translation>流水线 #%1 已通过</translation>
    </message>
    <message>
        <source>Pipeline #%1 failed</source>
        <translation>流水线 #%1 已失败</translation>
    </message>
    <message>
        <source>Pipeline #%1 was canceled</source>
        <translation>流水线 #%1 已取消</translation>
    </message>
    <message>
        <source>Project %1. Click to open it.</source>
        <translation>项目 %1。点击打开。</translation>
    </message>
    <message>
        <source>Project %1, %2. Click to open it.</source>
        <translation>项目 %1，%2。点击打开。</translation>
    </message>
</context>
<context>
    <name>adp::app::PipelinesModel</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>adp::app::PipelinesView</name>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Branch or tag</source>
        <translation>分支或标签</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Run pipeline…</source>
        <translation>运行流水线…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Loading pipelines</source>
        <translation>加载流水线</translation>
    </message>
    <message>
        <source>Reading the log</source>
        <translation>读取日志</translation>
    </message>
    <message>
        <source>Developers and maintainers of %1 can do this; your role here is %2.</source>
        <translation>%1 的开发者和维护者可以执行此操作；你在此的角色是 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Run a pipeline for a branch or tag, with variables</source>
        <translation>为分支或标签运行流水线，可附带变量</translation>
    </message>
    <message>
        <source>Run the failed and canceled jobs of the selected pipeline again</source>
        <translation>重新运行所选流水线中失败和已取消的作业</translation>
    </message>
    <message>
        <source>Stop the selected pipeline&apos;s jobs</source>
        <translation>停止所选流水线的作业</translation>
    </message>
    <message>
        <source>Running a pipeline</source>
        <translation>运行流水线</translation>
    </message>
    <message>
        <source>Retrying the pipeline</source>
        <translation>重试流水线</translation>
    </message>
    <message>
        <source>Canceling the pipeline</source>
        <translation>取消流水线</translation>
    </message>
    <message>
        <source>Loading the pipeline</source>
        <translation>加载流水线</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Get a desktop notification when the selected pipeline ends</source>
        <translation>所选流水线结束时发送桌面通知</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>重试作业</translation>
    </message>
    <message>
        <source>Run manual job</source>
        <translation>运行手动作业</translation>
    </message>
    <message>
        <source>Retrying the job</source>
        <translation>重试作业</translation>
    </message>
    <message>
        <source>Running the manual job</source>
        <translation>运行手动作业</translation>
    </message>
    <message>
        <source>Run the selected job again</source>
        <translation>重新运行所选作业</translation>
    </message>
    <message>
        <source>Start the selected manual job</source>
        <translation>启动所选手动作业</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>No pipelines yet</source>
        <translation>还没有流水线</translation>
    </message>
    <message>
        <source>Run the project&apos;s .gitlab-ci.yml on a branch, or push to its repository.</source>
        <translation>在某个分支上运行项目的 .gitlab-ci.yml，或向其仓库推送代码。</translation>
    </message>
    <message>
        <source>No pipeline matches these filters</source>
        <translation>没有符合这些筛选条件的流水线</translation>
    </message>
    <message>
        <source>Clear the filters to see every pipeline.</source>
        <translation>清除筛选条件即可查看全部流水线。</translation>
    </message>
    <message>
        <source>Review a change…</source>
        <translation>审查变更…</translation>
    </message>
    <message>
        <source>What the security rules and the organisation&apos;s model say of a change between two refs</source>
        <translation>安全规则和组织的模型对两个引用之间的变更的看法</translation>
    </message>
</context>
<context>
    <name>adp::app::ProfileView</name>
    <message>
        <source>%1, administrator</source>
        <translation>%1，管理员</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Sign out this session</source>
        <translation>退出此会话</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>退出其他所有会话</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>您已登录的位置</translation>
    </message>
    <message>
        <source>Loading your sessions</source>
        <translation>加载您的会话</translation>
    </message>
    <message>
        <source>this one</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <source>Signing out that session</source>
        <translation>退出该会话</translation>
    </message>
    <message>
        <source>Signing out your other sessions</source>
        <translation>退出您的其他会话</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Payments API</source>
        <translation>支付 API</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>payments-api</source>
        <translation>payments-api</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>代码仓库：</translation>
    </message>
    <message>
        <source>https://github.com/acme/payments.git</source>
        <translation>https://github.com/acme/payments.git</translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation>默认分支：</translation>
    </message>
    <message>
        <source>Private — members only</source>
        <translation>私有 —— 仅成员可见</translation>
    </message>
    <message>
        <source>Internal — everyone in the organisation</source>
        <translation>内部 —— 组织内所有人可见</translation>
    </message>
    <message>
        <source>Public — every signed-in user</source>
        <translation>公开 —— 所有已登录用户可见</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>可见性：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>A project stays in the organisation it was created in</source>
        <translation>项目始终属于创建时所在的组织</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>CI definition:</source>
        <translation>CI 定义：</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectGeneralPanel</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>代码仓库：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation>默认分支：</translation>
    </message>
    <message>
        <source>CI definition:</source>
        <translation>CI 定义：</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>可见性：</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>您的角色：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 创建</translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers may change or delete it</source>
        <translation>只有项目维护者可以修改或删除它</translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; (%2) with its pipelines, environments and settings? This cannot be undone.</source>
        <translation>删除项目“%1”（%2）及其流水线、环境和设置？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectMembersPanel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers may change its members</source>
        <translation>只有项目维护者可以更改其成员</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>您的角色：%1</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>加载项目</translation>
    </message>
    <message>
        <source>Loading the members</source>
        <translation>加载成员</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Adding the member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Removing the member</source>
        <translation>移除成员</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectOverview</name>
    <message>
        <source>No description.</source>
        <translation>暂无描述。</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Latest pipeline per branch</source>
        <translation>各分支的最新流水线</translation>
    </message>
    <message>
        <source>No pipelines yet</source>
        <translation>还没有流水线</translation>
    </message>
    <message>
        <source>Run the project&apos;s .gitlab-ci.yml on a branch to see it here.</source>
        <translation>在某个分支上运行项目的 .gitlab-ci.yml，即可在这里看到结果。</translation>
    </message>
    <message>
        <source>Run pipeline…</source>
        <translation>运行流水线…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Runs now</source>
        <translation>当前运行</translation>
    </message>
    <message>
        <source>Latest deployment</source>
        <translation>最新部署</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>No environments yet</source>
        <translation>还没有环境</translation>
    </message>
    <message>
        <source>A job with &quot;environment:&quot; in .gitlab-ci.yml makes one when it deploys.</source>
        <translation>.gitlab-ci.yml 中带有“environment:”的作业在部署时会创建环境。</translation>
    </message>
    <message>
        <source>Repository: %1
Default branch: %2
Definition: %3
Visibility: %4</source>
        <translation>仓库：%1
默认分支：%2
定义文件：%3
可见性：%4</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>成员…</translation>
    </message>
    <message>
        <source>Repository settings…</source>
        <translation>仓库设置…</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>全部流水线</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>全部环境</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <source>Loading the pipelines</source>
        <translation>加载流水线</translation>
    </message>
    <message>
        <source>Loading the environments</source>
        <translation>加载环境</translation>
    </message>
    <message>
        <source>nothing deployed</source>
        <translation>尚未部署</translation>
    </message>
    <message>
        <source>Loading the members</source>
        <translation>加载成员</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectSettings</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectTokensPanel</name>
    <message>
        <source>A project token reaches this project only, with the role you give it, and never more than you may do here yourself.</source>
        <translation>项目令牌只能访问此项目，具有您赋予的角色，且权限绝不超过您本人在此项目中的权限。</translation>
    </message>
    <message>
        <source>Only the project&apos;s maintainers manage its tokens</source>
        <translation>只有项目维护者可以管理其令牌</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>加载项目</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectWorkspace</name>
    <message>
        <source>Add to favourites</source>
        <translation>加入收藏</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>%1 · your role: %2</source>
        <translation>%1 · 您的角色：%2</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>取消收藏</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectsModel</name>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation>默认分支</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>adp::app::ProjectsView</name>
    <message>
        <source>Search projects by name, slug or description</source>
        <translation>按名称、标识或描述搜索项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Loading projects</source>
        <translation>加载项目</translation>
    </message>
    <message>
        <source>Select a project first</source>
        <translation>请先选择一个项目</translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; (%2)? This cannot be undone.</source>
        <translation>删除项目“%1”（%2）？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>还没有项目</translation>
    </message>
    <message>
        <source>A project runs the .gitlab-ci.yml of a git repository. Make the first one.</source>
        <translation>项目会运行 git 仓库中的 .gitlab-ci.yml。创建第一个项目吧。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>No project matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的项目。</translation>
    </message>
</context>
<context>
    <name>adp::app::ProtectionPanel</name>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Who may deploy and approve</source>
        <translation>谁可以部署和审批</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批数</translation>
    </message>
    <message>
        <source>Environment rules</source>
        <translation>环境规则</translation>
    </message>
    <message>
        <source>a name or a wildcard such as review/*</source>
        <translation>名称或 review/* 这样的通配符</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Least role</source>
        <translation>最低角色</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>developer, maintainer; a username; a team&apos;s slug</source>
        <translation>developer、maintainer；用户名；团队标识</translation>
    </message>
    <message>
        <source>Role, user or team</source>
        <translation>角色、用户或团队</translation>
    </message>
    <message>
        <source>Required approvals</source>
        <translation>所需审批数</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>需要的审批数</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Environment settings</source>
        <translation>环境设置</translation>
    </message>
    <message>
        <source>Hard freeze</source>
        <translation>硬冻结</translation>
    </message>
    <message>
        <source>Self-approval</source>
        <translation>自我审批</translation>
    </message>
    <message>
        <source>Hard freeze: hold deploy jobs while a freeze window is active</source>
        <translation>硬冻结：冻结窗口生效期间暂停部署作业</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Whoever started a deployment may approve it</source>
        <translation>发起部署的人可以审批该部署</translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Deploy freeze windows</source>
        <translation>部署冻结窗口</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Freeze windows</source>
        <translation>冻结窗口</translation>
    </message>
    <message>
        <source>Starts (cron)</source>
        <translation>开始（cron）</translation>
    </message>
    <message>
        <source>Ends (cron)</source>
        <translation>结束（cron）</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>添加窗口</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>删除窗口</translation>
    </message>
    <message>
        <source>Loading the protection</source>
        <translation>加载保护设置</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>active until %1</source>
        <translation>生效至 %1</translation>
    </message>
    <message>
        <source>next from %1</source>
        <translation>下次从 %1 开始</translation>
    </message>
    <message>
        <source>Adding the rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Removing the rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Saving the setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Adding the freeze window</source>
        <translation>添加冻结窗口</translation>
    </message>
    <message>
        <source>Removing the freeze window</source>
        <translation>删除冻结窗口</translation>
    </message>
</context>
<context>
    <name>adp::app::ProvidersView</name>
    <message>
        <source>People can sign in with these providers. Register ADP with each one as an OAuth application whose redirect URI is shown below.</source>
        <translation>用户可以通过这些提供方登录。请在每个提供方处将 ADP 注册为 OAuth 应用，重定向 URI 见下方。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发方</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>需注册的重定向 URI</translation>
    </message>
    <message>
        <source>Add provider…</source>
        <translation>添加提供方…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供方</translation>
    </message>
    <message>
        <source>Remove %1? Nobody can sign in with it any more.</source>
        <translation>移除 %1？之后将无人能通过它登录。</translation>
    </message>
    <message>
        <source>Loading the providers</source>
        <translation>加载提供方</translation>
    </message>
    <message>
        <source>Add sign-in provider</source>
        <translation>添加登录提供方</translation>
    </message>
    <message>
        <source>e.g. github or corp; part of the redirect URI</source>
        <translation>例如 github 或 corp；会成为重定向 URI 的一部分</translation>
    </message>
    <message>
        <source>GitHub (OAuth app)</source>
        <translation>GitHub（OAuth 应用）</translation>
    </message>
    <message>
        <source>GitLab (gitlab.com or self-hosted)</source>
        <translation>GitLab（gitlab.com 或自建）</translation>
    </message>
    <message>
        <source>OpenID Connect (any issuer)</source>
        <translation>OpenID Connect（任意签发方）</translation>
    </message>
    <message>
        <source>https://id.example.com (OIDC), or your GitLab&apos;s address</source>
        <translation>https://id.example.com（OIDC），或您的 GitLab 地址</translation>
    </message>
    <message>
        <source>A first sign-in may join the local account with the same verified email</source>
        <translation>首次登录时可关联到已验证邮箱相同的本地账户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>签发方：</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>重定向 URI：</translation>
    </message>
    <message>
        <source>Adding the provider</source>
        <translation>添加提供方</translation>
    </message>
    <message>
        <source>Removing the provider</source>
        <translation>移除提供方</translation>
    </message>
    <message>
        <source>Sign-in providers</source>
        <translation>登录提供方</translation>
    </message>
    <message>
        <source>No sign-in providers yet</source>
        <translation>还没有登录提供方</translation>
    </message>
    <message>
        <source>Without one, people sign in with a password. Add GitHub, GitLab or any OpenID Connect provider so they can use the account they already have.</source>
        <translation>没有登录提供方时，用户只能用密码登录。添加 GitHub、GitLab 或任意 OpenID Connect 提供方，用户即可使用已有账号登录。</translation>
    </message>
</context>
<context>
    <name>adp::app::RepositoryPanel</name>
    <message>
        <source>Repository access token</source>
        <translation>代码仓库访问令牌</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>a token that may read the repository</source>
        <translation>可读取该仓库的令牌</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>optional: derived from the repository</source>
        <translation>可选：由仓库地址推出</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <source>optional: owner/name from its URL</source>
        <translation>可选：由其 URL 得出 owner/name</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>保存令牌</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>删除令牌</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>A new secret replaces the old one; it is shown here once, with the URLs to give GitHub or GitLab, so pushes and merge requests start pipelines at once.</source>
        <translation>新的密钥会替换旧密钥；它只在这里显示一次，并附上要填写到 GitHub 或 GitLab 的 URL，这样推送和合并请求会立即启动流水线。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>empty: a random one (or 16-256 characters of your own)</source>
        <translation>留空：随机生成（或自行输入 16-256 个字符）</translation>
    </message>
    <message>
        <source>Set webhook secret</source>
        <translation>设置 Webhook 密钥</translation>
    </message>
    <message>
        <source>Webhook set-up</source>
        <translation>Webhook 设置</translation>
    </message>
    <message>
        <source>The secret and URLs appear here once set.</source>
        <translation>设置后，密钥和 URL 会显示在这里。</translation>
    </message>
    <message>
        <source>Loading the repository token</source>
        <translation>加载代码仓库令牌</translation>
    </message>
    <message>
        <source>A %1 token is set for %2 (API %3), since %4.</source>
        <translation>已为 %2 设置 %1 令牌（API %3），自 %4 起。</translation>
    </message>
    <message>
        <source>No token: a public repository, or one the server reaches by itself.</source>
        <translation>没有令牌：公开仓库，或服务器自身就能访问的仓库。</translation>
    </message>
    <message>
        <source>Saving the token</source>
        <translation>保存令牌</translation>
    </message>
    <message>
        <source>Removing the token</source>
        <translation>删除令牌</translation>
    </message>
    <message>
        <source>Setting the webhook secret</source>
        <translation>设置 Webhook 密钥</translation>
    </message>
    <message>
        <source>Secret (shown once): %1
GitHub: %2 (content type application/json; push, pull request and create events)
GitLab: %3 (secret token; push, tag push and merge request events)</source>
        <translation>密钥（只显示一次）：%1
GitHub：%2（content type 为 application/json；push、pull request 和 create 事件）
GitLab：%3（secret token；push、tag push 和 merge request 事件）</translation>
    </message>
</context>
<context>
    <name>adp::app::RunPipelineDialog</name>
    <message>
        <source>Run pipeline</source>
        <translation>运行流水线</translation>
    </message>
    <message>
        <source>Branch, tag or commit</source>
        <translation>分支、标签或提交</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>删除变量</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>adp::app::SavingsPanel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Idle after days</source>
        <translation>闲置天数</translation>
    </message>
    <message>
        <source>Stale after days</source>
        <translation>陈旧天数</translation>
    </message>
    <message>
        <source>An environment with no deployment for this many days is idle</source>
        <translation>超过此天数没有部署的环境视为闲置</translation>
    </message>
    <message>
        <source>Artifacts and caches untouched for this many days are stale</source>
        <translation>超过此天数未动过的制品和缓存视为陈旧</translation>
    </message>
    <message>
        <source>Weigh again</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Idle after (days)</source>
        <translation>闲置阈值（天）</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>陈旧阈值（天）</translation>
    </message>
    <message>
        <source>Ways to spend less</source>
        <translation>节省开支的办法</translation>
    </message>
    <message>
        <source>Saving a month</source>
        <translation>每月节省</translation>
    </message>
    <message>
        <source>Costs a month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <source>Weighing the last 30 days…</source>
        <translation>正在计算最近 30 天…</translation>
    </message>
    <message>
        <source>Weighing the savings</source>
        <translation>计算节省项</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n way(s) to spend less, %3 a month in all.</source>
        <translation>
            <numerusform>%1 至 %2：%n 项节省建议，合计每月 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Choose a project to ask the model how it could spend less</source>
        <translation>选择一个项目，再询问模型它如何少花钱</translation>
    </message>
    <message>
        <source>Ask the organisation&apos;s model how %1 could spend less, from these figures; masked values are taken out of what it is sent</source>
        <translation>根据这些数字询问组织的模型 %1 如何少花钱；发送内容中会去掉被遮蔽的值</translation>
    </message>
    <message>
        <source>Asking the model</source>
        <translation>询问模型</translation>
    </message>
</context>
<context>
    <name>adp::app::ScheduleDialog</name>
    <message>
        <source>Edit schedule</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>nightly build</source>
        <translation>每晚构建</translation>
    </message>
    <message>
        <source>When (cron)</source>
        <translation>时间（cron）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Branch or tag</source>
        <translation>分支或标签</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>KEY=VALUE，每行一个</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Write each variable as KEY=VALUE on a line of its own.</source>
        <translation>每个变量请按 KEY=VALUE 单独写一行。</translation>
    </message>
    <message>
        <source>Saving the schedule</source>
        <translation>保存计划</translation>
    </message>
</context>
<context>
    <name>adp::app::SchedulesPanel</name>
    <message>
        <source>Delete schedule</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Loading the schedules</source>
        <translation>加载计划</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>pipeline #%1 at %2</source>
        <translation>流水线 #%1，%2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Running the schedule</source>
        <translation>运行计划</translation>
    </message>
    <message>
        <source>Delete the schedule &quot;%1&quot;?</source>
        <translation>删除计划“%1”？</translation>
    </message>
    <message>
        <source>Deleting the schedule</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation>还没有计划</translation>
    </message>
    <message>
        <source>A schedule runs a branch&apos;s pipeline at the times a cron line gives, in your time zone or another.</source>
        <translation>计划会按 cron 表达式给出的时间（您的时区或其他时区）运行某个分支的流水线。</translation>
    </message>
</context>
<context>
    <name>adp::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time ADP starts.</source>
        <translation>语言将在下次启动 ADP 时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>adp::app::TokensPanel</name>
    <message>
        <source>API tokens for scripts and CI</source>
        <translation>用于脚本和 CI 的 API 令牌</translation>
    </message>
    <message>
        <source>Tokens of this project</source>
        <translation>此项目的令牌</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>New token…</source>
        <translation>新建令牌…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>吊销令牌</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>新建 API 令牌</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was created. Copy it now: it is not shown again.

%2</source>
        <translation>令牌“%1”已创建。请立即复制：它不会再次显示。

%2</translation>
    </message>
    <message>
        <source>Loading the project&apos;s tokens</source>
        <translation>加载项目令牌</translation>
    </message>
    <message>
        <source>Loading your tokens</source>
        <translation>加载您的令牌</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>What it is for, e.g. nightly deploy</source>
        <translation>用途，例如 nightly deploy</translation>
    </message>
    <message>
        <source>Everything its role allows (api)</source>
        <translation>其角色允许的一切（api）</translation>
    </message>
    <message>
        <source>Everything you may do (api)</source>
        <translation>您可执行的全部操作（api）</translation>
    </message>
    <message>
        <source>Read only (read_api)</source>
        <translation>只读（read_api）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Role in the project:</source>
        <translation>在项目中的角色：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>权限范围：</translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation>创建令牌</translation>
    </message>
    <message>
        <source>Revoking the token</source>
        <translation>吊销令牌</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>No tokens yet</source>
        <translation>还没有令牌</translation>
    </message>
    <message>
        <source>A token lets a script or CI job use the API as you would, with the scopes and expiry you give it; revoke it when it is not needed any more.</source>
        <translation>令牌让脚本或 CI 作业以您的身份使用 API，权限范围和有效期由您设定；不再需要时请撤销。</translation>
    </message>
</context>
<context>
    <name>adp::app::TopSpendersChart</name>
    <message>
        <source>Top spenders (%1)</source>
        <translation>花费最多者（%1）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>adp::app::VariableDialog</name>
    <message>
        <source>Edit variable %1</source>
        <translation>编辑变量 %1</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>letters, digits and _</source>
        <translation>字母、数字和 _</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>* for all, a name, or a wildcard such as review/*</source>
        <translation>* 表示全部，也可以是名称或 review/* 这样的通配符</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>File (the job gets a path to a file holding the value)</source>
        <translation>文件（作业拿到保存该值的文件路径）</translation>
    </message>
    <message>
        <source>Masked: never shown back, [MASKED] in job logs</source>
        <translation>屏蔽：不再显示，作业日志中显示为 [MASKED]</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Protected: only pipelines of protected branches and tags get it</source>
        <translation>受保护：只有受保护分支和标签的流水线才能获得</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Masked: type the new value</source>
        <translation>已屏蔽：请输入新值</translation>
    </message>
    <message>
        <source>Saving the variable</source>
        <translation>保存变量</translation>
    </message>
</context>
<context>
    <name>adp::app::VariablesPanel</name>
    <message>
        <source>Delete variable</source>
        <translation>删除变量</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>Add variable…</source>
        <translation>添加变量…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Loading the variables</source>
        <translation>加载变量</translation>
    </message>
    <message>
        <source>[masked]</source>
        <translation>[已屏蔽]</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Delete %1 for %2? Jobs no longer get it.</source>
        <translation>删除 %2 的 %1？作业将不再获得它。</translation>
    </message>
    <message>
        <source>Deleting the variable</source>
        <translation>删除变量</translation>
    </message>
    <message>
        <source>No variables yet</source>
        <translation>还没有变量</translation>
    </message>
    <message>
        <source>Variables reach every job of the project&apos;s pipelines; masked ones never show in logs. Scope one to an environment to give it a value there only.</source>
        <translation>变量会传给项目流水线的每个作业；已遮蔽的变量不会出现在日志中。将变量限定到某个环境，即可只在该环境中使用此值。</translation>
    </message>
</context>
<context>
    <name>adp::shared::ApiClient</name>
    <message>
        <source>Cannot write what arrives: %1</source>
        <translation>无法写入收到的内容：%1</translation>
    </message>
    <message>
        <source>The transfer was cut off before its end: %1</source>
        <translation>传输在结束前被中断：%1</translation>
    </message>
</context>
<context>
    <name>adp::shared::LoopbackSignIn</name>
    <message>
        <source>Not here.</source>
        <translation>此处没有内容。</translation>
    </message>
    <message>
        <source>This sign-in answer is not the one ADP is waiting for.</source>
        <translation>这不是 ADP 正在等待的登录回应。</translation>
    </message>
    <message>
        <source>Sign-in did not work: %1</source>
        <translation>登录未成功：%1</translation>
    </message>
    <message>
        <source>You are signed in to ADP. You can close this tab.</source>
        <translation>您已登录 ADP，可以关闭此标签页。</translation>
    </message>
</context>
</TS>
