#include "DefinitionParser.h"

#include "ConfigResolver.h"

#include <QRegularExpression>
#include <QSet>

namespace adp::pipeline {

namespace {

const QStringList kDefaultStages{QStringLiteral("build"), QStringLiteral("test"), QStringLiteral("deploy")};
const QStringList kGlobalKeywords{QStringLiteral("stages"),        QStringLiteral("types"),
                                  QStringLiteral("variables"),     QStringLiteral("default"),
                                  QStringLiteral("workflow"),      QStringLiteral("image"),
                                  QStringLiteral("services"),      QStringLiteral("cache"),
                                  QStringLiteral("before_script"), QStringLiteral("after_script")};
const QStringList kJobKeywords{
    QStringLiteral("script"),         QStringLiteral("before_script"), QStringLiteral("after_script"),
    QStringLiteral("stage"),          QStringLiteral("type"),          QStringLiteral("needs"),
    QStringLiteral("dependencies"),   QStringLiteral("rules"),         QStringLiteral("only"),
    QStringLiteral("except"),         QStringLiteral("when"),          QStringLiteral("start_in"),
    QStringLiteral("allow_failure"),  QStringLiteral("retry"),         QStringLiteral("timeout"),
    QStringLiteral("artifacts"),      QStringLiteral("cache"),         QStringLiteral("parallel"),
    QStringLiteral("environment"),    QStringLiteral("tags"),          QStringLiteral("interruptible"),
    QStringLiteral("resource_group"), QStringLiteral("trigger"),       QStringLiteral("image"),
    QStringLiteral("services"),       QStringLiteral("variables"),     QStringLiteral("coverage")};
// GitLab keywords this product does not run; refused by name rather than silently ignored.
const QStringList kUnsupportedJobKeywords{QStringLiteral("release"),
                                          QStringLiteral("secrets"),
                                          QStringLiteral("pages"),
                                          QStringLiteral("id_tokens"),
                                          QStringLiteral("hooks"),
                                          QStringLiteral("inherit"),
                                          QStringLiteral("identity"),
                                          QStringLiteral("manual_confirmation"),
                                          QStringLiteral("dast_configuration"),
                                          QStringLiteral("run")};
const QStringList kDefaultKeywords{QStringLiteral("image"),         QStringLiteral("services"),
                                   QStringLiteral("before_script"), QStringLiteral("after_script"),
                                   QStringLiteral("cache"),         QStringLiteral("artifacts"),
                                   QStringLiteral("retry"),         QStringLiteral("timeout"),
                                   QStringLiteral("interruptible"), QStringLiteral("tags")};
const QStringList kJobWhen{QStringLiteral("on_success"), QStringLiteral("on_failure"), QStringLiteral("always"),
                           QStringLiteral("manual"), QStringLiteral("delayed")};
const QStringList kRetryReasons{QStringLiteral("always"),
                                QStringLiteral("unknown_failure"),
                                QStringLiteral("script_failure"),
                                QStringLiteral("api_failure"),
                                QStringLiteral("stuck_or_timeout_failure"),
                                QStringLiteral("runner_system_failure"),
                                QStringLiteral("runner_unsupported"),
                                QStringLiteral("stale_schedule"),
                                QStringLiteral("job_execution_timeout"),
                                QStringLiteral("archived_failure"),
                                QStringLiteral("unmet_prerequisites"),
                                QStringLiteral("scheduler_failure"),
                                QStringLiteral("data_integrity_failure")};
constexpr int kMaxParallel = 200;

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] =
                std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        previous = current;
    }
    return previous[b.size()];
}

// "unknown keyword", with the nearest real one when a typo is likely.
QString unknownKeyword(const QString &key, const QStringList &known)
{
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : known) {
        const int distance = editDistance(key, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best.isEmpty() ? QStringLiteral("unknown keyword")
                          : QStringLiteral("unknown keyword; did you mean '%1'?").arg(best);
}
constexpr int kMaxNeeds = 50;

// Reads keywords into the definition, collecting every problem rather than stopping at the first.
class KeywordReader
{
public:
    KeywordReader(DefinitionErrors &errors, DefinitionErrors &warnings, bool shellExecutor)
        : m_errors(errors)
        , m_warnings(warnings)
        , m_shell(shellExecutor)
    {
    }

    PipelineDefinition read(const ConfigNode &root)
    {
        PipelineDefinition definition;
        readStages(root, definition);
        if (const ConfigNode *variables = root.get(QStringLiteral("variables")))
            definition.variables = readVariables(*variables, QStringLiteral("variables"));
        if (const ConfigNode *workflow = root.get(QStringLiteral("workflow")))
            readWorkflow(*workflow, definition);
        ConfigNode defaults = readDefaults(root);
        for (const auto &[name, node] : root.entries) {
            if (kGlobalKeywords.contains(name) || name.startsWith(u'.'))
                continue;
            if (!node.isMap()) {
                fail(node, name,
                     QStringLiteral("a job must be a mapping of keywords, not %1 (or is '%2' a misspelt keyword?)")
                         .arg(node.describeKind(), name));
                continue;
            }
            definition.jobs.append(readJob(name, node, defaults, definition.stages));
        }
        if (definition.jobs.isEmpty())
            m_warnings.append(
                {QStringLiteral("jobs"),
                 QStringLiteral("there are no jobs (names starting with '.' are hidden): nothing would run"),
                 0,
                 0,
                 {}});
        return definition;
    }

private:
    void fail(const ConfigNode &where, const QString &keyword, const QString &message)
    {
        m_errors.append({keyword, message, where.line, where.column, where.file});
    }
    void warn(const ConfigNode &where, const QString &keyword, const QString &message)
    {
        m_warnings.append({keyword, message, where.line, where.column, where.file});
    }

    std::optional<QString> text(const ConfigNode &node, const QString &keyword)
    {
        if (node.isScalar())
            return node.scalar;
        fail(node, keyword, QStringLiteral("must be a string, not %1").arg(node.describeKind()));
        return std::nullopt;
    }

    std::optional<bool> flag(const ConfigNode &node, const QString &keyword)
    {
        if (const auto value = node.boolean())
            return value;
        fail(node, keyword, QStringLiteral("must be true or false, not %1").arg(node.describeKind()));
        return std::nullopt;
    }

    QString oneOf(const ConfigNode &node, const QString &keyword, const QStringList &allowed)
    {
        const auto value = text(node, keyword);
        if (!value)
            return {};
        if (!allowed.contains(*value)) {
            fail(node, keyword,
                 QStringLiteral("'%1' is not one of %2").arg(*value, allowed.join(QStringLiteral(", "))));
            return {};
        }
        return *value;
    }

    QString duration(const ConfigNode &node, const QString &keyword, bool neverAllowed = false)
    {
        const auto value = text(node, keyword);
        if (!value)
            return {};
        if (neverAllowed && *value == u"never")
            return *value;
        if (!DefinitionParser::durationSeconds(*value)) {
            fail(node, keyword,
                 QStringLiteral("'%1' is not a duration, like \"30 minutes\" or \"1h 30m\"").arg(*value));
            return {};
        }
        return *value;
    }

    // A string or a list of strings (nested lists, as !reference makes them, are flattened).
    QStringList strings(const ConfigNode &node, const QString &keyword, bool flatten = false)
    {
        if (node.isScalar())
            return {node.scalar};
        QStringList result;
        if (!node.isSequence()) {
            fail(node, keyword,
                 QStringLiteral("must be a string or a list of strings, not %1").arg(node.describeKind()));
            return result;
        }
        for (const ConfigNode &item : node.items) {
            if (item.isScalar())
                result.append(item.scalar);
            else if (flatten && item.isSequence())
                result.append(strings(item, keyword, false));
            else
                fail(item, keyword, QStringLiteral("must list strings, not %1").arg(item.describeKind()));
        }
        return result;
    }

    void unknownKeys(const ConfigNode &map, const QString &keyword, const QStringList &known)
    {
        for (const auto &[key, value] : map.entries) {
            if (!known.contains(key))
                fail(value, keyword + u':' + key,
                     QStringLiteral("unknown keyword; %1 takes %2").arg(keyword, known.join(QStringLiteral(", "))));
        }
    }

    void readStages(const ConfigNode &root, PipelineDefinition &definition)
    {
        const ConfigNode *stages = root.get(QStringLiteral("stages"));
        if (!stages)
            stages = root.get(QStringLiteral("types"));
        QStringList names = stages ? strings(*stages, QStringLiteral("stages")) : kDefaultStages;
        QStringList unique;
        for (const QString &name : std::as_const(names)) {
            if (unique.contains(name))
                fail(*stages, QStringLiteral("stages"), QStringLiteral("'%1' is listed twice").arg(name));
            else if (name != u".pre" && name != u".post")
                unique.append(name);
        }
        definition.stages = QStringList{QStringLiteral(".pre")} + unique + QStringList{QStringLiteral(".post")};
    }

    QList<Variable> readVariables(const ConfigNode &node, const QString &keyword)
    {
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        QList<Variable> variables;
        if (node.isNull())
            return variables;
        if (!node.isMap()) {
            fail(node, keyword, QStringLiteral("must be a mapping of NAME: value, not %1").arg(node.describeKind()));
            return variables;
        }
        for (const auto &[name, value] : node.entries) {
            const QString where = keyword + u':' + name;
            if (!validName.match(name).hasMatch()) {
                fail(value, where, QStringLiteral("'%1' is not a variable name (letters, digits, '_')").arg(name));
                continue;
            }
            Variable variable{name, {}, {}, true};
            if (value.isScalar() || value.isNull()) {
                variable.value = value.scalar;
            } else if (value.isMap()) {
                unknownKeys(value, where,
                            {QStringLiteral("value"), QStringLiteral("description"), QStringLiteral("expand"),
                             QStringLiteral("options")});
                if (const ConfigNode *v = value.get(QStringLiteral("value")))
                    variable.value = text(*v, where + QStringLiteral(":value")).value_or(QString());
                if (const ConfigNode *d = value.get(QStringLiteral("description")))
                    variable.description = text(*d, where + QStringLiteral(":description")).value_or(QString());
                if (const ConfigNode *e = value.get(QStringLiteral("expand")))
                    variable.expand = flag(*e, where + QStringLiteral(":expand")).value_or(true);
            } else {
                fail(value, where,
                     QStringLiteral("must be a value or {value, description, expand}, not %1")
                         .arg(value.describeKind()));
                continue;
            }
            variables.append(variable);
        }
        return variables;
    }

    QList<Rule> readRules(const ConfigNode &node, const QString &keyword, bool forWorkflow)
    {
        QList<Rule> rules;
        if (!node.isSequence()) {
            fail(node, keyword, QStringLiteral("must be a list of rules, not %1").arg(node.describeKind()));
            return rules;
        }
        QStringList known{QStringLiteral("if"), QStringLiteral("changes"), QStringLiteral("exists"),
                          QStringLiteral("when"), QStringLiteral("variables")};
        if (!forWorkflow)
            known << QStringLiteral("allow_failure") << QStringLiteral("start_in") << QStringLiteral("needs");
        for (const ConfigNode &item : node.items) {
            if (!item.isMap()) {
                fail(item, keyword,
                     QStringLiteral("each rule must be a mapping like {if: ..., when: ...}, not %1")
                         .arg(item.describeKind()));
                continue;
            }
            unknownKeys(item, keyword, known);
            Rule rule;
            if (const ConfigNode *condition = item.get(QStringLiteral("if"))) {
                if (const auto source = text(*condition, keyword + QStringLiteral(":if"))) {
                    QString error;
                    int position = 0;
                    rule.condition = RuleExpression::parse(*source, &error, &position);
                    if (!rule.condition)
                        m_errors.append(
                            {keyword + QStringLiteral(":if"),
                             QStringLiteral("%1 (at character %2 of \"%3\")").arg(error).arg(position).arg(*source),
                             condition->line, condition->column, condition->file});
                }
            }
            if (const ConfigNode *changes = item.get(QStringLiteral("changes"))) {
                rule.changes = pathsOf(*changes, keyword + QStringLiteral(":changes"));
                if (const ConfigNode *compareTo =
                        changes->isMap() ? changes->get(QStringLiteral("compare_to")) : nullptr)
                    rule.changesCompareTo = compareTo->isScalar() ? compareTo->scalar : QString();
            }
            if (const ConfigNode *exists = item.get(QStringLiteral("exists")))
                rule.exists = pathsOf(*exists, keyword + QStringLiteral(":exists"));
            if (const ConfigNode *when = item.get(QStringLiteral("when"))) {
                const QStringList allowed = forWorkflow ? QStringList{QStringLiteral("always"), QStringLiteral("never")}
                                                        : kJobWhen + QStringList{QStringLiteral("never")};
                rule.when = oneOf(*when, keyword + QStringLiteral(":when"), allowed);
            }
            if (const ConfigNode *allow = item.get(QStringLiteral("allow_failure")))
                rule.allowFailure = flag(*allow, keyword + QStringLiteral(":allow_failure"));
            if (const ConfigNode *startIn = item.get(QStringLiteral("start_in")))
                rule.startIn = duration(*startIn, keyword + QStringLiteral(":start_in"));
            if (const ConfigNode *variables = item.get(QStringLiteral("variables")))
                rule.variables = readVariables(*variables, keyword + QStringLiteral(":variables"));
            rules.append(rule);
        }
        return rules;
    }

    // changes/exists: a list of paths, or {paths: [...], compare_to: ref}.
    QStringList pathsOf(const ConfigNode &node, const QString &keyword)
    {
        if (node.isMap()) {
            unknownKeys(node, keyword, {QStringLiteral("paths"), QStringLiteral("compare_to")});
            const ConfigNode *paths = node.get(QStringLiteral("paths"));
            if (!paths) {
                fail(node, keyword, QStringLiteral("needs paths"));
                return {};
            }
            return strings(*paths, keyword + QStringLiteral(":paths"));
        }
        return strings(node, keyword);
    }

    void readWorkflow(const ConfigNode &node, PipelineDefinition &definition)
    {
        if (!node.isMap()) {
            fail(node, QStringLiteral("workflow"),
                 QStringLiteral("must be a mapping with rules, not %1").arg(node.describeKind()));
            return;
        }
        unknownKeys(node, QStringLiteral("workflow"),
                    {QStringLiteral("rules"), QStringLiteral("name"), QStringLiteral("auto_cancel")});
        if (const ConfigNode *rules = node.get(QStringLiteral("rules")))
            definition.workflowRules = readRules(*rules, QStringLiteral("workflow:rules"), true);
        if (const ConfigNode *name = node.get(QStringLiteral("name")))
            definition.workflowName = text(*name, QStringLiteral("workflow:name")).value_or(QString());
    }

    // `default:` plus the old top-level spellings of the same keywords.
    ConfigNode readDefaults(const ConfigNode &root)
    {
        ConfigNode defaults;
        defaults.kind = ConfigNode::Kind::Map;
        for (const QString &key : {QStringLiteral("image"), QStringLiteral("services"), QStringLiteral("cache"),
                                   QStringLiteral("before_script"), QStringLiteral("after_script")}) {
            if (const ConfigNode *value = root.get(key))
                defaults.set(key, *value);
        }
        if (const ConfigNode *node = root.get(QStringLiteral("default"))) {
            if (!node->isMap()) {
                fail(*node, QStringLiteral("default"),
                     QStringLiteral("must be a mapping of keywords, not %1").arg(node->describeKind()));
            } else {
                for (const auto &[key, value] : node->entries) {
                    if (kUnsupportedJobKeywords.contains(key))
                        fail(value, QStringLiteral("default:") + key, QStringLiteral("is not supported"));
                    else if (!kDefaultKeywords.contains(key))
                        fail(value, QStringLiteral("default:") + key,
                             QStringLiteral("unknown keyword; default takes %1")
                                 .arg(kDefaultKeywords.join(QStringLiteral(", "))));
                    else
                        defaults.set(key, value);
                }
            }
        }
        return defaults;
    }

    JobDefinition readJob(const QString &name, const ConfigNode &given, const ConfigNode &defaults,
                          const QStringList &stages)
    {
        JobDefinition job;
        job.name = name;
        job.line = given.line;
        job.column = given.column;
        ConfigNode node = given;
        for (const auto &[key, value] : defaults.entries) {
            if (!node.has(key))
                node.set(key, value);
        }
        const auto at = [&name](const char *keyword) -> QString { return name + u':' + QLatin1String(keyword); };
        if (name.size() > 255)
            fail(given, name.left(40), QStringLiteral("a job name is at most 255 characters"));
        for (const auto &[key, value] : node.entries) {
            if (kUnsupportedJobKeywords.contains(key))
                fail(value, name + u':' + key, QStringLiteral("is not supported by this server"));
            else if (!kJobKeywords.contains(key))
                fail(value, name + u':' + key, unknownKeyword(key, kJobKeywords));
        }

        const ConfigNode *trigger = node.get(QStringLiteral("trigger"));
        const ConfigNode *script = node.get(QStringLiteral("script"));
        if (!script && !trigger)
            fail(given, name, QStringLiteral("a job needs a script (or a trigger)"));
        if (script && trigger)
            fail(*trigger, at("trigger"), QStringLiteral("a trigger job cannot have a script"));
        if (script)
            job.script = strings(*script, at("script"), true);
        if (const ConfigNode *before = node.get(QStringLiteral("before_script")); before && !trigger)
            job.beforeScript = strings(*before, at("before_script"), true);
        if (const ConfigNode *after = node.get(QStringLiteral("after_script")); after && !trigger)
            job.afterScript = strings(*after, at("after_script"), true);
        if (trigger)
            readTrigger(*trigger, at("trigger"), job);

        const ConfigNode *stage = node.get(QStringLiteral("stage"));
        if (!stage)
            stage = node.get(QStringLiteral("type"));
        if (stage) {
            if (const auto value = text(*stage, at("stage"))) {
                job.stage = *value;
                if (!stages.contains(*value))
                    fail(*stage, at("stage"),
                         QStringLiteral("'%1' is not one of the stages (%2)")
                             .arg(*value, stages.join(QStringLiteral(", "))));
            }
        } else if (!stages.contains(job.stage)) {
            fail(given, at("stage"), QStringLiteral("the job has no stage and the stages do not include 'test'"));
        }

        if (const ConfigNode *needs = node.get(QStringLiteral("needs")))
            readNeeds(*needs, at("needs"), job);
        if (const ConfigNode *dependencies = node.get(QStringLiteral("dependencies"))) {
            job.dependencies = dependencies->isNull() ? QStringList() : strings(*dependencies, at("dependencies"));
            job.dependenciesSet = true;
        }
        if (const ConfigNode *rules = node.get(QStringLiteral("rules")))
            job.rules = readRules(*rules, at("rules"), false);
        if (const ConfigNode *only = node.get(QStringLiteral("only")))
            job.only = readRefFilter(*only, at("only"));
        if (const ConfigNode *except = node.get(QStringLiteral("except")))
            job.except = readRefFilter(*except, at("except"));
        if (!job.rules.isEmpty() && (job.only.isSet() || job.except.isSet()))
            fail(*node.get(QStringLiteral("rules")), at("rules"),
                 QStringLiteral("cannot be used together with only or except"));
        if (const ConfigNode *when = node.get(QStringLiteral("when")))
            job.when = oneOf(*when, at("when"), kJobWhen);
        if (const ConfigNode *startIn = node.get(QStringLiteral("start_in")))
            job.startIn = duration(*startIn, at("start_in"));
        if (job.when == u"delayed" && job.startIn.isEmpty())
            fail(given, at("start_in"), QStringLiteral("a delayed job needs start_in (e.g. \"30 minutes\")"));
        if (!job.startIn.isEmpty() && job.when != u"delayed")
            fail(*node.get(QStringLiteral("start_in")), at("start_in"),
                 QStringLiteral("only a job with when: delayed has start_in"));
        if (const ConfigNode *allow = node.get(QStringLiteral("allow_failure")))
            readAllowFailure(*allow, at("allow_failure"), job);
        if (const ConfigNode *retry = node.get(QStringLiteral("retry")))
            readRetry(*retry, at("retry"), job);
        if (const ConfigNode *timeout = node.get(QStringLiteral("timeout")))
            job.timeout = duration(*timeout, at("timeout"));
        if (const ConfigNode *artifacts = node.get(QStringLiteral("artifacts")))
            readArtifacts(*artifacts, at("artifacts"), job);
        if (const ConfigNode *cache = node.get(QStringLiteral("cache")))
            readCache(*cache, at("cache"), job);
        if (const ConfigNode *parallel = node.get(QStringLiteral("parallel")))
            readParallel(*parallel, at("parallel"), job);
        if (const ConfigNode *environment = node.get(QStringLiteral("environment")))
            readEnvironment(*environment, at("environment"), job);
        if (const ConfigNode *tags = node.get(QStringLiteral("tags")))
            job.tags = strings(*tags, at("tags"));
        if (const ConfigNode *interruptible = node.get(QStringLiteral("interruptible")))
            job.interruptible = flag(*interruptible, at("interruptible")).value_or(false);
        if (const ConfigNode *group = node.get(QStringLiteral("resource_group")))
            job.resourceGroup = text(*group, at("resource_group")).value_or(QString());
        if (const ConfigNode *variables = node.get(QStringLiteral("variables")))
            job.variables = readVariables(*variables, at("variables"));
        if (const ConfigNode *coverage = node.get(QStringLiteral("coverage")))
            job.coverage = text(*coverage, at("coverage")).value_or(QString());
        if (const ConfigNode *image = node.get(QStringLiteral("image"))) {
            job.image = readImage(*image, at("image"));
            if (m_shell && !trigger)
                warn(
                    *image, at("image"),
                    QStringLiteral(
                        "the shell executor runs the script on the worker itself; the image is kept for the Kubernetes executor"));
        }
        if (const ConfigNode *services = node.get(QStringLiteral("services"))) {
            const QList<ConfigNode> entries = services->isSequence() ? services->items : QList<ConfigNode>{*services};
            for (const ConfigNode &service : entries) {
                if (auto read = readService(service, at("services")))
                    job.services.append(*read);
            }
            if (m_shell && !trigger)
                warn(
                    *services, at("services"),
                    QStringLiteral("the shell executor starts no services; they are kept for the Kubernetes executor"));
        }
        return job;
    }

    // `image: name` or `image: {name, entrypoint}`.
    Image readImage(const ConfigNode &node, const QString &keyword)
    {
        Image image;
        if (node.isScalar()) {
            image.name = node.scalar;
            return image;
        }
        if (!node.isMap()) {
            fail(node, keyword,
                 QStringLiteral("must be an image name or a mapping with name, not %1").arg(node.describeKind()));
            return image;
        }
        unknownKeys(node, keyword,
                    {QStringLiteral("name"), QStringLiteral("entrypoint"), QStringLiteral("pull_policy"),
                     QStringLiteral("docker"), QStringLiteral("kubernetes")});
        if (const ConfigNode *name = node.get(QStringLiteral("name")))
            image.name = text(*name, keyword + QStringLiteral(":name")).value_or(QString());
        else
            fail(node, keyword, QStringLiteral("needs a name"));
        if (const ConfigNode *entrypoint = node.get(QStringLiteral("entrypoint")))
            image.entrypoint = strings(*entrypoint, keyword + QStringLiteral(":entrypoint"));
        return image;
    }

    // A service: an image name, or {name, alias, entrypoint, command, variables}. Its default alias
    // is the image without tag or digest, '/' as '-' (GitLab's second spelling, the one DNS takes).
    std::optional<Service> readService(const ConfigNode &node, const QString &keyword)
    {
        Service service;
        if (node.isScalar()) {
            service.name = node.scalar;
        } else if (node.isMap()) {
            unknownKeys(node, keyword,
                        {QStringLiteral("name"), QStringLiteral("alias"), QStringLiteral("entrypoint"),
                         QStringLiteral("command"), QStringLiteral("variables"), QStringLiteral("pull_policy"),
                         QStringLiteral("docker"), QStringLiteral("kubernetes")});
            if (const ConfigNode *name = node.get(QStringLiteral("name")))
                service.name = text(*name, keyword + QStringLiteral(":name")).value_or(QString());
            if (const ConfigNode *alias = node.get(QStringLiteral("alias")))
                service.alias = text(*alias, keyword + QStringLiteral(":alias")).value_or(QString());
            if (const ConfigNode *entrypoint = node.get(QStringLiteral("entrypoint")))
                service.entrypoint = strings(*entrypoint, keyword + QStringLiteral(":entrypoint"));
            if (const ConfigNode *command = node.get(QStringLiteral("command")))
                service.command = strings(*command, keyword + QStringLiteral(":command"));
            if (const ConfigNode *variables = node.get(QStringLiteral("variables")))
                service.variables = readVariables(*variables, keyword + QStringLiteral(":variables"));
        } else {
            fail(node, keyword,
                 QStringLiteral("must list image names or mappings with name, not %1").arg(node.describeKind()));
            return std::nullopt;
        }
        if (service.name.isEmpty()) {
            fail(node, keyword, QStringLiteral("a service needs an image name"));
            return std::nullopt;
        }
        if (service.alias.isEmpty()) {
            QString image = service.name.section(u'@', 0, 0);
            if (image.lastIndexOf(u':') > image.lastIndexOf(u'/'))
                image = image.left(image.lastIndexOf(u':'));
            service.alias = image.replace(u'/', u'-').toLower();
        }
        static const QRegularExpression dnsName(
            QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
        if (!dnsName.match(service.alias).hasMatch()) {
            fail(
                node, keyword + QStringLiteral(":alias"),
                QStringLiteral("'%1' is not a host name (lower-case letters, digits, '-' and '.')").arg(service.alias));
            return std::nullopt;
        }
        return service;
    }

    void readTrigger(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        if (node.isScalar()) {
            fail(
                node, keyword,
                QStringLiteral(
                    "a multi-project trigger ('%1') is not supported; use trigger: include: with a file of this repository")
                    .arg(node.scalar));
            return;
        }
        if (!node.isMap()) {
            fail(node, keyword, QStringLiteral("must be a mapping with include, not %1").arg(node.describeKind()));
            return;
        }
        for (const auto &[key, value] : node.entries) {
            if (key == u"project" || key == u"branch")
                fail(value, keyword + u':' + key,
                     QStringLiteral("multi-project pipelines are not supported; use trigger: include:"));
            else if (key != u"include" && key != u"strategy" && key != u"forward")
                fail(value, keyword + u':' + key,
                     QStringLiteral("unknown keyword; trigger takes include, strategy, forward"));
        }
        if (const ConfigNode *strategy = node.get(QStringLiteral("strategy")))
            job.trigger.strategy = oneOf(*strategy, keyword + QStringLiteral(":strategy"), {QStringLiteral("depend")});
        if (const ConfigNode *forward = node.get(QStringLiteral("forward")))
            readForward(*forward, keyword + QStringLiteral(":forward"), job.trigger);
        const ConfigNode *include = node.get(QStringLiteral("include"));
        if (!include) {
            if (!node.has(QStringLiteral("project")))
                fail(node, keyword, QStringLiteral("needs include: the child pipeline's file"));
            return;
        }
        ConfigResolver resolver({}, m_errors);
        job.trigger.include = resolver.localIncludes(*include, keyword + QStringLiteral(":include"));
    }

    // Which variables reach the child: the trigger job's (default) and the pipeline's own (not by default).
    void readForward(const ConfigNode &node, const QString &keyword, Trigger &trigger)
    {
        if (!node.isMap()) {
            fail(node, keyword,
                 QStringLiteral("must be a mapping with yaml_variables or pipeline_variables, not %1")
                     .arg(node.describeKind()));
            return;
        }
        for (const auto &[key, value] : node.entries) {
            if (key == u"yaml_variables")
                trigger.forwardYamlVariables = flag(value, keyword + QStringLiteral(":yaml_variables")).value_or(true);
            else if (key == u"pipeline_variables")
                trigger.forwardPipelineVariables =
                    flag(value, keyword + QStringLiteral(":pipeline_variables")).value_or(false);
            else
                fail(value, keyword + u':' + key,
                     QStringLiteral("unknown keyword; forward takes yaml_variables, pipeline_variables"));
        }
    }

    void readNeeds(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        job.needsSet = true;
        if (node.isNull())
            return;
        if (!node.isSequence()) {
            fail(node, keyword,
                 QStringLiteral("must be a list of jobs ([] to start at once), not %1").arg(node.describeKind()));
            return;
        }
        if (node.items.size() > kMaxNeeds)
            fail(node, keyword, QStringLiteral("a job needs at most %1 jobs").arg(kMaxNeeds));
        for (const ConfigNode &item : node.items) {
            Need need;
            if (item.isScalar()) {
                need.job = item.scalar;
            } else if (item.isMap()) {
                for (const auto &[key, value] : item.entries) {
                    if (key == u"pipeline" || key == u"project")
                        fail(value, keyword + u':' + key,
                             QStringLiteral("needs from other pipelines or projects are not supported"));
                    else if (key != u"job" && key != u"optional" && key != u"artifacts" && key != u"parallel")
                        fail(value, keyword + u':' + key,
                             QStringLiteral("unknown keyword; a need takes job, optional, artifacts, parallel"));
                }
                if (const ConfigNode *name = item.get(QStringLiteral("job")))
                    need.job = text(*name, keyword + QStringLiteral(":job")).value_or(QString());
                else if (!item.has(QStringLiteral("pipeline")) && !item.has(QStringLiteral("project")))
                    fail(item, keyword, QStringLiteral("each need names a job"));
                if (const ConfigNode *optional = item.get(QStringLiteral("optional")))
                    need.optional = flag(*optional, keyword + QStringLiteral(":optional")).value_or(false);
                if (const ConfigNode *artifacts = item.get(QStringLiteral("artifacts")))
                    need.artifacts = flag(*artifacts, keyword + QStringLiteral(":artifacts")).value_or(true);
                if (const ConfigNode *parallel = item.get(QStringLiteral("parallel"))) {
                    const ConfigNode *matrix = parallel->isMap() ? parallel->get(QStringLiteral("matrix")) : nullptr;
                    if (!matrix)
                        fail(*parallel, keyword + QStringLiteral(":parallel"), QStringLiteral("needs matrix"));
                    else
                        need.matrix = readMatrix(*matrix, keyword + QStringLiteral(":parallel:matrix"));
                }
            } else {
                fail(item, keyword, QStringLiteral("must list job names, not %1").arg(item.describeKind()));
                continue;
            }
            if (!need.job.isEmpty())
                job.needs.append(need);
        }
    }

    RefFilter readRefFilter(const ConfigNode &node, const QString &keyword)
    {
        RefFilter filter;
        if (node.isSequence() || node.isScalar()) {
            filter.refs = strings(node, keyword);
            return filter;
        }
        if (!node.isMap()) {
            fail(node, keyword,
                 QStringLiteral("must be a list of refs or {refs, variables, changes}, not %1")
                     .arg(node.describeKind()));
            return filter;
        }
        for (const auto &[key, value] : node.entries) {
            if (key == u"kubernetes")
                fail(value, keyword + u':' + key, QStringLiteral("is not supported"));
            else if (key != u"refs" && key != u"variables" && key != u"changes")
                fail(value, keyword + u':' + key,
                     QStringLiteral("unknown keyword; only/except take refs, variables, changes"));
        }
        if (const ConfigNode *refs = node.get(QStringLiteral("refs")))
            filter.refs = strings(*refs, keyword + QStringLiteral(":refs"));
        if (const ConfigNode *variables = node.get(QStringLiteral("variables"))) {
            filter.variables = strings(*variables, keyword + QStringLiteral(":variables"));
            for (const QString &expression : std::as_const(filter.variables)) {
                QString error;
                if (!RuleExpression::parse(expression, &error))
                    fail(*variables, keyword + QStringLiteral(":variables"),
                         QStringLiteral("%1 in \"%2\"").arg(error, expression));
            }
        }
        if (const ConfigNode *changes = node.get(QStringLiteral("changes")))
            filter.changes = strings(*changes, keyword + QStringLiteral(":changes"));
        return filter;
    }

    void readAllowFailure(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        job.allowFailureSet = true;
        if (node.isMap()) {
            unknownKeys(node, keyword, {QStringLiteral("exit_codes")});
            const ConfigNode *codes = node.get(QStringLiteral("exit_codes"));
            if (!codes) {
                fail(node, keyword, QStringLiteral("needs exit_codes"));
                return;
            }
            const QList<ConfigNode> items = codes->isSequence() ? codes->items : QList<ConfigNode>{*codes};
            for (const ConfigNode &code : items) {
                const auto value = code.integer();
                if (!value || *value < 0 || *value > 255)
                    fail(code, keyword + QStringLiteral(":exit_codes"),
                         QStringLiteral("must be exit codes from 0 to 255"));
                else
                    job.allowFailureExitCodes.append(int(*value));
            }
            return;
        }
        job.allowFailure = flag(node, keyword).value_or(false);
    }

    void readRetry(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        const auto readMax = [&](const ConfigNode &value) {
            const auto max = value.integer();
            if (!max || *max < 0 || *max > 2)
                fail(value, keyword, QStringLiteral("must be 0, 1 or 2"));
            else
                job.retry.max = int(*max);
        };
        if (!node.isMap()) {
            readMax(node);
            return;
        }
        unknownKeys(node, keyword, {QStringLiteral("max"), QStringLiteral("when"), QStringLiteral("exit_codes")});
        if (const ConfigNode *max = node.get(QStringLiteral("max")))
            readMax(*max);
        if (const ConfigNode *when = node.get(QStringLiteral("when"))) {
            job.retry.when = strings(*when, keyword + QStringLiteral(":when"));
            for (const QString &reason : std::as_const(job.retry.when)) {
                if (!kRetryReasons.contains(reason))
                    fail(*when, keyword + QStringLiteral(":when"),
                         QStringLiteral("'%1' is not a failure reason").arg(reason));
            }
        }
    }

    void readArtifacts(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        if (!node.isMap()) {
            fail(node, keyword, QStringLiteral("must be a mapping with paths, not %1").arg(node.describeKind()));
            return;
        }
        unknownKeys(node, keyword,
                    {QStringLiteral("paths"), QStringLiteral("exclude"), QStringLiteral("expire_in"),
                     QStringLiteral("when"), QStringLiteral("name"), QStringLiteral("untracked"),
                     QStringLiteral("expose_as"), QStringLiteral("public"), QStringLiteral("access"),
                     QStringLiteral("reports")});
        Artifacts &artifacts = job.artifacts;
        if (const ConfigNode *paths = node.get(QStringLiteral("paths")))
            artifacts.paths = strings(*paths, keyword + QStringLiteral(":paths"));
        if (const ConfigNode *exclude = node.get(QStringLiteral("exclude")))
            artifacts.exclude = strings(*exclude, keyword + QStringLiteral(":exclude"));
        if (const ConfigNode *expire = node.get(QStringLiteral("expire_in")))
            artifacts.expireIn = duration(*expire, keyword + QStringLiteral(":expire_in"), true);
        if (const ConfigNode *when = node.get(QStringLiteral("when")))
            artifacts.when =
                oneOf(*when, keyword + QStringLiteral(":when"),
                      {QStringLiteral("on_success"), QStringLiteral("on_failure"), QStringLiteral("always")});
        if (const ConfigNode *name = node.get(QStringLiteral("name")))
            artifacts.name = text(*name, keyword + QStringLiteral(":name")).value_or(QString());
        if (const ConfigNode *untracked = node.get(QStringLiteral("untracked")))
            artifacts.untracked = flag(*untracked, keyword + QStringLiteral(":untracked")).value_or(false);
        for (const QString &path : std::as_const(artifacts.paths)) {
            if (path.startsWith(u'/') || path.split(u'/').contains(QStringLiteral("..")))
                fail(*node.get(QStringLiteral("paths")), keyword + QStringLiteral(":paths"),
                     QStringLiteral("'%1' leaves the job's directory; paths are relative to it").arg(path));
        }
    }

    void readCache(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        const QList<ConfigNode> entries = node.isSequence() ? node.items : QList<ConfigNode>{node};
        if (entries.size() > 4)
            fail(node, keyword, QStringLiteral("a job has at most 4 caches"));
        for (const ConfigNode &entry : entries) {
            if (!entry.isMap()) {
                fail(entry, keyword,
                     QStringLiteral("must be a mapping with key and paths, not %1").arg(entry.describeKind()));
                continue;
            }
            unknownKeys(entry, keyword,
                        {QStringLiteral("key"), QStringLiteral("paths"), QStringLiteral("policy"),
                         QStringLiteral("when"), QStringLiteral("untracked"), QStringLiteral("fallback_keys"),
                         QStringLiteral("unprotect")});
            Cache cache;
            if (const ConfigNode *key = entry.get(QStringLiteral("key"))) {
                if (key->isMap()) {
                    unknownKeys(*key, keyword + QStringLiteral(":key"),
                                {QStringLiteral("files"), QStringLiteral("prefix")});
                    if (const ConfigNode *files = key->get(QStringLiteral("files")))
                        cache.keyFiles = strings(*files, keyword + QStringLiteral(":key:files"));
                    if (const ConfigNode *prefix = key->get(QStringLiteral("prefix")))
                        cache.keyPrefix = text(*prefix, keyword + QStringLiteral(":key:prefix")).value_or(QString());
                } else if (const auto value = text(*key, keyword + QStringLiteral(":key"))) {
                    cache.key = *value;
                    if (value->contains(u'/') || *value == u"." || *value == u"..")
                        fail(*key, keyword + QStringLiteral(":key"),
                             QStringLiteral("must not contain '/' or be '.' or '..'"));
                }
            }
            if (const ConfigNode *paths = entry.get(QStringLiteral("paths")))
                cache.paths = strings(*paths, keyword + QStringLiteral(":paths"));
            if (const ConfigNode *policy = entry.get(QStringLiteral("policy")))
                cache.policy = oneOf(*policy, keyword + QStringLiteral(":policy"),
                                     {QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("pull-push")});
            if (const ConfigNode *when = entry.get(QStringLiteral("when")))
                cache.when =
                    oneOf(*when, keyword + QStringLiteral(":when"),
                          {QStringLiteral("on_success"), QStringLiteral("on_failure"), QStringLiteral("always")});
            if (const ConfigNode *untracked = entry.get(QStringLiteral("untracked")))
                cache.untracked = flag(*untracked, keyword + QStringLiteral(":untracked")).value_or(false);
            job.cache.append(cache);
        }
    }

    QList<MatrixEntry> readMatrix(const ConfigNode &node, const QString &keyword)
    {
        QList<MatrixEntry> matrix;
        if (!node.isSequence()) {
            fail(node, keyword,
                 QStringLiteral("must be a list of mappings of variables to values, not %1").arg(node.describeKind()));
            return matrix;
        }
        for (const ConfigNode &entry : node.items) {
            if (!entry.isMap()) {
                fail(entry, keyword, QStringLiteral("each entry maps variables to values"));
                continue;
            }
            MatrixEntry values;
            for (const auto &[name, value] : entry.entries) {
                const QStringList list = strings(value, keyword + u':' + name);
                if (list.isEmpty())
                    fail(value, keyword + u':' + name, QStringLiteral("needs at least one value"));
                values.append({name, list});
            }
            matrix.append(values);
        }
        return matrix;
    }

    void readParallel(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        if (const auto count = node.integer()) {
            if (*count < 1 || *count > kMaxParallel)
                fail(node, keyword, QStringLiteral("must be from 1 to %1").arg(kMaxParallel));
            else
                job.parallel = int(*count);
            return;
        }
        if (!node.isMap() || !node.has(QStringLiteral("matrix"))) {
            fail(node, keyword, QStringLiteral("must be a number or {matrix: [...]}, not %1").arg(node.describeKind()));
            return;
        }
        unknownKeys(node, keyword, {QStringLiteral("matrix")});
        job.matrix = readMatrix(*node.get(QStringLiteral("matrix")), keyword + QStringLiteral(":matrix"));
        qsizetype instances = 0;
        for (const auto &entry : std::as_const(job.matrix)) {
            qsizetype product = 1;
            for (const auto &variable : entry)
                product *= variable.second.size();
            instances += product;
        }
        if (instances > kMaxParallel)
            fail(node, keyword,
                 QStringLiteral("the matrix makes %1 jobs; at most %2").arg(instances).arg(kMaxParallel));
    }

    void readEnvironment(const ConfigNode &node, const QString &keyword, JobDefinition &job)
    {
        Environment &environment = job.environment;
        if (node.isScalar()) {
            environment.name = node.scalar;
            return;
        }
        if (!node.isMap()) {
            fail(node, keyword,
                 QStringLiteral("must be a name or a mapping with name, not %1").arg(node.describeKind()));
            return;
        }
        unknownKeys(node, keyword,
                    {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("action"), QStringLiteral("on_stop"),
                     QStringLiteral("auto_stop_in"), QStringLiteral("deployment_tier"), QStringLiteral("kubernetes")});
        if (const ConfigNode *name = node.get(QStringLiteral("name")))
            environment.name = text(*name, keyword + QStringLiteral(":name")).value_or(QString());
        else
            fail(node, keyword, QStringLiteral("needs a name"));
        if (const ConfigNode *url = node.get(QStringLiteral("url")))
            environment.url = text(*url, keyword + QStringLiteral(":url")).value_or(QString());
        if (const ConfigNode *action = node.get(QStringLiteral("action")))
            environment.action = oneOf(*action, keyword + QStringLiteral(":action"),
                                       {QStringLiteral("start"), QStringLiteral("prepare"), QStringLiteral("stop"),
                                        QStringLiteral("verify"), QStringLiteral("access")});
        if (const ConfigNode *onStop = node.get(QStringLiteral("on_stop")))
            environment.onStop = text(*onStop, keyword + QStringLiteral(":on_stop")).value_or(QString());
        if (const ConfigNode *autoStop = node.get(QStringLiteral("auto_stop_in")))
            environment.autoStopIn = duration(*autoStop, keyword + QStringLiteral(":auto_stop_in"), true);
        if (const ConfigNode *tier = node.get(QStringLiteral("deployment_tier")))
            environment.tier =
                oneOf(*tier, keyword + QStringLiteral(":deployment_tier"),
                      {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("testing"),
                       QStringLiteral("development"), QStringLiteral("other")});
    }

    DefinitionErrors &m_errors;
    DefinitionErrors &m_warnings;
    bool m_shell;
};

} // namespace

std::optional<qint64> DefinitionParser::durationSeconds(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)"));
    const QString input = text.trimmed().toLower();
    if (input.isEmpty())
        return std::nullopt;
    bool plainNumber = false;
    const qint64 seconds = input.toLongLong(&plainNumber);
    if (plainNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    static const QList<QPair<QStringList, qint64>> units{
        {{QStringLiteral("s"), QStringLiteral("sec"), QStringLiteral("secs"), QStringLiteral("second"),
          QStringLiteral("seconds")},
         1},
        {{QStringLiteral("m"), QStringLiteral("min"), QStringLiteral("mins"), QStringLiteral("minute"),
          QStringLiteral("minutes")},
         60},
        {{QStringLiteral("h"), QStringLiteral("hr"), QStringLiteral("hrs"), QStringLiteral("hour"),
          QStringLiteral("hours")},
         3600},
        {{QStringLiteral("d"), QStringLiteral("day"), QStringLiteral("days")}, 86400},
        {{QStringLiteral("w"), QStringLiteral("wk"), QStringLiteral("week"), QStringLiteral("weeks")}, 7 * 86400},
        {{QStringLiteral("mo"), QStringLiteral("month"), QStringLiteral("months")}, 30 * 86400},
        {{QStringLiteral("y"), QStringLiteral("yr"), QStringLiteral("year"), QStringLiteral("years")}, 365 * 86400}};
    double total = 0;
    qsizetype consumed = 0;
    QString rest = input;
    rest.replace(QStringLiteral(" and "), QStringLiteral(" ")).replace(u',', u' ');
    auto it = part.globalMatch(rest);
    while (it.hasNext()) {
        const auto match = it.next();
        qint64 factor = 0;
        for (const auto &[names, value] : units) {
            if (names.contains(match.captured(2)))
                factor = value;
        }
        if (factor == 0)
            return std::nullopt;
        total += match.captured(1).toDouble() * double(factor);
        consumed += match.capturedLength(0);
    }
    QString leftover = rest;
    leftover.remove(part);
    if (consumed == 0 || !leftover.trimmed().isEmpty())
        return std::nullopt;
    return qint64(total);
}

DefinitionParser::Result DefinitionParser::parse(const QByteArray &text, const FileReader &reader, bool shellExecutor)
{
    Result result;
    ConfigResolver resolver(reader, result.errors);
    const auto root = resolver.resolve(text);
    if (!root)
        return result;
    PipelineDefinition definition = KeywordReader(result.errors, result.warnings, shellExecutor).read(*root);
    if (result.errors.isEmpty())
        result.definition = std::move(definition);
    return result;
}

} // namespace adp::pipeline
