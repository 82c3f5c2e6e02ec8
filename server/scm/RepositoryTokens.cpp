#include "RepositoryTokens.h"

#include "storage/Transaction.h"

#include <QRegularExpression>

namespace adp::server::scm {

namespace {

constexpr int kMaxToken = 1024;
const QString kAction = QStringLiteral("project.repository_token");

// A token goes into an HTTP header: printable ASCII without spaces only.
bool headerSafe(const QString &token)
{
    return std::all_of(token.begin(), token.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

} // namespace

QJsonObject RepositoryTokens::Status::toJson() const
{
    QJsonObject json{{QStringLiteral("set"), set}};
    if (set) {
        json.insert(QStringLiteral("provider"), provider);
        json.insert(QStringLiteral("api_url"), apiUrl);
        json.insert(QStringLiteral("repository"), repository);
        json.insert(QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs));
    }
    return json;
}

QString RepositoryTokens::gitAuthorization(const Access &access)
{
    const QString user =
        access.provider == Provider::GitHub ? QStringLiteral("x-access-token") : QStringLiteral("oauth2");
    return QStringLiteral("Basic ") + QString::fromLatin1((user + u':' + access.token).toUtf8().toBase64());
}

QString RepositoryTokens::providerName(Provider provider)
{
    return provider == Provider::GitHub ? QStringLiteral("github") : QStringLiteral("gitlab");
}

std::optional<RepositoryTokens::Provider> RepositoryTokens::providerOf(const QString &name)
{
    if (name == u"github")
        return Provider::GitHub;
    if (name == u"gitlab")
        return Provider::GitLab;
    return std::nullopt;
}

std::optional<QUrl> RepositoryTokens::defaultApiUrl(Provider provider, const QUrl &repository)
{
    if (!repository.isValid() || repository.host().isEmpty() ||
        (repository.scheme() != u"https" && repository.scheme() != u"http"))
        return std::nullopt;
    QUrl api;
    api.setScheme(repository.scheme());
    api.setHost(repository.host());
    api.setPort(repository.port());
    if (provider == Provider::GitHub && repository.host().compare(u"github.com", Qt::CaseInsensitive) == 0)
        return QUrl(QStringLiteral("https://api.github.com"));
    api.setPath(provider == Provider::GitHub ? QStringLiteral("/api/v3") : QStringLiteral("/api/v4"));
    return api;
}

QString RepositoryTokens::repositoryPath(const QUrl &repository)
{
    QString path = repository.path();
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QStringLiteral(".git")))
        path.chop(4);
    return path;
}

Outcome<RepositoryTokens::Status> RepositoryTokens::status(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, kAction + QStringLiteral(".read"));
    if (!found.ok())
        return found.error();
    const auto rows = m.database.query(
        QStringLiteral(
            "SELECT provider, api_url, updated_at, repository FROM project_repository_tokens WHERE project_id = ?"),
        {found.value().project.id});
    Status status;
    if (rows.isEmpty())
        return status;
    status.set = true;
    status.provider = rows.value(0, 0).toString();
    status.apiUrl = rows.value(0, 1).toString();
    status.updatedAt = QDateTime::fromMSecsSinceEpoch(rows.value(0, 2).toLongLong(), Qt::UTC);
    status.repository = rows.value(0, 3).toString();
    return status;
}

Outcome<RepositoryTokens::Status> RepositoryTokens::set(const MutationContext &context, const QString &projectKey,
                                                        const QString &providerName, const QString &token,
                                                        const QString &apiUrl, const QString &repositoryGiven)
{
    const auto found = m.projects.authorize(context, projectKey, kAction + QStringLiteral(".set"));
    if (!found.ok())
        return found.error();
    const shared::Project &project = found.value().project;
    shared::FieldErrors errors;
    const auto provider = providerOf(providerName);
    if (!provider)
        errors.append({QStringLiteral("provider"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be github or gitlab")});
    if (token.isEmpty() || token.size() > kMaxToken || !headerSafe(token))
        errors.append({QStringLiteral("token"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be 1 to %1 printable characters without spaces").arg(kMaxToken)});
    QUrl api;
    if (!apiUrl.isEmpty()) {
        api = QUrl(apiUrl, QUrl::StrictMode);
        if (!api.isValid() || api.host().isEmpty() || (api.scheme() != u"https" && api.scheme() != u"http") ||
            !api.userInfo().isEmpty() || api.hasQuery() || api.hasFragment())
            errors.append({QStringLiteral("api_url"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                           QStringLiteral("must be an http(s) URL such as https://gitlab.example.com/api/v4")});
    } else if (provider) {
        const auto derived = defaultApiUrl(*provider, QUrl(project.repositoryUrl));
        if (derived)
            api = *derived;
        else
            errors.append({QStringLiteral("api_url"), QString::fromLatin1(shared::fieldcodes::Required),
                           QStringLiteral("the repository URL is not an http(s) URL to derive the API from; give it")});
    }
    static const QRegularExpression pathPattern(QStringLiteral("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$"));
    const QString repository =
        repositoryGiven.isEmpty() ? repositoryPath(QUrl(project.repositoryUrl)) : repositoryGiven;
    if (!pathPattern.match(repository).hasMatch() || repository.contains(QStringLiteral("..")))
        errors.append({QStringLiteral("repository"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       repositoryGiven.isEmpty()
                           ? QStringLiteral("cannot be derived from the repository URL; give owner/name")
                           : QStringLiteral("must be a path such as owner/name or group/subgroup/name")});
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const QString apiText = api.toString(QUrl::StripTrailingSlash);
    storage::Transaction tx(m.database);
    const bool replaced =
        !tx.exec(QStringLiteral("DELETE FROM project_repository_tokens WHERE project_id = ? RETURNING project_id"),
                 {project.id})
             .isEmpty();
    const qint64 now = m.clock.nowMs();
    tx.exec(QStringLiteral("INSERT INTO project_repository_tokens (project_id, provider, api_url, token_sealed, "
                           "updated_at, repository) VALUES (?, ?, ?, ?, ?, ?)"),
            {project.id, providerName, apiText, m.secrets.seal(token), now, repository});
    m.audit.record(tx, context,
                   {QStringLiteral("project.repository_token_set"),
                    QStringLiteral("project"),
                    QString::number(project.id),
                    {},
                    QJsonObject{{QStringLiteral("provider"), providerName},
                                {QStringLiteral("api_url"), apiText},
                                {QStringLiteral("repository"), repository},
                                {QStringLiteral("replaced"), replaced}}});
    tx.commit();
    return Status{true, providerName, apiText, repository, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)};
}

Outcome<Unit> RepositoryTokens::remove(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, kAction + QStringLiteral(".delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const auto removed = tx.exec(
        QStringLiteral("DELETE FROM project_repository_tokens WHERE project_id = ? RETURNING provider"), {projectId});
    if (removed.isEmpty())
        return Unit{}; // none to remove: done already
    m.audit.record(tx, context,
                   {QStringLiteral("project.repository_token_removed"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    QJsonObject{{QStringLiteral("provider"), removed.value(0, 0).toString()}},
                    {}});
    tx.commit();
    return Unit{};
}

std::optional<RepositoryTokens::Access> RepositoryTokens::accessOf(qint64 projectId) const
{
    const auto rows = m.database.query(
        QStringLiteral(
            "SELECT provider, api_url, token_sealed, repository FROM project_repository_tokens WHERE project_id = ?"),
        {projectId});
    if (rows.isEmpty())
        return std::nullopt;
    const auto provider = providerOf(rows.value(0, 0).toString());
    const auto token = m.secrets.open(rows.value(0, 2).toString());
    if (!provider || !token)
        return std::nullopt; // sealed with another key: as if none
    return Access{*provider, QUrl(rows.value(0, 1).toString()), *token, rows.value(0, 3).toString()};
}

} // namespace adp::server::scm
