#include "KubeConfig.h"

#include "KubeNames.h"
#include "shared/pipeline/YamlLoader.h"

#include <QDir>
#include <QFile>

namespace adp::server::kube {

using pipeline::ConfigNode;

namespace {

class Reader
{
public:
    explicit Reader(QStringList &errors)
        : m_errors(errors)
    {
    }

    void fail(const ConfigNode *node, const QString &path, const QString &message)
    {
        m_errors.append(node && node->line > 0
                            ? QStringLiteral("%1:%2: %3: %4").arg(node->line).arg(node->column).arg(path, message)
                            : QStringLiteral("%1: %2").arg(path, message));
    }

    QString text(const ConfigNode &map, const QString &key, const QString &path)
    {
        const ConfigNode *value = map.get(key);
        if (!value || value->isNull())
            return {};
        if (!value->isScalar()) {
            fail(value, path + u'.' + key, QStringLiteral("must be a string, not %1").arg(value->describeKind()));
            return {};
        }
        return value->scalar;
    }

    // certificate-authority-data and the like: base64 of a PEM block.
    QByteArray pem(const ConfigNode &map, const QString &key, const QString &path)
    {
        const QString encoded = text(map, key, path);
        if (encoded.isEmpty())
            return {};
        const auto decoded =
            QByteArray::fromBase64Encoding(encoded.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.contains("-----BEGIN ")) {
            fail(map.get(key), path + u'.' + key, QStringLiteral("must be base64 of a PEM block"));
            return {};
        }
        return decoded.decoded;
    }

    // The entry of `list` (clusters, users, contexts) named `name`: its inner map (cluster, user, context).
    const ConfigNode *named(const ConfigNode &root, const QString &list, const QString &inner, const QString &name,
                            QString *path)
    {
        const ConfigNode *entries = root.get(list);
        if (!entries || !entries->isSequence()) {
            fail(entries, list, QStringLiteral("must be a list"));
            return nullptr;
        }
        for (int index = 0; index < entries->items.size(); ++index) {
            const ConfigNode &entry = entries->items.at(index);
            if (!entry.isMap() || text(entry, QStringLiteral("name"), list) != name)
                continue;
            *path = QStringLiteral("%1[%2].%3").arg(list).arg(index).arg(inner);
            const ConfigNode *body = entry.get(inner);
            if (!body || !body->isMap()) {
                fail(&entry, *path, QStringLiteral("is missing"));
                return nullptr;
            }
            return body;
        }
        fail(entries, list, QStringLiteral("has no entry named \"%1\"").arg(name));
        return nullptr;
    }

private:
    QStringList &m_errors;
};

bool isLoopback(const QString &host)
{
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1" || host.startsWith(u"127.");
}

} // namespace

std::optional<KubeConfig> KubeConfig::parse(const QByteArray &text, const QString &wanted, QStringList &errors)
{
    const qsizetype before = errors.size();
    if (text.size() > kMaxBytes) {
        errors.append(QStringLiteral("the kubeconfig is larger than %1 KiB").arg(kMaxBytes / 1024));
        return std::nullopt;
    }
    pipeline::DefinitionErrors yamlErrors;
    const auto root = pipeline::YamlLoader::load(text, QStringLiteral("kubeconfig"), yamlErrors);
    for (const pipeline::DefinitionError &error : yamlErrors)
        errors.append(error.toString());
    if (!root)
        return std::nullopt;
    if (!root->isMap()) {
        errors.append(QStringLiteral("the kubeconfig must be a YAML mapping (apiVersion: v1, kind: Config)"));
        return std::nullopt;
    }
    Reader read(errors);
    if (const QString kind = read.text(*root, QStringLiteral("kind"), {}); !kind.isEmpty() && kind != u"Config")
        read.fail(root->get(QStringLiteral("kind")), QStringLiteral("kind"), QStringLiteral("must be Config"));

    KubeConfig config;
    config.context = wanted.isEmpty() ? read.text(*root, QStringLiteral("current-context"), {}) : wanted;
    if (config.context.isEmpty()) {
        errors.append(QStringLiteral("current-context: name a context (the file has no current-context)"));
        return std::nullopt;
    }
    QString contextPath;
    const ConfigNode *context =
        read.named(*root, QStringLiteral("contexts"), QStringLiteral("context"), config.context, &contextPath);
    if (!context)
        return std::nullopt;
    const QString clusterName = read.text(*context, QStringLiteral("cluster"), contextPath);
    const QString userName = read.text(*context, QStringLiteral("user"), contextPath);
    if (const QString space = read.text(*context, QStringLiteral("namespace"), contextPath); !space.isEmpty()) {
        if (!isDnsLabel(space))
            read.fail(context->get(QStringLiteral("namespace")), contextPath + QStringLiteral(".namespace"),
                      QStringLiteral("must be a namespace name (lower-case letters, digits and -, at most 63)"));
        config.namespaceName = space;
    }

    QString clusterPath;
    if (const ConfigNode *cluster =
            read.named(*root, QStringLiteral("clusters"), QStringLiteral("cluster"), clusterName, &clusterPath)) {
        const QString server = read.text(*cluster, QStringLiteral("server"), clusterPath);
        config.server = QUrl(server);
        if (server.isEmpty() || !config.server.isValid() || config.server.host().isEmpty() ||
            (config.server.scheme() != u"https" && config.server.scheme() != u"http"))
            read.fail(cluster->get(QStringLiteral("server")), clusterPath + QStringLiteral(".server"),
                      QStringLiteral("must be the API server's https:// URL"));
        else if (config.server.scheme() == u"http" && !isLoopback(config.server.host()))
            read.fail(cluster->get(QStringLiteral("server")), clusterPath + QStringLiteral(".server"),
                      QStringLiteral("must use https (plain http only on this machine's loopback)"));
        if (cluster->has(QStringLiteral("certificate-authority")))
            read.fail(cluster->get(QStringLiteral("certificate-authority")),
                      clusterPath + QStringLiteral(".certificate-authority"),
                      QStringLiteral("is a file path; give the CA inline as certificate-authority-data"));
        config.certificateAuthority = read.pem(*cluster, QStringLiteral("certificate-authority-data"), clusterPath);
        if (const ConfigNode *skip = cluster->get(QStringLiteral("insecure-skip-tls-verify"))) {
            const auto value = skip->boolean();
            if (!value)
                read.fail(skip, clusterPath + QStringLiteral(".insecure-skip-tls-verify"),
                          QStringLiteral("must be true or false"));
            config.insecureSkipTlsVerify = value.value_or(false);
        }
    }

    QString userPath;
    if (const ConfigNode *user =
            read.named(*root, QStringLiteral("users"), QStringLiteral("user"), userName, &userPath)) {
        for (const char *plugin : {"exec", "auth-provider"}) {
            if (user->has(QString::fromLatin1(plugin)))
                read.fail(user->get(QString::fromLatin1(plugin)), userPath + u'.' + QString::fromLatin1(plugin),
                          QStringLiteral("is not run by the server; use a service account token or a client "
                                         "certificate"));
        }
        for (const char *path : {"tokenFile", "client-certificate", "client-key"}) {
            if (user->has(QString::fromLatin1(path)))
                read.fail(user->get(QString::fromLatin1(path)), userPath + u'.' + QString::fromLatin1(path),
                          QStringLiteral("is a file path; give it inline (token, client-certificate-data, "
                                         "client-key-data)"));
        }
        if (user->has(QStringLiteral("username")) || user->has(QStringLiteral("password")))
            read.fail(user, userPath, QStringLiteral("basic authentication is not supported; use a token"));
        config.token = read.text(*user, QStringLiteral("token"), userPath).trimmed();
        config.clientCertificate = read.pem(*user, QStringLiteral("client-certificate-data"), userPath);
        config.clientKey = read.pem(*user, QStringLiteral("client-key-data"), userPath);
        const bool certificate = !config.clientCertificate.isEmpty() || !config.clientKey.isEmpty();
        if (certificate && (config.clientCertificate.isEmpty() || config.clientKey.isEmpty()))
            read.fail(user, userPath,
                      QStringLiteral("a client certificate needs both client-certificate-data and "
                                     "client-key-data"));
        else if (config.token.isEmpty() && !certificate && errors.size() == before)
            read.fail(user, userPath, QStringLiteral("has no credentials: give a token or a client certificate"));
        else if (!config.token.isEmpty() && certificate)
            read.fail(user, userPath, QStringLiteral("give a token or a client certificate, not both"));
    }
    if (errors.size() > before)
        return std::nullopt;
    return config;
}

std::optional<KubeConfig> KubeConfig::inCluster(const QString &accountDir, const QString &host, const QString &port,
                                                QString &error)
{
    if (host.isEmpty() || port.isEmpty()) {
        error =
            QStringLiteral("not in a Kubernetes pod: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set");
        return std::nullopt;
    }
    const auto read = [&accountDir](const char *name) -> std::optional<QByteArray> {
        QFile file(QDir(accountDir).filePath(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.read(kMaxBytes).trimmed();
    };
    const auto token = read("token");
    const auto ca = read("ca.crt");
    if (!token || token->isEmpty() || !ca || !ca->contains("-----BEGIN ")) {
        error = QStringLiteral("no service account token and CA in %1").arg(accountDir);
        return std::nullopt;
    }
    KubeConfig config;
    config.context = QStringLiteral("in-cluster");
    config.server.setScheme(QStringLiteral("https"));
    config.server.setHost(host);
    bool numeric = false;
    config.server.setPort(port.toInt(&numeric));
    if (!numeric || !config.server.isValid()) {
        error = QStringLiteral("KUBERNETES_SERVICE_HOST and _PORT do not make an address: %1:%2").arg(host, port);
        return std::nullopt;
    }
    config.token = QString::fromUtf8(*token);
    config.certificateAuthority = *ca + '\n';
    const QString namespaceName = QString::fromUtf8(read("namespace").value_or(QByteArray()));
    if (isDnsLabel(namespaceName))
        config.namespaceName = namespaceName;
    return config;
}

} // namespace adp::server::kube
