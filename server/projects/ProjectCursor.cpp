#include "ProjectCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::projects {

namespace {
bool isTextSort(const QString &sort)
{
    return sort == u"name" || sort == u"slug";
}
} // namespace

QString ProjectCursor::encode() const
{
    const QJsonObject object{{QStringLiteral("s"), sort},
                             {QStringLiteral("d"), descending},
                             {QStringLiteral("k"), QJsonValue::fromVariant(key)},
                             {QStringLiteral("i"), id}};
    return QString::fromLatin1(QJsonDocument(object)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ProjectCursor> ProjectCursor::decode(const QString &text, const QString &sort, bool descending)
{
    if (text.size() > 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    const QJsonValue key = object.value(QStringLiteral("k"));
    const QJsonValue id = object.value(QStringLiteral("i"));
    if (object.value(QStringLiteral("s")).toString() != sort ||
        object.value(QStringLiteral("d")).toBool() != descending || !id.isDouble())
        return std::nullopt;
    ProjectCursor cursor{sort, descending, {}, id.toInteger()};
    if (isTextSort(sort) && key.isString())
        cursor.key = key.toString();
    else if (!isTextSort(sort) && key.isDouble())
        cursor.key = key.toInteger();
    else
        return std::nullopt;
    return cursor;
}

} // namespace adp::server::projects
