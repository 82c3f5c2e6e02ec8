#include "FakeKubeApi.h"

#include "HttpWire.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace adp::test::kube {

namespace {

bool listed(const QStringList &allowed, const QString &value)
{
    return allowed.contains(QStringLiteral("*")) || allowed.contains(value);
}

// Where a URL points in the API.
struct Target
{
    const ResourceType *type = nullptr;
    QString ns;
    QString name;
    QString subresource;
};

} // namespace

// Lives on the API's thread: the sockets, the objects, the watches and the logs.
class ApiWorker : public QObject
{
public:
    struct Identity
    {
        QString user;
        QList<AccessRule> rules;
    };
    struct Watch
    {
        QPointer<QTcpSocket> socket;
        QString groupResource;
        QString ns;
        KubeStore::Selectors selectors;
        bool bookmarks = false;
    };
    struct Follower
    {
        QPointer<QTcpSocket> socket;
        QString key;
    };

    KubeStore store;
    KubeController controller{store};
    QTimer *controllerTimer = nullptr;
    std::unique_ptr<PodProcesses> podProcesses;
    QHash<QString, Identity> tokens;
    QHash<QString, QDateTime> expiries; // tokens made by TokenRequests
    QHash<QString, Identity> users;
    QHash<QString, QList<AccessRule>> serviceAccounts; // "ns/name" -> what its tokens may do
    QHash<QString, QByteArray> logs;
    QSet<QString> finishedLogs;
    QList<Watch> watches;
    QList<Follower> followers;
    QList<FakeKubeApi::Request> requests;
    mutable QMutex requestsMutex;
    QTcpServer *server = nullptr;
    QHash<QTcpSocket *, QByteArray> buffers;
    QSet<QTcpSocket *> streaming;

    ApiWorker()
    {
        store.setOnEvent([this](const KubeStore::Event &event) { publish(event); });
        auto *bookmarks = new QTimer(this);
        connect(bookmarks, &QTimer::timeout, this, [this]() { sendBookmarks(); });
        bookmarks->start(1000);
    }

    void accept(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            buffers.remove(socket);
            streaming.remove(socket);
            socket->deleteLater();
        });
        readFrom(socket);
    }

    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = buffers[socket];
        buffer += socket->readAll();
        while (!streaming.contains(socket)) {
            const auto read = readHttpRequest(buffer);
            if (!read)
                return;
            buffer.remove(0, read->second);
            handle(socket, read->first);
        }
    }

    // --- answers ---------------------------------------------------------------------------

    void send(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &type = "application/json")
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) +
                      "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nCache-Control: no-cache, private\r\n\r\n" + body);
    }
    void sendJson(QTcpSocket *socket, int status, const QJsonObject &body)
    {
        send(socket, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void sendStatus(QTcpSocket *socket, int code, const QString &reason, const QString &message)
    {
        sendJson(socket, code, KubeStore::status(code, reason, message));
    }
    void startStream(QTcpSocket *socket, const QByteArray &type)
    {
        streaming.insert(socket);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type +
                      "\r\nTransfer-Encoding: chunked\r\n"
                      "Cache-Control: no-cache, private\r\n\r\n");
    }
    void writeChunk(QTcpSocket *socket, const QByteArray &data)
    {
        if (!data.isEmpty())
            socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }
    void endStream(QTcpSocket *socket)
    {
        socket->write("0\r\n\r\n");
        streaming.remove(socket);
        QTimer::singleShot(0, this, [this, socket = QPointer<QTcpSocket>(socket)]() {
            if (socket)
                readFrom(socket);
        });
    }
    void writeEvent(QTcpSocket *socket, const QString &type, const QJsonObject &object)
    {
        writeChunk(socket,
                   QJsonDocument(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("object"), object}})
                           .toJson(QJsonDocument::Compact) +
                       '\n');
    }

    // --- who is asking, and may they ----------------------------------------------------------

    std::optional<Identity> identify(QTcpSocket *socket, const HttpWireRequest &request, bool &rejected)
    {
        rejected = false;
        const QByteArray authorization = request.headers.value("authorization");
        if (authorization.startsWith("Bearer ")) {
            const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
            const auto found = tokens.constFind(token);
            const bool expired = expiries.contains(token) && expiries.value(token) < QDateTime::currentDateTimeUtc();
            if (found == tokens.constEnd() || expired) {
                rejected = true;
                return std::nullopt;
            }
            return *found;
        }
        if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
            const QSslCertificate peer = tls->peerCertificate();
            if (!peer.isNull() && tls->sslHandshakeErrors().isEmpty()) {
                const QString user = peer.subjectInfo(QSslCertificate::CommonName).value(0);
                return users.value(user, Identity{user, {}});
            }
        }
        return std::nullopt;
    }

    static bool allows(const Identity &identity, const QString &verb, const QString &group, const QString &resource,
                       const QString &ns)
    {
        for (const AccessRule &rule : identity.rules) {
            if (listed(rule.verbs, verb) && listed(rule.apiGroups, group) && listed(rule.resources, resource) &&
                (rule.namespaces.isEmpty() || rule.namespaces.contains(ns)))
                return true;
        }
        return false;
    }

    // --- routing ---------------------------------------------------------------------------

    void handle(QTcpSocket *socket, const HttpWireRequest &request)
    {
        // Go's clients write a query's spaces as '+'.
        QByteArray encoded = request.target;
        if (const qsizetype question = encoded.indexOf('?'); question >= 0)
            encoded = encoded.left(question) + encoded.mid(question).replace('+', "%20");
        const QUrl url(QString::fromUtf8(encoded));
        const QUrlQuery query(url);
        const QString path = url.path();
        bool rejected = false;
        const auto identity = identify(socket, request, rejected);
        {
            QMutexLocker lock(&requestsMutex);
            requests.append({request.method, request.target, request.headers.value("content-type"),
                             identity ? identity->user : QString()});
        }
        if (rejected)
            return sendStatus(socket, 401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
        if (path == QLatin1String("/version"))
            return sendJson(socket, 200, version());
        if (path == QLatin1String("/healthz") || path == QLatin1String("/readyz") || path == QLatin1String("/livez"))
            return send(socket, 200, "ok", "text/plain");
        if (!identity)
            return sendStatus(socket, 401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
        if (path == QLatin1String("/api"))
            return sendJson(socket, 200, apiVersions());
        if (path == QLatin1String("/apis"))
            return sendJson(socket, 200, groupList());
        if (path.startsWith(QLatin1String("/openapi")))
            return sendStatus(socket, 404, QStringLiteral("NotFound"),
                              QStringLiteral("the server could not find the requested resource"));
        QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
        QString group;
        QString version;
        if (segments.value(0) == QLatin1String("api") && segments.size() >= 2) {
            version = segments.value(1);
            segments = segments.mid(2);
        } else if (segments.value(0) == QLatin1String("apis") && segments.size() >= 3) {
            group = segments.value(1);
            version = segments.value(2);
            segments = segments.mid(3);
        } else {
            return sendStatus(socket, 404, QStringLiteral("NotFound"),
                              QStringLiteral("the server could not find the requested resource"));
        }
        if (segments.isEmpty()) {
            const QJsonObject resources = resourceList(group, version);
            if (resources.value(QLatin1String("resources")).toArray().isEmpty())
                return sendStatus(socket, 404, QStringLiteral("NotFound"),
                                  QStringLiteral("the server could not find the requested resource"));
            return sendJson(socket, 200, resources);
        }
        Target target;
        if (segments.value(0) == QLatin1String("namespaces") && segments.size() >= 3) {
            target.ns = segments.value(1);
            segments = segments.mid(2);
        }
        target.type = store.type(group, version, segments.value(0));
        target.name = segments.value(1);
        target.subresource = segments.value(2);
        if (!target.type || segments.size() > 3 ||
            (!target.subresource.isEmpty() && !target.type->subresources.contains(target.subresource)))
            return sendStatus(socket, 404, QStringLiteral("NotFound"),
                              QStringLiteral("the server could not find the requested resource"));
        if (!target.type->namespaced)
            target.ns.clear();
        handleResource(socket, request, query, *identity, target);
    }

    QString verbOf(const QByteArray &method, const Target &target, const QUrlQuery &query) const
    {
        if (method == "GET") {
            if (target.name.isEmpty())
                return query.queryItemValue(QStringLiteral("watch")) == QLatin1String("true") ||
                               query.queryItemValue(QStringLiteral("watch")) == QLatin1String("1")
                           ? QStringLiteral("watch")
                           : QStringLiteral("list");
            return QStringLiteral("get");
        }
        if (method == "POST")
            return QStringLiteral("create");
        if (method == "PUT")
            return QStringLiteral("update");
        if (method == "PATCH")
            return QStringLiteral("patch");
        if (method == "DELETE")
            return target.name.isEmpty() ? QStringLiteral("deletecollection") : QStringLiteral("delete");
        return {};
    }

    void handleResource(QTcpSocket *socket, const HttpWireRequest &request, const QUrlQuery &query,
                        const Identity &identity, const Target &target)
    {
        const ResourceType &type = *target.type;
        if (type.group == QLatin1String("authorization.k8s.io"))
            return review(socket, request, identity, type);
        const QString verb = verbOf(request.method, target, query);
        const QString resource =
            target.subresource.isEmpty() ? type.resource : type.resource + u'/' + target.subresource;
        if (verb.isEmpty())
            return sendStatus(socket, 405, QStringLiteral("MethodNotAllowed"),
                              QStringLiteral("the server does not allow this method on the requested resource"));
        if (!allows(identity, verb, type.group, resource, target.ns)) {
            const QString what = target.name.isEmpty()
                                     ? type.groupResource()
                                     : QStringLiteral("%1 \"%2\"").arg(type.groupResource(), target.name);
            QString message =
                QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\"")
                    .arg(what, identity.user, verb, resource, type.group);
            message += target.ns.isEmpty() ? QStringLiteral(" at the cluster scope")
                                           : QStringLiteral(" in the namespace \"%1\"").arg(target.ns);
            return sendJson(socket, 403,
                            KubeStore::status(403, QStringLiteral("Forbidden"), message,
                                              {{QStringLiteral("name"), target.name},
                                               {QStringLiteral("group"), type.group},
                                               {QStringLiteral("kind"), type.resource}}));
        }
        const QString manager = query.queryItemValue(QStringLiteral("fieldManager")).isEmpty()
                                    ? QString::fromUtf8(request.headers.value("user-agent").split('/').value(0))
                                    : query.queryItemValue(QStringLiteral("fieldManager"));
        const KubeStore::Selectors selectors{query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded),
                                             query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded)};
        if (target.subresource == QLatin1String("log"))
            return podLog(socket, target, query);
        if (target.subresource == QLatin1String("token"))
            return tokenRequest(socket, request, target);
        if (verb == QLatin1String("watch"))
            return startWatch(socket, type, target.ns, selectors, query);
        if (verb == QLatin1String("list"))
            return answer(socket, store.list(type, target.ns, selectors));
        if (verb == QLatin1String("get"))
            return answer(socket, store.get(type, target.ns, target.name));
        if (verb == QLatin1String("delete")) {
            QString propagation = query.queryItemValue(QStringLiteral("propagationPolicy"));
            if (propagation.isEmpty())
                propagation =
                    QJsonDocument::fromJson(request.body).object().value(QLatin1String("propagationPolicy")).toString();
            return answer(socket, store.remove(type, target.ns, target.name, propagation));
        }
        const QByteArray contentType = request.headers.value("content-type").split(';').value(0).trimmed();
        QJsonParseError error{};
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return sendStatus(socket, 400, QStringLiteral("BadRequest"),
                              QStringLiteral("error decoding the request body: %1 at offset %2")
                                  .arg(error.errorString())
                                  .arg(error.offset));
        if (verb == QLatin1String("create"))
            return answer(socket, store.create(type, target.ns, body.object(), manager));
        if (verb == QLatin1String("update"))
            return answer(socket, store.replace(type, target.ns, target.name, body.object(), manager));
        if (contentType == "application/apply-patch+yaml") {
            if (query.queryItemValue(QStringLiteral("fieldManager")).isEmpty())
                return sendStatus(
                    socket, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: "
                                   "is required for apply patch"));
            return answer(socket, store.apply(type, target.ns, target.name, body.object(), manager,
                                              query.queryItemValue(QStringLiteral("force")) == QLatin1String("true")));
        }
        if (contentType == "application/json-patch+json")
            return answer(socket, store.jsonPatch(type, target.ns, target.name, body.array(), manager));
        if (contentType == "application/merge-patch+json" || contentType == "application/strategic-merge-patch+json")
            return answer(socket, store.mergePatch(type, target.ns, target.name, body.object(), manager));
        sendStatus(socket, 415, QStringLiteral("UnsupportedMediaType"),
                   QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                  "application/json-patch+json, application/merge-patch+json, "
                                  "application/apply-patch+yaml"));
    }

    void answer(QTcpSocket *socket, const KubeStore::Answer &answer) { sendJson(socket, answer.status, answer.body); }

    // --- authorization reviews -------------------------------------------------------------

    void review(QTcpSocket *socket, const HttpWireRequest &request, const Identity &identity, const ResourceType &type)
    {
        if (request.method != "POST")
            return sendStatus(socket, 405, QStringLiteral("MethodNotAllowed"),
                              QStringLiteral("the server does not allow this method on the requested resource"));
        QJsonObject review = QJsonDocument::fromJson(request.body).object();
        const QJsonObject spec = review.value(QLatin1String("spec")).toObject();
        if (type.kind == QLatin1String("SelfSubjectAccessReview")) {
            const QJsonObject attributes = spec.value(QLatin1String("resourceAttributes")).toObject();
            QString resource = attributes.value(QLatin1String("resource")).toString();
            if (!attributes.value(QLatin1String("subresource")).toString().isEmpty())
                resource += u'/' + attributes.value(QLatin1String("subresource")).toString();
            const bool allowed = allows(identity, attributes.value(QLatin1String("verb")).toString(),
                                        attributes.value(QLatin1String("group")).toString(), resource,
                                        attributes.value(QLatin1String("namespace")).toString());
            QJsonObject status{{QStringLiteral("allowed"), allowed}};
            if (allowed)
                status.insert(QStringLiteral("reason"),
                              QStringLiteral("RBAC: allowed by RoleBinding for User \"%1\"").arg(identity.user));
            review.insert(QStringLiteral("status"), status);
        } else {
            const QString ns = spec.value(QLatin1String("namespace")).toString();
            QJsonArray rules;
            for (const AccessRule &rule : identity.rules) {
                if (!rule.namespaces.isEmpty() && !rule.namespaces.contains(ns))
                    continue;
                rules.append(QJsonObject{{QStringLiteral("verbs"), QJsonArray::fromStringList(rule.verbs)},
                                         {QStringLiteral("apiGroups"), QJsonArray::fromStringList(rule.apiGroups)},
                                         {QStringLiteral("resources"), QJsonArray::fromStringList(rule.resources)}});
            }
            rules.append(
                QJsonObject{{QStringLiteral("verbs"), QJsonArray{QStringLiteral("create")}},
                            {QStringLiteral("apiGroups"), QJsonArray{QStringLiteral("authorization.k8s.io")}},
                            {QStringLiteral("resources"), QJsonArray{QStringLiteral("selfsubjectaccessreviews"),
                                                                     QStringLiteral("selfsubjectrulesreviews")}}});
            review.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("resourceRules"), rules},
                                                                {QStringLiteral("nonResourceRules"), QJsonArray()},
                                                                {QStringLiteral("incomplete"), false}});
        }
        review.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("creationTimestamp"), QJsonValue()}});
        sendJson(socket, 201, review);
    }

    // --- service account tokens --------------------------------------------------------------

    void tokenRequest(QTcpSocket *socket, const HttpWireRequest &request, const Target &target)
    {
        if (request.method != "POST")
            return sendStatus(socket, 405, QStringLiteral("MethodNotAllowed"),
                              QStringLiteral("the server does not allow this method on the requested resource"));
        if (!store.object(QStringLiteral("serviceaccounts"), target.ns, target.name))
            return answer(socket, store.get(*target.type, target.ns, target.name));
        QJsonObject review = QJsonDocument::fromJson(request.body).object();
        const qint64 seconds = std::max<qint64>(
            600,
            review.value(QLatin1String("spec")).toObject().value(QLatin1String("expirationSeconds")).toInteger(3600));
        const QString token = QStringLiteral("sa-") + QUuid::createUuid().toString(QUuid::Id128);
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(seconds);
        tokens.insert(token, {QStringLiteral("system:serviceaccount:%1:%2").arg(target.ns, target.name),
                              serviceAccounts.value(target.ns + u'/' + target.name)});
        expiries.insert(token, expires);
        review.insert(QStringLiteral("status"),
                      QJsonObject{{QStringLiteral("token"), token},
                                  {QStringLiteral("expirationTimestamp"), expires.toString(Qt::ISODate)}});
        sendJson(socket, 201, review);
    }

    // --- watches ---------------------------------------------------------------------------

    void startWatch(QTcpSocket *socket, const ResourceType &type, const QString &ns,
                    const KubeStore::Selectors &selectors, const QUrlQuery &query)
    {
        const QString from = query.queryItemValue(QStringLiteral("resourceVersion"));
        startStream(socket, "application/json");
        Watch watch{socket, type.groupResource(), ns, selectors,
                    query.queryItemValue(QStringLiteral("allowWatchBookmarks")) == QLatin1String("true")};
        if (from.isEmpty() || from == QLatin1String("0")) {
            for (const QJsonObject &object : store.objects(type.groupResource(), ns)) {
                if (KubeStore::matches(object, selectors))
                    writeEvent(socket, QStringLiteral("ADDED"), object);
            }
        } else if (from.toLongLong() < store.oldestWatchable()) {
            writeEvent(socket, QStringLiteral("ERROR"),
                       KubeStore::status(
                           410, QStringLiteral("Expired"),
                           QStringLiteral("too old resource version: %1 (%2)").arg(from).arg(store.oldestWatchable())));
            return endStream(socket);
        } else {
            for (const KubeStore::Event &event : store.eventsAfter(from.toLongLong())) {
                if (concerns(watch, event))
                    writeEvent(socket, event.type, event.object);
            }
        }
        watches.append(watch);
        const int timeout = query.queryItemValue(QStringLiteral("timeoutSeconds")).toInt();
        if (timeout > 0) {
            QTimer::singleShot(timeout * 1000, this, [this, socket = QPointer<QTcpSocket>(socket)]() {
                if (socket && endWatchOf(socket))
                    endStream(socket);
            });
        }
    }

    bool endWatchOf(QTcpSocket *socket)
    {
        return watches.removeIf([socket](const Watch &watch) { return watch.socket == socket; }) > 0;
    }

    static bool concerns(const Watch &watch, const KubeStore::Event &event)
    {
        return event.groupResource == watch.groupResource && (watch.ns.isEmpty() || watch.ns == event.namespaceName) &&
               KubeStore::matches(event.object, watch.selectors);
    }

    void publish(const KubeStore::Event &event)
    {
        watches.removeIf([](const Watch &watch) { return !watch.socket; });
        for (const Watch &watch : std::as_const(watches)) {
            if (concerns(watch, event))
                writeEvent(watch.socket, event.type, event.object);
        }
    }

    void sendBookmarks()
    {
        watches.removeIf([](const Watch &watch) { return !watch.socket; });
        for (const Watch &watch : std::as_const(watches)) {
            if (!watch.bookmarks)
                continue;
            const QList<ResourceType> types = store.types();
            const auto type = std::find_if(types.begin(), types.end(), [&watch](const ResourceType &t) {
                return t.groupResource() == watch.groupResource;
            });
            writeEvent(watch.socket, QStringLiteral("BOOKMARK"),
                       {{QStringLiteral("kind"), type->kind},
                        {QStringLiteral("apiVersion"), type->apiVersion()},
                        {QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("resourceVersion"), QString::number(store.resourceVersion())}}}});
        }
    }

    void dropWatches()
    {
        for (const Watch &watch : std::as_const(watches)) {
            if (watch.socket)
                watch.socket->abort();
        }
        watches.clear();
    }

    // --- logs ------------------------------------------------------------------------------

    void podLog(QTcpSocket *socket, const Target &target, const QUrlQuery &query)
    {
        const auto pod = store.object(QStringLiteral("pods"), target.ns, target.name);
        if (!pod)
            return answer(socket, store.get(*target.type, target.ns, target.name));
        QStringList containers;
        for (const QJsonValue &container :
             pod->value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray())
            containers.append(container.toObject().value(QLatin1String("name")).toString());
        QStringList initContainers; // their logs may be read too, by name
        for (const QJsonValue &container :
             pod->value(QLatin1String("spec")).toObject().value(QLatin1String("initContainers")).toArray())
            initContainers.append(container.toObject().value(QLatin1String("name")).toString());
        QString container = query.queryItemValue(QStringLiteral("container"));
        if (container.isEmpty() && containers.size() == 1)
            container = containers.first();
        if (container.isEmpty())
            return sendStatus(socket, 400, QStringLiteral("BadRequest"),
                              QStringLiteral("a container name must be specified for pod %1, choose one of: [%2]")
                                  .arg(target.name, containers.join(u' ')));
        if (!containers.contains(container) && !initContainers.contains(container))
            return sendStatus(socket, 400, QStringLiteral("BadRequest"),
                              QStringLiteral("container %1 is not valid for pod %2").arg(container, target.name));
        const QString key = target.ns + u'/' + target.name + u'/' + container;
        const bool follow = query.queryItemValue(QStringLiteral("follow")) == QLatin1String("true");
        if (!follow || finishedLogs.contains(key))
            return send(socket, 200, logs.value(key), "text/plain");
        startStream(socket, "text/plain");
        writeChunk(socket, logs.value(key));
        followers.append({socket, key});
    }

    void appendLog(const QString &key, const QByteArray &text, bool finished)
    {
        logs[key] += text;
        if (finished)
            finishedLogs.insert(key);
        followers.removeIf([](const Follower &follower) { return !follower.socket; });
        for (const Follower &follower : std::as_const(followers)) {
            if (follower.key != key)
                continue;
            writeChunk(follower.socket, text);
            if (finished)
                endStream(follower.socket);
        }
        if (finished)
            followers.removeIf([&key](const Follower &follower) { return follower.key == key; });
    }

    // --- discovery ---------------------------------------------------------------------------

    static QJsonObject version()
    {
        return {{QStringLiteral("major"), QStringLiteral("1")},
                {QStringLiteral("minor"), QStringLiteral("28")},
                {QStringLiteral("gitVersion"), QStringLiteral("v1.28.4+k3s1")},
                {QStringLiteral("gitCommit"), QStringLiteral("3f3c5b2c3bd2a0b2a9f63d0f0bb9a2c4a0f0d6b1")},
                {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
                {QStringLiteral("buildDate"), QStringLiteral("2023-11-20T23:42:30Z")},
                {QStringLiteral("goVersion"), QStringLiteral("go1.20.11")},
                {QStringLiteral("compiler"), QStringLiteral("gc")},
                {QStringLiteral("platform"), QStringLiteral("linux/amd64")}};
    }

    QJsonObject apiVersions() const
    {
        return {{QStringLiteral("kind"), QStringLiteral("APIVersions")},
                {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
                {QStringLiteral("serverAddressByClientCIDRs"),
                 QJsonArray{QJsonObject{{QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                                        {QStringLiteral("serverAddress"), QStringLiteral("127.0.0.1:6443")}}}}};
    }

    QJsonObject groupList() const
    {
        QStringList seen;
        QJsonArray groups;
        for (const ResourceType &type : store.types()) {
            if (type.group.isEmpty() || seen.contains(type.group))
                continue;
            seen.append(type.group);
            const QJsonObject version{{QStringLiteral("groupVersion"), type.apiVersion()},
                                      {QStringLiteral("version"), type.version}};
            groups.append(QJsonObject{{QStringLiteral("name"), type.group},
                                      {QStringLiteral("versions"), QJsonArray{version}},
                                      {QStringLiteral("preferredVersion"), version}});
        }
        return {{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("groups"), groups}};
    }

    QJsonObject resourceList(const QString &group, const QString &version) const
    {
        QJsonArray resources;
        for (const ResourceType &type : store.types()) {
            if (type.group != group || type.version != version)
                continue;
            resources.append(QJsonObject{{QStringLiteral("name"), type.resource},
                                         {QStringLiteral("singularName"), type.kind.toLower()},
                                         {QStringLiteral("namespaced"), type.namespaced},
                                         {QStringLiteral("kind"), type.kind},
                                         {QStringLiteral("verbs"), QJsonArray::fromStringList(type.verbs)},
                                         {QStringLiteral("shortNames"), QJsonArray::fromStringList(type.shortNames)}});
            for (const QString &sub : type.subresources)
                resources.append(QJsonObject{
                    {QStringLiteral("name"), type.resource + u'/' + sub},
                    {QStringLiteral("singularName"), QString()},
                    {QStringLiteral("namespaced"), type.namespaced},
                    {QStringLiteral("kind"), sub == QLatin1String("log") ? QStringLiteral("Pod") : type.kind},
                    {QStringLiteral("verbs"),
                     sub == QLatin1String("log")
                         ? QJsonArray{QStringLiteral("get")}
                         : QJsonArray{QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")}}});
        }
        return {{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                {QStringLiteral("groupVersion"), group.isEmpty() ? version : group + u'/' + version},
                {QStringLiteral("resources"), resources}};
    }
};

AccessRule FakeKubeApi::everything(const QStringList &namespaces)
{
    return {{QStringLiteral("*")}, {QStringLiteral("*")}, {QStringLiteral("*")}, namespaces};
}

FakeKubeApi::FakeKubeApi(std::optional<Tls> tls)
    : m_thread(std::make_unique<QThread>())
    , m_tls(tls.has_value())
{
    m_worker = new ApiWorker;
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker,
        [this, tls]() {
            QTcpServer *server = nullptr;
            if (tls) {
                auto *secure = new QSslServer(m_worker);
                QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
                configuration.setLocalCertificate(QSslCertificate(tls->certificate));
                configuration.setPrivateKey(QSslKey(tls->key, QSsl::Ec));
                configuration.setCaCertificates(QSslCertificate::fromData(tls->clientCa));
                configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
                secure->setSslConfiguration(configuration);
                QObject::connect(secure, &QSslServer::sslErrors, m_worker,
                                 [](QSslSocket *socket, const QList<QSslError> &) { socket->ignoreSslErrors(); });
                server = secure;
            } else {
                server = new QTcpServer(m_worker);
            }
            QObject::connect(server, &QTcpServer::pendingConnectionAvailable, m_worker, [this, server]() {
                while (server->hasPendingConnections())
                    m_worker->accept(server->nextPendingConnection());
            });
            if (server->listen(QHostAddress::LocalHost))
                m_port = server->serverPort();
            m_worker->server = server;
        },
        Qt::BlockingQueuedConnection);
}

FakeKubeApi::~FakeKubeApi()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this]() {
            // Its processes end while the logs they write to still exist.
            m_worker->controller.setPodProcesses(nullptr);
            m_worker->podProcesses.reset();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QUrl FakeKubeApi::url() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

void FakeKubeApi::addToken(const QString &token, const QString &user, const QList<AccessRule> &rules)
{
    QMetaObject::invokeMethod(
        m_worker,
        [=, this]() {
            m_worker->tokens.insert(token, {user, rules});
        },
        Qt::BlockingQueuedConnection);
}

void FakeKubeApi::addUser(const QString &user, const QList<AccessRule> &rules)
{
    QMetaObject::invokeMethod(
        m_worker,
        [=, this]() {
            m_worker->users.insert(user, {user, rules});
        },
        Qt::BlockingQueuedConnection);
}

void FakeKubeApi::addServiceAccount(const QString &ns, const QString &name, const QList<AccessRule> &rules)
{
    QMetaObject::invokeMethod(
        m_worker,
        [=, this]() {
            m_worker->serviceAccounts.insert(ns + u'/' + name, rules);
            m_worker->store.writeObject(
                *m_worker->store.type({}, QStringLiteral("v1"), QStringLiteral("serviceaccounts")),
                {{QStringLiteral("metadata"),
                  QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}}});
        },
        Qt::BlockingQueuedConnection);
}

void FakeKubeApi::withStore(const std::function<void(KubeStore &)> &work)
{
    QMetaObject::invokeMethod(
        m_worker, [&work, this]() { work(m_worker->store); }, Qt::BlockingQueuedConnection);
}

void FakeKubeApi::appendLog(const QString &ns, const QString &pod, const QString &container, const QByteArray &text,
                            bool finished)
{
    QMetaObject::invokeMethod(
        m_worker, [=, this]() { m_worker->appendLog(ns + u'/' + pod + u'/' + container, text, finished); },
        Qt::BlockingQueuedConnection);
}

void FakeKubeApi::startControllers(int intervalMs)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, intervalMs]() {
            if (!m_worker->controllerTimer) {
                m_worker->controllerTimer = new QTimer(m_worker);
                QObject::connect(m_worker->controllerTimer, &QTimer::timeout, m_worker,
                                 [this]() { m_worker->controller.step(QDateTime::currentDateTimeUtc()); });
            }
            m_worker->controllerTimer->start(intervalMs);
        },
        Qt::BlockingQueuedConnection);
}

void FakeKubeApi::setPodFate(const QString &image, PodFate fate)
{
    QMetaObject::invokeMethod(
        m_worker, [=, this]() { m_worker->controller.setFate(image, fate); }, Qt::BlockingQueuedConnection);
}

bool FakeKubeApi::runPodProcesses(QString *why)
{
    if (!PodProcesses::available(why))
        return false;
    QMetaObject::invokeMethod(
        m_worker,
        [this]() {
            if (m_worker->podProcesses)
                return;
            m_worker->podProcesses = std::make_unique<PodProcesses>(
                m_worker->store,
                [this](const QString &key, const QByteArray &text, bool finished) {
                    m_worker->appendLog(key, text, finished);
                },
                [this](const QString &image) { return m_worker->controller.fateOf(image) == PodFate::ImagePullError; });
            m_worker->controller.setPodProcesses(m_worker->podProcesses.get());
        },
        Qt::BlockingQueuedConnection);
    return true;
}

void FakeKubeApi::setImageCommand(const QString &image, const QStringList &command)
{
    QMetaObject::invokeMethod(
        m_worker,
        [=, this]() {
            if (m_worker->podProcesses)
                m_worker->podProcesses->setImageCommand(image, command);
        },
        Qt::BlockingQueuedConnection);
}

void FakeKubeApi::evictPod(const QString &ns, const QString &name, const QString &message)
{
    QMetaObject::invokeMethod(
        m_worker,
        [=, this]() {
            if (m_worker->podProcesses)
                m_worker->podProcesses->evict(ns, name, message);
        },
        Qt::BlockingQueuedConnection);
}

int FakeKubeApi::podProcessCount() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_worker, [&count, this]() { count = m_worker->podProcesses ? m_worker->podProcesses->processCount() : 0; },
        Qt::BlockingQueuedConnection);
    return count;
}

void FakeKubeApi::addNamespace(const QString &name)
{
    withStore([&name](KubeStore &store) {
        store.writeObject(*store.typeOfKind(QStringLiteral("v1"), QStringLiteral("Namespace")),
                          {{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}}});
    });
}

QString FakeKubeApi::kubeconfig(const QByteArray &caCertificate, const QString &token, const QString &namespaceName,
                                const QString &context) const
{
    return QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: %1\n"
                          "clusters:\n- name: k3s\n  cluster:\n    server: %2\n    certificate-authority-data: %3\n"
                          "contexts:\n- name: %1\n  context:\n    cluster: k3s\n    user: ci\n    namespace: %4\n"
                          "users:\n- name: ci\n  user:\n    token: %5\n")
        .arg(context, url().toString(), QString::fromLatin1(caCertificate.toBase64()), namespaceName, token);
}

void FakeKubeApi::loseNode()
{
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_worker->controller.loseNode(); }, Qt::BlockingQueuedConnection);
}

void FakeKubeApi::dropWatches()
{
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_worker->dropWatches(); }, Qt::BlockingQueuedConnection);
}

void FakeKubeApi::compact()
{
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_worker->store.compact(); }, Qt::BlockingQueuedConnection);
}

int FakeKubeApi::openWatches() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [&count, this]() {
            m_worker->watches.removeIf([](const ApiWorker::Watch &watch) { return !watch.socket; });
            count = int(m_worker->watches.size());
        },
        Qt::BlockingQueuedConnection);
    return count;
}

QList<FakeKubeApi::Request> FakeKubeApi::requests() const
{
    QMutexLocker lock(&m_worker->requestsMutex);
    return m_worker->requests;
}

} // namespace adp::test::kube
