#include "RepositoryFiles.h"

#include <QStringDecoder>

namespace adp::server::scm {

bool RepositoryFiles::isRepositoryPath(const QString &path)
{
    if (path.isEmpty() || path.size() > 1024 || path.startsWith(u'/') || path.contains(QChar(0)) ||
        path.contains(u'\\'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.begin(), parts.end(),
                        [](const QString &part) { return part.isEmpty() || part == u"." || part == u".."; });
}

Outcome<shared::RepositoryFile> RepositoryFiles::read(const MutationContext &context, const QString &projectKey,
                                                      const QString &ref, const QString &path)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("repository.file.read"));
    if (!found.ok())
        return found.error();
    shared::FieldErrors errors;
    if (ref.trimmed().isEmpty() || ref.size() > 255)
        errors.append(shared::invalidField(QStringLiteral("ref"), QStringLiteral("must be a branch, tag or commit")));
    if (!isRepositoryPath(path))
        errors.append(shared::invalidField(QStringLiteral("path"),
                                           QStringLiteral("must be a path inside the repository, such as src/main.c")));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const shared::Project &project = found.value().project;
    if (project.repositoryUrl.isEmpty())
        return ServiceError::conflict(QStringLiteral("The project has no repository"));
    const auto commit = m.mirror.resolve(project.id, project.repositoryUrl, ref);
    if (!commit.ok())
        return commit.error();
    const QString sha = commit.value().sha;
    const auto size = m.mirror.sizeOf(project.id, sha, path);
    if (!size)
        return ServiceError::notFound(QStringLiteral("File"));
    if (*size > shared::RepositoryFile::kMaxBytes)
        return ServiceError::validation({shared::invalidField(
            QStringLiteral("path"), QStringLiteral("is %1 bytes: files over 1 MiB are not shown").arg(*size))});
    const auto bytes = m.mirror.readFile(project.id, sha, path, shared::RepositoryFile::kMaxBytes);
    if (!bytes)
        return ServiceError::notFound(QStringLiteral("File"));
    // Text only: a NUL or bytes that are not UTF-8 make it a binary file, which has no lines to show.
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString content = decode(*bytes);
    if (decode.hasError() || bytes->contains('\0'))
        return ServiceError::validation(
            {shared::invalidField(QStringLiteral("path"), QStringLiteral("is a binary file, not text"))});
    return shared::RepositoryFile{ref, sha, path, *size, std::move(content)};
}

} // namespace adp::server::scm
