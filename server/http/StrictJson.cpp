#include "StrictJson.h"

#include <QSet>
#include <QStringView>
#include <QUtf8StringView>
#include <rapidjson/reader.h>
#include <vector>

namespace adp::server::http {

namespace {

// SAX handler: keys seen per open object, and every string checked.
class StrictHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StrictHandler>
{
public:
    std::optional<QString> problem;

    bool StartObject()
    {
        m_keys.emplace_back();
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        m_keys.pop_back();
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType length, bool copy)
    {
        if (!String(text, length, copy))
            return false;
        const QByteArray key(text, qsizetype(length));
        if (m_keys.back().contains(key)) {
            problem = QStringLiteral("The key \"%1\" appears twice in one object").arg(QString::fromUtf8(key));
            return false;
        }
        m_keys.back().insert(key);
        return true;
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        const QByteArrayView bytes(text, qsizetype(length));
        if (bytes.contains('\0')) {
            problem = QStringLiteral("A string holds a NUL character (\\u0000)");
            return false;
        }
        // A lone surrogate escape decodes to bytes that are not UTF-8.
        if (!QUtf8StringView(bytes).isValidUtf8()) {
            problem = QStringLiteral("A string holds a lone UTF-16 surrogate or invalid UTF-8");
            return false;
        }
        return true;
    }

private:
    std::vector<QSet<QByteArray>> m_keys;
};

} // namespace

std::optional<QString> strictJsonProblem(const QByteArray &json)
{
    StrictHandler handler;
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(json.constData(), size_t(json.size()));
    const rapidjson::ParseResult result =
        reader.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag>(stream, handler);
    if (handler.problem)
        return handler.problem;
    if (result.IsError())
        return QStringLiteral("Malformed JSON at offset %1").arg(result.Offset());
    return std::nullopt;
}

} // namespace adp::server::http
