#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

// The server's house rules (docs/dev/architecture.md), read from the source tree: plumbing stands
// on no feature, no feature includes another's repository, services and controllers hold no SQL,
// and each table is written from one file. Where the tree does not keep a rule yet, the exception
// is listed below; a listed exception that no longer occurs fails too, so the list only shrinks.
class TestLayout : public QObject
{
    Q_OBJECT

private:
    struct Source
    {
        QString folder; // first folder under server/ ("" for server/main.cpp)
        QString path;   // relative to server/
        QString text;
    };
    QList<Source> m_sources;

    const QStringList m_plumbing{"core", "storage", "kv",    "crypto", "ci",    "git", "queue",
                                 "http", "events",  "ports", "access", "audit", "kube"};
    const QStringList m_features{
        "auth",      "orgs",        "projects",   "scm",          "pipelines",  "runner", "health", "notifications",
        "schedules", "deployments", "kubernetes", "auditstreams", "compliance", "ai",     "costs",  "app"};

    // Where one feature still includes another's header (not a repository): each is to become a
    // port. The list may only shrink.
    const QStringList m_featureEdges{};

    static QStringList includesOf(const QString &text)
    {
        static const QRegularExpression include(QStringLiteral("^#include \"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
        QStringList found;
        for (auto match = include.globalMatch(text); match.hasNext();)
            found << match.next().captured(1);
        return found;
    }

    // What the file's string literals hold: SQL lives there, and nowhere else.
    static QString literalsOf(const QString &text)
    {
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
        QStringList parts;
        for (auto match = literal.globalMatch(text); match.hasNext();)
            parts << match.next().captured(1);
        return parts.join(u' ');
    }

    static bool holdsSql(const QString &literals)
    {
        static const QRegularExpression sql(
            QStringLiteral(R"(\b(SELECT\s.+\sFROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b)"));
        return sql.match(literals).hasMatch();
    }

    QStringList tables() const
    {
        QStringList names;
        static const QRegularExpression create(QStringLiteral(R"(CREATE TABLE (?:IF NOT EXISTS )?(\w+))"),
                                               QRegularExpression::CaseInsensitiveOption);
        QDirIterator it(QStringLiteral(ADP_SOURCE_DIR "/server/storage/migrations"), {QStringLiteral("*.sql")});
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = create.globalMatch(text); match.hasNext();)
                names << match.next().captured(1);
        }
        names.removeDuplicates();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QDir server(QStringLiteral(ADP_SOURCE_DIR "/server"));
        QDirIterator it(server.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = server.relativeFilePath(it.next());
            QFile file(server.filePath(path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString folder = path.contains(u'/') ? path.section(u'/', 0, 0) : QString();
            m_sources.append({folder, path, QString::fromUtf8(file.readAll())});
        }
        QVERIFY2(m_sources.size() > 200, "the server's sources were not found");
        // Every folder is either plumbing or a feature, so a new one has to be placed on purpose.
        for (const Source &source : std::as_const(m_sources))
            QVERIFY2(source.folder.isEmpty() || m_plumbing.contains(source.folder) ||
                         m_features.contains(source.folder),
                     qPrintable(source.path + QStringLiteral(": a folder that is neither plumbing nor a feature")));
    }

    void plumbingStandsOnNoFeature()
    {
        QStringList broken;
        for (const Source &source : std::as_const(m_sources)) {
            if (!m_plumbing.contains(source.folder))
                continue;
            for (const QString &include : includesOf(source.text)) {
                if (m_features.contains(include.section(u'/', 0, 0)))
                    broken << source.path + QStringLiteral(" -> ") + include;
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    // Other features read through ports/ (ProjectDirectory, UserDirectory, ...); only the
    // composition root (app/) holds every repository.
    void noFeatureIncludesAnotherFeaturesRepository()
    {
        static const QRegularExpression repository(QStringLiteral(R"(^(\w+)/\w+Repository\.h$)"));
        QStringList broken;
        for (const Source &source : std::as_const(m_sources)) {
            if (source.folder == u"app" || source.folder.isEmpty())
                continue;
            for (const QString &include : includesOf(source.text)) {
                const auto match = repository.match(include);
                if (match.hasMatch() && match.captured(1) != source.folder)
                    broken << source.path + QStringLiteral(" -> ") + include;
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void servicesAndControllersHoldNoSql()
    {
        QStringList broken;
        for (const Source &source : std::as_const(m_sources)) {
            const QString name = QFileInfo(source.path).completeBaseName();
            if ((name.endsWith(u"Service") || name.endsWith(u"Controller")) && holdsSql(literalsOf(source.text)))
                broken << source.path;
        }
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("SQL belongs in a repository: ") + broken.join(u", ")));
    }

    void eachTableHasOneWriter()
    {
        const QStringList names = tables();
        QVERIFY2(names.size() > 20, "the migrations were not found");
        QStringList broken;
        for (const QString &table : names) {
            const QRegularExpression write(QStringLiteral(R"(\b(INSERT INTO|UPDATE|DELETE FROM)\s+%1\b)").arg(table));
            QStringList writers;
            for (const Source &source : std::as_const(m_sources)) {
                if (source.path.endsWith(u".cpp") && write.match(literalsOf(source.text)).hasMatch())
                    writers << source.path;
            }
            if (writers.size() > 1)
                broken << table + QStringLiteral(": ") + writers.join(u", ");
        }
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("one table, one owner:\n") + broken.join(u'\n')));
    }

    // Features stand on plumbing (ports/ among it), never on each other; only app/ assembles them.
    void noFeatureStandsOnAnother()
    {
        QStringList edges;
        for (const Source &source : std::as_const(m_sources)) {
            if (!m_features.contains(source.folder) || source.folder == u"app")
                continue;
            for (const QString &include : includesOf(source.text)) {
                const QString folder = include.section(u'/', 0, 0);
                if (include.contains(u'/') && folder != source.folder && m_features.contains(folder))
                    edges << source.folder + QStringLiteral(" -> ") + include;
            }
        }
        edges.removeDuplicates();
        edges.sort();
        QStringList unlisted;
        for (const QString &edge : std::as_const(edges)) {
            if (!m_featureEdges.contains(edge))
                unlisted << edge;
        }
        QStringList healed;
        for (const QString &edge : m_featureEdges) {
            if (!edges.contains(edge))
                healed << edge;
        }
        QVERIFY2(unlisted.isEmpty(), qPrintable(QStringLiteral("a feature on another:\n") + unlisted.join(u'\n')));
        QVERIFY2(healed.isEmpty(), qPrintable(QStringLiteral("gone, take off the list: ") + healed.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
