#pragma once

#include "KubeConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace adp::server::kube {

// Requests to one cluster's API server as one kubeconfig's identity: its CA (or the system's
// trust store), bearer token or client certificate, all from memory. libcurl, blocking, one
// connection kept alive for the client's life; not shared between threads. Bounded: 5 s to
// connect, 15 s per request, 16 MiB per answer, no redirects followed.
class KubeApiClient
{
public:
    enum class Failure {
        None,
        Unreachable, // no connection: refused, no route, unknown host
        Certificate, // TLS: the server's certificate is not trusted, or ours was refused
        Timeout,
        TooLarge,
        Other,
    };
    struct Reply
    {
        int status = 0; // 0 when no answer came
        QByteArray body;
        Failure failure = Failure::None;
        QString error; // why no answer came

        bool answered() const { return status != 0; }
        bool ok() const { return status >= 200 && status < 300; }
        QJsonObject object() const;
        // The API's words for a refusal: a Status object's message, else the HTTP status.
        QString message() const;
        QString reason() const; // a Status object's reason: Forbidden, Conflict, Expired, ...
    };

    static constexpr long kConnectTimeoutMs = 5000;
    static constexpr long kTimeoutMs = 15000;
    static constexpr qsizetype kMaxBody = 16 * 1024 * 1024;

    explicit KubeApiClient(KubeConfig config);
    ~KubeApiClient();
    KubeApiClient(const KubeApiClient &) = delete;
    KubeApiClient &operator=(const KubeApiClient &) = delete;

    const KubeConfig &config() const { return m_config; }

    Reply get(const QString &path);
    Reply create(const QString &path, const QJsonObject &object);
    // Server-side apply as `fieldManager`; `force` takes fields other managers own.
    Reply apply(const QString &path, const QJsonObject &object, const QString &fieldManager, bool force);
    Reply remove(const QString &path, const QString &propagationPolicy = QStringLiteral("Background"));
    // A long answer (a watch, a followed log) handed over as it arrives, until `chunk` returns
    // false, the server ends it or `timeoutMs` passed; the Reply then has no body. `stillWanted`,
    // when given, is asked about once a second even while nothing arrives: false ends it too.
    Reply stream(const QString &path, const std::function<bool(const QByteArray &)> &chunk, long timeoutMs,
                 const std::function<bool()> &stillWanted = {});

private:
    struct Call;
    Reply perform(Call &call);

    KubeConfig m_config;
    void *m_curl = nullptr; // CURL *, kept for its connection
};

} // namespace adp::server::kube
