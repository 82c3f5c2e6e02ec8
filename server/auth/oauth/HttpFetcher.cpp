#include "HttpFetcher.h"

#include "shared/core/Version.h"

#include <QUrlQuery>
#include <curl/curl.h>
#include <mutex>

namespace adp::server::oauth {

namespace {
struct Sink
{
    QByteArray body;
    bool overflow = false;
};

size_t collect(char *data, size_t size, size_t count, void *target)
{
    auto *sink = static_cast<Sink *>(target);
    const size_t bytes = size * count;
    if (sink->body.size() + qsizetype(bytes) > HttpFetcher::kMaxBody) {
        sink->overflow = true;
        return 0; // aborts the transfer
    }
    sink->body.append(data, qsizetype(bytes));
    return bytes;
}

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, []() { curl_global_init(CURL_GLOBAL_DEFAULT); });
}
} // namespace

HttpFetcher::Response HttpFetcher::get(const QUrl &url, const Headers &headers)
{
    return perform(url, nullptr, headers);
}

HttpFetcher::Response HttpFetcher::postForm(const QUrl &url, const QList<QPair<QString, QString>> &form,
                                            const Headers &headers)
{
    QUrlQuery query;
    for (const auto &[key, value] : form)
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    const QByteArray body = query.toString(QUrl::FullyEncoded).toLatin1();
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    return perform(url, &body, all);
}

HttpFetcher::Response HttpFetcher::perform(const QUrl &url, const QByteArray *postBody, const Headers &headers)
{
    Response response;
    if (url.scheme() != u"https" && url.scheme() != u"http") {
        response.error = QStringLiteral("only http and https URLs are fetched");
        return response;
    }
    initialiseOnce();
    CURL *curl = curl_easy_init();
    if (!curl) {
        response.error = QStringLiteral("cannot start an HTTP client");
        return response;
    }
    Sink sink;
    const QByteArray address = url.toEncoded();
    const QByteArray agent = QByteArrayLiteral("adp-server/") + shared::kVersion;
    curl_slist *list = nullptr;
    for (const auto &[name, value] : headers)
        list = curl_slist_append(list, QByteArray(name + ": " + value).constData());
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, kTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    if (postBody) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, postBody->constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(postBody->size()));
    }
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(list);
    curl_easy_cleanup(curl);
    if (sink.overflow) {
        response.error = QStringLiteral("the answer is larger than %1 bytes").arg(kMaxBody);
        return response;
    }
    if (code != CURLE_OK) {
        response.error = QString::fromUtf8(curl_easy_strerror(code));
        return response;
    }
    response.status = int(status);
    response.body = std::move(sink.body);
    return response;
}

} // namespace adp::server::oauth
