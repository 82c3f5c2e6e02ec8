#include "KubeApiClient.h"

#include "shared/core/Version.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <curl/curl.h>
#include <mutex>

namespace adp::server::kube {

struct KubeApiClient::Call
{
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray contentType;
    const std::function<bool(const QByteArray &)> *chunk = nullptr; // streams when set
    long timeoutMs = kTimeoutMs;
    const std::function<bool()> *stillWanted = nullptr;
};

namespace {

struct Sink
{
    QByteArray body;
    const std::function<bool(const QByteArray &)> *chunk = nullptr;
    bool overflow = false;
    bool stoppedByReader = false;
    const std::function<bool()> *stillWanted = nullptr;
    void *curl = nullptr; // a refusal's body is kept as an answer's, not streamed
};

// libcurl calls it at least once a second: a reader that no longer wants the stream ends it.
int progress(void *target, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *sink = static_cast<Sink *>(target);
    if (sink->stillWanted && !(*sink->stillWanted)()) {
        sink->stoppedByReader = true;
        return 1;
    }
    return 0;
}

size_t collect(char *data, size_t size, size_t count, void *target)
{
    auto *sink = static_cast<Sink *>(target);
    const size_t bytes = size * count;
    long status = 0;
    if (sink->chunk && sink->curl)
        curl_easy_getinfo(static_cast<CURL *>(sink->curl), CURLINFO_RESPONSE_CODE, &status);
    if (sink->chunk && status >= 200 && status < 300) {
        if (!(*sink->chunk)(QByteArray(data, qsizetype(bytes)))) {
            sink->stoppedByReader = true;
            return 0; // ends the transfer
        }
        return bytes;
    }
    if (sink->body.size() + qsizetype(bytes) > KubeApiClient::kMaxBody) {
        sink->overflow = true;
        return 0;
    }
    sink->body.append(data, qsizetype(bytes));
    return bytes;
}

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, []() { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

KubeApiClient::Failure failureOf(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return KubeApiClient::Failure::Unreachable;
    case CURLE_OPERATION_TIMEDOUT:
        return KubeApiClient::Failure::Timeout;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
        return KubeApiClient::Failure::Certificate;
    default:
        return KubeApiClient::Failure::Other;
    }
}

void setBlob(CURL *curl, CURLoption option, const QByteArray &data)
{
    curl_blob blob{const_cast<char *>(data.constData()), size_t(data.size()), CURL_BLOB_COPY};
    curl_easy_setopt(curl, option, &blob);
}

} // namespace

QJsonObject KubeApiClient::Reply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QString KubeApiClient::Reply::message() const
{
    if (!answered())
        return error;
    const QJsonObject status = object();
    const QString text = status.value(QLatin1String("message")).toString();
    if (status.value(QLatin1String("kind")).toString() == QLatin1String("Status") && !text.isEmpty())
        return text;
    return QStringLiteral("HTTP %1").arg(this->status);
}

QString KubeApiClient::Reply::reason() const
{
    const QJsonObject status = object();
    return status.value(QLatin1String("kind")).toString() == QLatin1String("Status")
               ? status.value(QLatin1String("reason")).toString()
               : QString();
}

KubeApiClient::KubeApiClient(KubeConfig config)
    : m_config(std::move(config))
{
    initialiseOnce();
    m_curl = curl_easy_init();
}

KubeApiClient::~KubeApiClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

KubeApiClient::Reply KubeApiClient::get(const QString &path)
{
    Call call{"GET", path, {}, {}};
    return perform(call);
}

KubeApiClient::Reply KubeApiClient::create(const QString &path, const QJsonObject &object)
{
    Call call{"POST", path, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json"};
    return perform(call);
}

KubeApiClient::Reply KubeApiClient::apply(const QString &path, const QJsonObject &object, const QString &fieldManager,
                                          bool force)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), fieldManager);
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    // JSON is YAML: the apply content type takes it as it is.
    Call call{"PATCH", path + u'?' + query.toString(QUrl::FullyEncoded),
              QJsonDocument(object).toJson(QJsonDocument::Compact), "application/apply-patch+yaml"};
    return perform(call);
}

KubeApiClient::Reply KubeApiClient::remove(const QString &path, const QString &propagationPolicy)
{
    const QJsonObject options{{QStringLiteral("kind"), QStringLiteral("DeleteOptions")},
                              {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                              {QStringLiteral("propagationPolicy"), propagationPolicy}};
    Call call{"DELETE", path, QJsonDocument(options).toJson(QJsonDocument::Compact), "application/json"};
    return perform(call);
}

KubeApiClient::Reply KubeApiClient::stream(const QString &path, const std::function<bool(const QByteArray &)> &chunk,
                                           long timeoutMs, const std::function<bool()> &stillWanted)
{
    Call call{"GET", path, {}, {}, &chunk, timeoutMs, stillWanted ? &stillWanted : nullptr};
    return perform(call);
}

KubeApiClient::Reply KubeApiClient::perform(Call &call)
{
    Reply reply;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        reply.failure = Failure::Other;
        reply.error = QStringLiteral("cannot start an HTTP client");
        return reply;
    }
    curl_easy_reset(curl); // keeps the connection, forgets the last call's options
    QString base = m_config.server.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    const QByteArray address = (base + call.path).toUtf8();
    const QByteArray agent = QByteArrayLiteral("adp-server/") + shared::kVersion;
    curl_slist *headers = curl_slist_append(nullptr, "Accept: application/json");
    if (!call.contentType.isEmpty())
        headers = curl_slist_append(headers, QByteArray("Content-Type: " + call.contentType).constData());
    if (!m_config.token.isEmpty())
        headers =
            curl_slist_append(headers, QByteArray("Authorization: Bearer " + m_config.token.toUtf8()).constData());
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, kConnectTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, call.timeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, call.method.constData());
    if (!call.body.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, call.body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(call.body.size()));
    }
    if (!m_config.certificateAuthority.isEmpty())
        setBlob(curl, CURLOPT_CAINFO_BLOB, m_config.certificateAuthority);
    if (m_config.insecureSkipTlsVerify) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!m_config.clientCertificate.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_SSLCERTTYPE, "PEM");
        setBlob(curl, CURLOPT_SSLCERT_BLOB, m_config.clientCertificate);
        curl_easy_setopt(curl, CURLOPT_SSLKEYTYPE, "PEM");
        setBlob(curl, CURLOPT_SSLKEY_BLOB, m_config.clientKey);
    }
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    Sink sink;
    sink.chunk = call.chunk;
    sink.curl = curl;
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    if (call.stillWanted) {
        sink.stillWanted = call.stillWanted;
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &sink);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    }
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    reply.status = int(status);
    if (sink.overflow) {
        reply.status = 0;
        reply.failure = Failure::TooLarge;
        reply.error = QStringLiteral("the answer is larger than %1 bytes").arg(kMaxBody);
        return reply;
    }
    // A stream its reader ended, or one the time limit ended, was answered.
    const bool streamEnded =
        call.chunk && status != 0 && (sink.stoppedByReader || code == CURLE_OPERATION_TIMEDOUT || code == CURLE_OK);
    if (code != CURLE_OK && !streamEnded) {
        reply.status = 0;
        reply.failure = failureOf(code);
        // curl's own words name the cause ("SSL certificate problem: unable to get local issuer certificate").
        reply.error = QString::fromUtf8(detail[0] ? detail : curl_easy_strerror(code));
        return reply;
    }
    reply.body = std::move(sink.body);
    return reply;
}

} // namespace adp::server::kube
