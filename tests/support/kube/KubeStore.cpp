#include "KubeStore.h"

#include "FieldSet.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace adp::test::kube {

namespace {

struct Owner
{
    QString manager;
    QString operation; // Apply or Update
    QString apiVersion;
    QString time;
    QSet<QString> fields;
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QList<Owner> ownersOf(const QJsonObject &object)
{
    QList<Owner> owners;
    const QJsonArray entries =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("managedFields")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        owners.append(
            {entry.value(QLatin1String("manager")).toString(), entry.value(QLatin1String("operation")).toString(),
             entry.value(QLatin1String("apiVersion")).toString(), entry.value(QLatin1String("time")).toString(),
             fieldset::fromFieldsV1(entry.value(QLatin1String("fieldsV1")).toObject())});
    }
    return owners;
}

QJsonArray render(const QList<Owner> &owners)
{
    QJsonArray entries;
    for (const Owner &owner : owners) {
        if (owner.fields.isEmpty())
            continue;
        entries.append(QJsonObject{{QStringLiteral("manager"), owner.manager},
                                   {QStringLiteral("operation"), owner.operation},
                                   {QStringLiteral("apiVersion"), owner.apiVersion},
                                   {QStringLiteral("time"), owner.time},
                                   {QStringLiteral("fieldsType"), QStringLiteral("FieldsV1")},
                                   {QStringLiteral("fieldsV1"), fieldset::toFieldsV1(owner.fields)}});
    }
    return entries;
}

Owner &ownerFor(QList<Owner> &owners, const QString &manager, const QString &operation, const QString &apiVersion)
{
    for (Owner &owner : owners) {
        if (owner.manager == manager && owner.operation == operation)
            return owner;
    }
    owners.append({manager, operation, apiVersion, now(), {}});
    return owners.last();
}

// An update owns what it changed; nobody owns what it removed.
QList<Owner> ownersAfterUpdate(const QJsonObject &before, const QJsonObject &after, const QString &manager,
                               const QString &apiVersion)
{
    QList<Owner> owners = ownersOf(before);
    const QSet<QString> beforeLeaves = fieldset::leavesOf(before);
    const QSet<QString> afterLeaves = fieldset::leavesOf(after);
    QSet<QString> changed;
    for (const QString &leaf : afterLeaves) {
        if (fieldset::valueAt(before, leaf) != fieldset::valueAt(after, leaf))
            changed.insert(leaf);
    }
    const QSet<QString> removed = beforeLeaves - afterLeaves;
    for (Owner &owner : owners)
        owner.fields -= changed + removed;
    if (!changed.isEmpty()) {
        Owner &mine = ownerFor(owners, manager, QStringLiteral("Update"), apiVersion);
        mine.fields += changed;
        mine.time = now();
    }
    return owners;
}

// Who owns what, without when: a write that changes nothing is not a change of ownership.
QJsonArray ownershipOf(const QJsonObject &object)
{
    QJsonArray entries;
    for (const QJsonValue &entry :
         object.value(QLatin1String("metadata")).toObject().value(QLatin1String("managedFields")).toArray()) {
        QJsonObject timeless = entry.toObject();
        timeless.remove(QStringLiteral("time"));
        entries.append(timeless);
    }
    return entries;
}

QJsonObject withoutServerFields(QJsonObject object)
{
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    for (const char *key : {"resourceVersion", "managedFields", "generation"})
        metadata.remove(QLatin1String(key));
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

bool validName(const QString &name)
{
    static const QRegularExpression rule(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !name.isEmpty() && name.size() <= 253 && rule.match(name).hasMatch();
}

struct Cause
{
    QString reason; // FieldValueRequired, FieldValueInvalid
    QString field;
    QString message;
};

void checkContainers(const QJsonValue &containers, const QString &at, QList<Cause> &causes)
{
    if (!containers.isArray() || containers.toArray().isEmpty()) {
        causes.append({QStringLiteral("FieldValueRequired"), at, QStringLiteral("Required value")});
        return;
    }
    const QJsonArray list = containers.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject container = list.at(i).toObject();
        for (const char *key : {"name", "image"}) {
            if (container.value(QLatin1String(key)).toString().isEmpty())
                causes.append({QStringLiteral("FieldValueRequired"),
                               QStringLiteral("%1[%2].%3").arg(at).arg(i).arg(QLatin1String(key)),
                               QStringLiteral("Required value")});
        }
    }
}

QList<Cause> causesFor(const QString &kind, const QJsonObject &object)
{
    QList<Cause> causes;
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet") ||
        kind == QLatin1String("DaemonSet") || kind == QLatin1String("ReplicaSet")) {
        const QJsonObject selector =
            spec.value(QLatin1String("selector")).toObject().value(QLatin1String("matchLabels")).toObject();
        const QJsonObject labels = spec.value(QLatin1String("template"))
                                       .toObject()
                                       .value(QLatin1String("metadata"))
                                       .toObject()
                                       .value(QLatin1String("labels"))
                                       .toObject();
        if (selector.isEmpty())
            causes.append({QStringLiteral("FieldValueRequired"), QStringLiteral("spec.selector"),
                           QStringLiteral("Required value")});
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            if (labels.value(it.key()) != it.value()) {
                causes.append({QStringLiteral("FieldValueInvalid"), QStringLiteral("spec.template.metadata.labels"),
                               QStringLiteral("Invalid value: %1: `selector` does not match template `labels`")
                                   .arg(QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact)))});
                break;
            }
        }
        const QJsonValue replicas = spec.value(QLatin1String("replicas"));
        if (!replicas.isUndefined() && (!replicas.isDouble() || replicas.toDouble() < 0))
            causes.append({QStringLiteral("FieldValueInvalid"), QStringLiteral("spec.replicas"),
                           QStringLiteral("Invalid value: must be greater than or equal to 0")});
        checkContainers(spec.value(QLatin1String("template"))
                            .toObject()
                            .value(QLatin1String("spec"))
                            .toObject()
                            .value(QLatin1String("containers")),
                        QStringLiteral("spec.template.spec.containers"), causes);
    } else if (kind == QLatin1String("Pod")) {
        checkContainers(spec.value(QLatin1String("containers")), QStringLiteral("spec.containers"), causes);
    } else if (kind == QLatin1String("Service")) {
        const QJsonArray ports = spec.value(QLatin1String("ports")).toArray();
        for (int i = 0; i < ports.size(); ++i) {
            const QJsonValue port = ports.at(i).toObject().value(QLatin1String("port"));
            if (!port.isDouble() || port.toInt() < 1 || port.toInt() > 65535)
                causes.append({QStringLiteral("FieldValueInvalid"), QStringLiteral("spec.ports[%1].port").arg(i),
                               QStringLiteral("Invalid value: must be between 1 and 65535, inclusive")});
        }
    }
    return causes;
}

// One term of a label selector against an object's labels.
bool matchesTerm(const QJsonObject &labels, QString term)
{
    term = term.trimmed();
    static const QRegularExpression setTerm(QStringLiteral("^(\\S+)\\s+(in|notin)\\s+\\(([^)]*)\\)$"));
    if (const auto match = setTerm.match(term); match.hasMatch()) {
        QStringList values = match.captured(3).split(u',');
        for (QString &value : values)
            value = value.trimmed();
        const bool has =
            labels.contains(match.captured(1)) && values.contains(labels.value(match.captured(1)).toString());
        return match.captured(2) == QLatin1String("in") ? has : !has;
    }
    if (const qsizetype at = term.indexOf(QLatin1String("!=")); at > 0)
        return labels.value(term.left(at).trimmed()).toString() != term.mid(at + 2).trimmed() ||
               !labels.contains(term.left(at).trimmed());
    if (const qsizetype at = term.indexOf(u'='); at > 0) {
        const QString value = term.mid(term.mid(at).startsWith(QLatin1String("==")) ? at + 2 : at + 1).trimmed();
        return labels.contains(term.left(at).trimmed()) && labels.value(term.left(at).trimmed()).toString() == value;
    }
    if (term.startsWith(u'!'))
        return !labels.contains(term.mid(1));
    return term.isEmpty() || labels.contains(term);
}

QStringList selectorTerms(const QString &selector)
{
    QStringList terms;
    QString current;
    int depth = 0;
    for (const QChar c : selector) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            terms.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    terms.append(current);
    return terms;
}

} // namespace

KubeStore::KubeStore()
{
    const QStringList all{QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"),
                          QStringLiteral("get"),    QStringLiteral("list"),   QStringLiteral("patch"),
                          QStringLiteral("update"), QStringLiteral("watch")};
    const QStringList createOnly{QStringLiteral("create")};
    const QString apps = QStringLiteral("apps");
    m_types = {
        {{},
         QStringLiteral("v1"),
         QStringLiteral("namespaces"),
         QStringLiteral("Namespace"),
         false,
         all,
         {QStringLiteral("ns")},
         {QStringLiteral("status")}},
        {{},
         QStringLiteral("v1"),
         QStringLiteral("pods"),
         QStringLiteral("Pod"),
         true,
         all,
         {QStringLiteral("po")},
         {QStringLiteral("status"), QStringLiteral("log")}},
        {{},
         QStringLiteral("v1"),
         QStringLiteral("nodes"),
         QStringLiteral("Node"),
         false,
         all,
         {QStringLiteral("no")},
         {QStringLiteral("status")}},
        // What metrics-server serves: read only, written by the tests as the kubelets' figures.
        {QStringLiteral("metrics.k8s.io"),
         QStringLiteral("v1beta1"),
         QStringLiteral("pods"),
         QStringLiteral("PodMetrics"),
         true,
         {QStringLiteral("get"), QStringLiteral("list")},
         {},
         {}},
        {{},
         QStringLiteral("v1"),
         QStringLiteral("services"),
         QStringLiteral("Service"),
         true,
         all,
         {QStringLiteral("svc")},
         {QStringLiteral("status")}},
        {{},
         QStringLiteral("v1"),
         QStringLiteral("configmaps"),
         QStringLiteral("ConfigMap"),
         true,
         all,
         {QStringLiteral("cm")},
         {}},
        {{}, QStringLiteral("v1"), QStringLiteral("secrets"), QStringLiteral("Secret"), true, all, {}, {}},
        {{},
         QStringLiteral("v1"),
         QStringLiteral("serviceaccounts"),
         QStringLiteral("ServiceAccount"),
         true,
         all,
         {QStringLiteral("sa")},
         {QStringLiteral("token")}},
        {{},
         QStringLiteral("v1"),
         QStringLiteral("events"),
         QStringLiteral("Event"),
         true,
         all,
         {QStringLiteral("ev")},
         {}},
        {apps,
         QStringLiteral("v1"),
         QStringLiteral("deployments"),
         QStringLiteral("Deployment"),
         true,
         all,
         {QStringLiteral("deploy")},
         {QStringLiteral("status"), QStringLiteral("scale")}},
        {apps,
         QStringLiteral("v1"),
         QStringLiteral("replicasets"),
         QStringLiteral("ReplicaSet"),
         true,
         all,
         {QStringLiteral("rs")},
         {QStringLiteral("status"), QStringLiteral("scale")}},
        {apps,
         QStringLiteral("v1"),
         QStringLiteral("statefulsets"),
         QStringLiteral("StatefulSet"),
         true,
         all,
         {QStringLiteral("sts")},
         {QStringLiteral("status"), QStringLiteral("scale")}},
        {apps,
         QStringLiteral("v1"),
         QStringLiteral("daemonsets"),
         QStringLiteral("DaemonSet"),
         true,
         all,
         {QStringLiteral("ds")},
         {QStringLiteral("status")}},
        {apps,
         QStringLiteral("v1"),
         QStringLiteral("controllerrevisions"),
         QStringLiteral("ControllerRevision"),
         true,
         all,
         {},
         {}},
        {QStringLiteral("batch"),
         QStringLiteral("v1"),
         QStringLiteral("jobs"),
         QStringLiteral("Job"),
         true,
         all,
         {},
         {QStringLiteral("status")}},
        {QStringLiteral("networking.k8s.io"),
         QStringLiteral("v1"),
         QStringLiteral("ingresses"),
         QStringLiteral("Ingress"),
         true,
         all,
         {QStringLiteral("ing")},
         {QStringLiteral("status")}},
        {QStringLiteral("authorization.k8s.io"),
         QStringLiteral("v1"),
         QStringLiteral("selfsubjectaccessreviews"),
         QStringLiteral("SelfSubjectAccessReview"),
         false,
         createOnly,
         {},
         {}},
        {QStringLiteral("authorization.k8s.io"),
         QStringLiteral("v1"),
         QStringLiteral("selfsubjectrulesreviews"),
         QStringLiteral("SelfSubjectRulesReview"),
         false,
         createOnly,
         {},
         {}},
    };
    for (const char *name : {"default", "kube-system"})
        writeObject(m_types.first(),
                    {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                     {QStringLiteral("kind"), QStringLiteral("Namespace")},
                     {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QLatin1String(name)}}},
                     {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Active")}}}});
}

void KubeStore::removeType(const QString &groupResource)
{
    m_types.removeIf([&](const ResourceType &type) { return type.groupResource() == groupResource; });
}

const ResourceType *KubeStore::type(const QString &group, const QString &version, const QString &resource) const
{
    for (const ResourceType &candidate : m_types) {
        if (candidate.group == group && candidate.version == version && candidate.resource == resource)
            return &candidate;
    }
    return nullptr;
}

const ResourceType *KubeStore::typeOfKind(const QString &apiVersion, const QString &kind) const
{
    for (const ResourceType &candidate : m_types) {
        if (candidate.apiVersion() == apiVersion && candidate.kind == kind)
            return &candidate;
    }
    return nullptr;
}

QJsonObject KubeStore::status(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject status{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("status"), code < 300 ? QStringLiteral("Success") : QStringLiteral("Failure")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("code"), code}};
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return status;
}

QString KubeStore::keyOf(const QString &groupResource, const QString &ns, const QString &name) const
{
    return groupResource + u'/' + ns + u'/' + name;
}

KubeStore::Answer KubeStore::notFound(const ResourceType &type, const QString &name) const
{
    return {404, status(404, QStringLiteral("NotFound"),
                        QStringLiteral("%1 \"%2\" not found").arg(type.groupResource(), name),
                        {{QStringLiteral("name"), name},
                         {QStringLiteral("group"), type.group},
                         {QStringLiteral("kind"), type.resource}})};
}

std::optional<KubeStore::Answer> KubeStore::missingNamespace(const ResourceType &type, const QString &ns) const
{
    if (!type.namespaced || m_objects.contains(keyOf(QStringLiteral("namespaces"), {}, ns)))
        return std::nullopt;
    return Answer{404, status(404, QStringLiteral("NotFound"), QStringLiteral("namespaces \"%1\" not found").arg(ns),
                              {{QStringLiteral("name"), ns}, {QStringLiteral("kind"), QStringLiteral("namespaces")}})};
}

KubeStore::Answer KubeStore::validated(const ResourceType &type, const QJsonObject &object) const
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString name = metadata.value(QLatin1String("name")).toString();
    QList<Cause> causes;
    if (object.value(QLatin1String("kind")).toString() != type.kind ||
        object.value(QLatin1String("apiVersion")).toString() != type.apiVersion())
        return {400,
                status(400, QStringLiteral("BadRequest"),
                       QStringLiteral("the object's kind and apiVersion (%1 %2) are not %3 %4")
                           .arg(object.value(QLatin1String("kind")).toString(),
                                object.value(QLatin1String("apiVersion")).toString(), type.kind, type.apiVersion()))};
    if (name.isEmpty())
        causes.append({QStringLiteral("FieldValueRequired"), QStringLiteral("metadata.name"),
                       QStringLiteral("Required value: name or generateName is required")});
    else if (!validName(name))
        causes.append(
            {QStringLiteral("FieldValueInvalid"), QStringLiteral("metadata.name"),
             QStringLiteral("Invalid value: \"%1\": a lowercase RFC 1123 subdomain must consist of lower case "
                            "alphanumeric characters, '-' or '.', and must start and end with an "
                            "alphanumeric character")
                 .arg(name)});
    causes += causesFor(type.kind, object);
    if (causes.isEmpty())
        return {200, {}};
    QStringList parts;
    QJsonArray details;
    for (const Cause &cause : std::as_const(causes)) {
        parts.append(cause.field + QStringLiteral(": ") + cause.message);
        details.append(QJsonObject{{QStringLiteral("reason"), cause.reason},
                                   {QStringLiteral("message"), cause.message},
                                   {QStringLiteral("field"), cause.field}});
    }
    const QString group = type.group.isEmpty() ? type.kind : type.kind + u'.' + type.group;
    const QString joined = parts.size() == 1 ? parts.first() : u'[' + parts.join(QStringLiteral(", ")) + u']';
    return {422,
            status(422, QStringLiteral("Invalid"), QStringLiteral("%1 \"%2\" is invalid: %3").arg(group, name, joined),
                   {{QStringLiteral("name"), name},
                    {QStringLiteral("group"), type.group},
                    {QStringLiteral("kind"), type.kind},
                    {QStringLiteral("causes"), details}})};
}

KubeStore::Answer KubeStore::get(const ResourceType &type, const QString &ns, const QString &name) const
{
    const auto found = m_objects.constFind(keyOf(type.groupResource(), ns, name));
    if (found == m_objects.constEnd())
        return notFound(type, name);
    return {200, *found};
}

KubeStore::Answer KubeStore::list(const ResourceType &type, const QString &ns, const Selectors &selectors) const
{
    for (const QString &term : selectors.fields.split(u',', Qt::SkipEmptyParts)) {
        const QString field = term.section(u'=', 0, 0).remove(u'!').trimmed();
        if (field != QLatin1String("metadata.name") && field != QLatin1String("metadata.namespace"))
            return {400, status(400, QStringLiteral("BadRequest"),
                                QStringLiteral("field label not supported: %1").arg(field))};
    }
    QJsonArray items;
    for (const QJsonObject &object : objects(type.groupResource(), ns)) {
        if (!matches(object, selectors))
            continue;
        // A list's items carry no kind or apiVersion: the list says them once.
        QJsonObject item = object;
        item.remove(QStringLiteral("kind"));
        item.remove(QStringLiteral("apiVersion"));
        items.append(item);
    }
    return {200,
            {{QStringLiteral("kind"), type.kind + QStringLiteral("List")},
             {QStringLiteral("apiVersion"), type.apiVersion()},
             {QStringLiteral("metadata"),
              QJsonObject{{QStringLiteral("resourceVersion"), QString::number(m_resourceVersion)}}},
             {QStringLiteral("items"), items}}};
}

bool KubeStore::matches(const QJsonObject &object, const Selectors &selectors)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    for (const QString &term : selectors.fields.split(u',', Qt::SkipEmptyParts)) {
        const bool negated = term.contains(QLatin1String("!="));
        const QString field = term.section(u'=', 0, 0).remove(u'!').trimmed();
        const QString value = term.section(u'=', -1).trimmed();
        const QString actual = metadata.value(field.mid(int(qstrlen("metadata.")))).toString();
        if ((actual == value) == negated)
            return false;
    }
    const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    for (const QString &term : selectorTerms(selectors.labels)) {
        if (!matchesTerm(labels, term))
            return false;
    }
    return true;
}

KubeStore::Answer KubeStore::store(const ResourceType &type, const QString &ns, QJsonObject object,
                                   const QJsonObject *before)
{
    const Answer check = validated(type, object);
    if (check.status != 200)
        return check;
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject previous = before ? before->value(QLatin1String("metadata")).toObject() : QJsonObject();
    if (type.namespaced)
        metadata.insert(QStringLiteral("namespace"), ns);
    metadata.insert(QStringLiteral("uid"), before ? previous.value(QLatin1String("uid")).toString()
                                                  : QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert(QStringLiteral("creationTimestamp"),
                    before ? previous.value(QLatin1String("creationTimestamp")).toString() : now());
    const bool specChanged = !before || before->value(QLatin1String("spec")) != object.value(QLatin1String("spec"));
    const qint64 generation = previous.value(QLatin1String("generation")).toInteger(0) + (specChanged ? 1 : 0);
    if (type.kind != QLatin1String("Namespace") && type.kind != QLatin1String("ConfigMap") &&
        type.kind != QLatin1String("Secret"))
        metadata.insert(QStringLiteral("generation"), generation);
    if (before && object.value(QLatin1String("status")).isUndefined() && before->contains(QLatin1String("status")))
        object.insert(QStringLiteral("status"), before->value(QLatin1String("status")));
    object.insert(QStringLiteral("metadata"), metadata);
    // A write that changes nothing keeps the resourceVersion, as the API does.
    if (before && withoutServerFields(*before) == withoutServerFields(object) &&
        ownershipOf(*before) == ownershipOf(object))
        return {200, *before};
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_resourceVersion));
    object.insert(QStringLiteral("metadata"), metadata);
    m_objects.insert(keyOf(type.groupResource(), ns, metadata.value(QLatin1String("name")).toString()), object);
    record(before ? QStringLiteral("MODIFIED") : QStringLiteral("ADDED"), type, object);
    return {before ? 200 : 201, object};
}

KubeStore::Answer KubeStore::create(const ResourceType &type, const QString &ns, QJsonObject object,
                                    const QString &manager)
{
    if (const auto missing = missingNamespace(type, ns))
        return *missing;
    const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    if (m_objects.contains(keyOf(type.groupResource(), ns, name)))
        return {409, status(409, QStringLiteral("AlreadyExists"),
                            QStringLiteral("%1 \"%2\" already exists").arg(type.groupResource(), name),
                            {{QStringLiteral("name"), name},
                             {QStringLiteral("group"), type.group},
                             {QStringLiteral("kind"), type.resource}})};
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    metadata.remove(QStringLiteral("managedFields"));
    object.insert(QStringLiteral("metadata"), metadata);
    QList<Owner> owners = ownersAfterUpdate({}, object, manager, type.apiVersion());
    metadata.insert(QStringLiteral("managedFields"), render(owners));
    object.insert(QStringLiteral("metadata"), metadata);
    return store(type, ns, object, nullptr);
}

KubeStore::Answer KubeStore::replace(const ResourceType &type, const QString &ns, const QString &name,
                                     QJsonObject object, const QString &manager)
{
    const auto found = m_objects.constFind(keyOf(type.groupResource(), ns, name));
    if (found == m_objects.constEnd())
        return notFound(type, name);
    const QJsonObject before = *found;
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString expected = metadata.value(QLatin1String("resourceVersion")).toString();
    if (!expected.isEmpty() &&
        expected !=
            before.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString())
        return {409, status(409, QStringLiteral("Conflict"),
                            QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been modified; "
                                           "please apply your changes to the latest version and try again")
                                .arg(type.groupResource(), name))};
    metadata.remove(QStringLiteral("managedFields"));
    object.insert(QStringLiteral("metadata"), metadata);
    metadata.insert(QStringLiteral("managedFields"),
                    render(ownersAfterUpdate(before, object, manager, type.apiVersion())));
    object.insert(QStringLiteral("metadata"), metadata);
    return store(type, ns, object, &before);
}

KubeStore::Answer KubeStore::apply(const ResourceType &type, const QString &ns, const QString &name,
                                   const QJsonObject &applied, const QString &manager, bool force)
{
    if (const auto missing = missingNamespace(type, ns))
        return *missing;
    const QJsonObject appliedMetadata = applied.value(QLatin1String("metadata")).toObject();
    if (appliedMetadata.value(QLatin1String("name")).toString() != name)
        return {400, status(400, QStringLiteral("BadRequest"),
                            QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                                .arg(appliedMetadata.value(QLatin1String("name")).toString(), name))};
    const auto found = m_objects.constFind(keyOf(type.groupResource(), ns, name));
    const bool exists = found != m_objects.constEnd();
    const QJsonObject before = exists ? *found : QJsonObject();
    QList<Owner> owners = ownersOf(before);
    const QSet<QString> mine = fieldset::leavesOf(applied);

    QJsonArray causes;
    QStringList described;
    for (Owner &other : owners) {
        if (other.manager == manager && other.operation == QLatin1String("Apply"))
            continue;
        for (const QString &field : mine) {
            if (!other.fields.contains(field) || fieldset::valueAt(before, field) == fieldset::valueAt(applied, field))
                continue;
            if (force) {
                other.fields.remove(field);
                continue;
            }
            const QString message =
                QStringLiteral("conflict with \"%1\"").arg(other.manager) +
                (other.operation == QLatin1String("Update") ? QStringLiteral(" using %1").arg(other.apiVersion)
                                                            : QString());
            causes.append(QJsonObject{{QStringLiteral("reason"), QStringLiteral("FieldManagerConflict")},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("field"), fieldset::describe(field)}});
            described.append(message + QStringLiteral(": ") + fieldset::describe(field));
        }
    }
    if (!causes.isEmpty())
        return {409, status(409, QStringLiteral("Conflict"),
                            QStringLiteral("Apply failed with %1 conflict%2: %3")
                                .arg(causes.size())
                                .arg(causes.size() == 1 ? QString() : QStringLiteral("s"))
                                .arg(described.join(QStringLiteral("\n"))),
                            {{QStringLiteral("name"), name},
                             {QStringLiteral("group"), type.group},
                             {QStringLiteral("kind"), type.resource},
                             {QStringLiteral("causes"), causes}})};

    Owner &owner = ownerFor(owners, manager, QStringLiteral("Apply"), type.apiVersion());
    QJsonObject result = exists
                             ? before
                             : QJsonObject{{QStringLiteral("apiVersion"), type.apiVersion()},
                                           {QStringLiteral("kind"), type.kind},
                                           {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}}};
    QSet<QString> ownedByOthers;
    for (const Owner &other : std::as_const(owners)) {
        if (&other != &owner)
            ownedByOthers += other.fields;
    }
    for (const QString &dropped : owner.fields - mine) {
        if (!ownedByOthers.contains(dropped))
            fieldset::removeAt(result, dropped);
    }
    for (const QString &field : mine)
        fieldset::setAt(result, field, *fieldset::valueAt(applied, field));
    result.insert(QStringLiteral("apiVersion"), type.apiVersion());
    result.insert(QStringLiteral("kind"), type.kind);
    owner.fields = mine;
    owner.time = now();
    QJsonObject metadata = result.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("name"), name);
    metadata.insert(QStringLiteral("managedFields"), render(owners));
    result.insert(QStringLiteral("metadata"), metadata);
    return store(type, ns, result, exists ? &before : nullptr);
}

namespace {

QJsonValue merged(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject changes = patch.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), merged(result.value(it.key()), it.value()));
    }
    return result;
}

// An RFC 6901 pointer's steps.
QStringList pointerSteps(const QString &pointer)
{
    QStringList steps = pointer.split(u'/');
    steps.removeFirst();
    for (QString &step : steps)
        step = step.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return steps;
}

std::optional<QJsonValue> patched(const QJsonValue &target, const QStringList &steps, int at, const QString &op,
                                  const QJsonValue &value)
{
    if (at == steps.size())
        return op == QLatin1String("remove") ? std::optional<QJsonValue>() : std::optional<QJsonValue>(value);
    const QString &step = steps.at(at);
    const bool last = at + 1 == steps.size();
    if (target.isArray()) {
        QJsonArray list = target.toArray();
        bool number = false;
        const int index = step == QLatin1String("-") ? int(list.size()) : step.toInt(&number);
        if ((!number && step != QLatin1String("-")) || index < 0 || index > list.size())
            return std::nullopt;
        if (last && op == QLatin1String("add")) {
            list.insert(index, value);
            return list;
        }
        if (index >= list.size())
            return std::nullopt;
        if (last && op == QLatin1String("remove")) {
            list.removeAt(index);
            return list;
        }
        const auto inner = patched(list.at(index), steps, at + 1, op, value);
        if (!inner)
            return std::nullopt;
        list.replace(index, *inner);
        return list;
    }
    if (!target.isObject())
        return std::nullopt;
    QJsonObject object = target.toObject();
    if (last) {
        if (op != QLatin1String("add") && !object.contains(step))
            return std::nullopt;
        if (op == QLatin1String("remove"))
            object.remove(step);
        else
            object.insert(step, value);
        return object;
    }
    if (!object.contains(step))
        return std::nullopt;
    const auto inner = patched(object.value(step), steps, at + 1, op, value);
    if (!inner)
        return std::nullopt;
    object.insert(step, *inner);
    return object;
}

} // namespace

KubeStore::Answer KubeStore::mergePatch(const ResourceType &type, const QString &ns, const QString &name,
                                        const QJsonObject &patch, const QString &manager)
{
    const auto found = m_objects.constFind(keyOf(type.groupResource(), ns, name));
    if (found == m_objects.constEnd())
        return notFound(type, name);
    const QJsonObject before = *found;
    QJsonObject object = merged(before, patch).toObject();
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("managedFields"),
                    render(ownersAfterUpdate(before, object, manager, type.apiVersion())));
    object.insert(QStringLiteral("metadata"), metadata);
    return store(type, ns, object, &before);
}

KubeStore::Answer KubeStore::jsonPatch(const ResourceType &type, const QString &ns, const QString &name,
                                       const QJsonArray &operations, const QString &manager)
{
    const auto found = m_objects.constFind(keyOf(type.groupResource(), ns, name));
    if (found == m_objects.constEnd())
        return notFound(type, name);
    const QJsonObject before = *found;
    QJsonValue object = before;
    for (const QJsonValue &value : operations) {
        const QJsonObject operation = value.toObject();
        const QString op = operation.value(QLatin1String("op")).toString();
        const QString path = operation.value(QLatin1String("path")).toString();
        if (op == QLatin1String("test")) {
            QJsonValue current = object;
            for (const QString &step : pointerSteps(path))
                current = current.isArray() ? current.toArray().at(step.toInt()) : current.toObject().value(step);
            if (current != operation.value(QLatin1String("value")))
                return {422, status(422, QStringLiteral("Invalid"),
                                    QStringLiteral("the test operation failed at %1").arg(path))};
            continue;
        }
        if (op != QLatin1String("add") && op != QLatin1String("replace") && op != QLatin1String("remove"))
            return {400, status(400, QStringLiteral("BadRequest"),
                                QStringLiteral("unsupported JSON patch operation: %1").arg(op))};
        const auto next = patched(object, pointerSteps(path), 0, op, operation.value(QLatin1String("value")));
        if (!next)
            return {422,
                    status(422, QStringLiteral("Invalid"),
                           QStringLiteral(
                               "the server rejected our request due to an error in our request: path %1 does not exist")
                               .arg(path))};
        object = *next;
    }
    QJsonObject result = object.toObject();
    QJsonObject metadata = result.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("managedFields"),
                    render(ownersAfterUpdate(before, result, manager, type.apiVersion())));
    result.insert(QStringLiteral("metadata"), metadata);
    return store(type, ns, result, &before);
}

KubeStore::Answer KubeStore::remove(const ResourceType &type, const QString &ns, const QString &name,
                                    const QString &propagation)
{
    const QString key = keyOf(type.groupResource(), ns, name);
    const auto found = m_objects.constFind(key);
    if (found == m_objects.constEnd())
        return notFound(type, name);
    QJsonObject object = *found;
    m_objects.remove(key);
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_resourceVersion));
    object.insert(QStringLiteral("metadata"), metadata);
    record(QStringLiteral("DELETED"), type, object);
    const QString uid = metadata.value(QLatin1String("uid")).toString();
    if (propagation == QLatin1String("Orphan")) {
        for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
            QJsonObject dependentMetadata = it.value().value(QLatin1String("metadata")).toObject();
            QJsonArray kept;
            for (const QJsonValue &reference : dependentMetadata.value(QLatin1String("ownerReferences")).toArray()) {
                if (reference.toObject().value(QLatin1String("uid")).toString() != uid)
                    kept.append(reference);
            }
            if (kept.size() != dependentMetadata.value(QLatin1String("ownerReferences")).toArray().size()) {
                dependentMetadata.insert(QStringLiteral("ownerReferences"), kept);
                QJsonObject dependent = it.value();
                dependent.insert(QStringLiteral("metadata"), dependentMetadata);
                const ResourceType *dependentType = typeOfKind(dependent.value(QLatin1String("apiVersion")).toString(),
                                                               dependent.value(QLatin1String("kind")).toString());
                if (dependentType)
                    writeObject(*dependentType, dependent);
            }
        }
    } else {
        removeDependents(uid);
    }
    return {200, status(200, {}, {},
                        {{QStringLiteral("name"), name},
                         {QStringLiteral("group"), type.group},
                         {QStringLiteral("kind"), type.resource},
                         {QStringLiteral("uid"), uid}})};
}

void KubeStore::removeDependents(const QString &uid)
{
    QList<QPair<const ResourceType *, QJsonObject>> dependents;
    for (const QJsonObject &object : std::as_const(m_objects)) {
        for (const QJsonValue &reference :
             object.value(QLatin1String("metadata")).toObject().value(QLatin1String("ownerReferences")).toArray()) {
            if (reference.toObject().value(QLatin1String("uid")).toString() == uid)
                dependents.append({typeOfKind(object.value(QLatin1String("apiVersion")).toString(),
                                              object.value(QLatin1String("kind")).toString()),
                                   object});
        }
    }
    for (const auto &[dependentType, object] : std::as_const(dependents)) {
        if (!dependentType)
            continue;
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        remove(*dependentType, metadata.value(QLatin1String("namespace")).toString(),
               metadata.value(QLatin1String("name")).toString(), QStringLiteral("Background"));
    }
}

std::optional<QJsonObject> KubeStore::object(const QString &groupResource, const QString &ns, const QString &name) const
{
    const auto found = m_objects.constFind(keyOf(groupResource, ns, name));
    if (found == m_objects.constEnd())
        return std::nullopt;
    return *found;
}

QList<QJsonObject> KubeStore::objects(const QString &groupResource, const QString &ns) const
{
    QList<QJsonObject> found;
    const QString prefix = groupResource + u'/' + ns + (ns.isEmpty() ? QString() : QStringLiteral("/"));
    for (auto it = m_objects.lowerBound(prefix); it != m_objects.end() && it.key().startsWith(groupResource + u'/');
         ++it) {
        if (ns.isEmpty() || it.key().startsWith(prefix))
            found.append(it.value());
    }
    return found;
}

void KubeStore::writeStatus(const QString &groupResource, const QString &ns, const QString &name,
                            const QJsonObject &status)
{
    const QString key = keyOf(groupResource, ns, name);
    auto found = m_objects.find(key);
    if (found == m_objects.end() || found->value(QLatin1String("status")).toObject() == status)
        return;
    QJsonObject object = *found;
    object.insert(QStringLiteral("status"), status);
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_resourceVersion));
    object.insert(QStringLiteral("metadata"), metadata);
    *found = object;
    const ResourceType *resource = typeOfKind(object.value(QLatin1String("apiVersion")).toString(),
                                              object.value(QLatin1String("kind")).toString());
    if (resource)
        record(QStringLiteral("MODIFIED"), *resource, object);
}

void KubeStore::writeObject(const ResourceType &type, QJsonObject object)
{
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString ns = type.namespaced ? metadata.value(QLatin1String("namespace")).toString() : QString();
    const QString key = keyOf(type.groupResource(), ns, metadata.value(QLatin1String("name")).toString());
    const bool exists = m_objects.contains(key);
    if (!metadata.contains(QLatin1String("uid")))
        metadata.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!metadata.contains(QLatin1String("creationTimestamp")))
        metadata.insert(QStringLiteral("creationTimestamp"), now());
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_resourceVersion));
    object.insert(QStringLiteral("metadata"), metadata);
    object.insert(QStringLiteral("apiVersion"), type.apiVersion());
    object.insert(QStringLiteral("kind"), type.kind);
    m_objects.insert(key, object);
    record(exists ? QStringLiteral("MODIFIED") : QStringLiteral("ADDED"), type, object);
}

void KubeStore::record(const QString &type, const ResourceType &resource, const QJsonObject &object)
{
    Event event{m_resourceVersion, type, resource.groupResource(),
                object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString(),
                object};
    m_events.append(event);
    if (m_onEvent)
        m_onEvent(event);
}

QList<KubeStore::Event> KubeStore::eventsAfter(qint64 resourceVersion) const
{
    QList<Event> after;
    for (const Event &event : m_events) {
        if (event.resourceVersion > resourceVersion)
            after.append(event);
    }
    return after;
}

void KubeStore::compact()
{
    m_events.clear();
    m_oldestWatchable = m_resourceVersion;
}

} // namespace adp::test::kube
