#include "Output.h"

#include <QtTest>

using adp::cli::Output;

// The CLI's table layout.
class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsColumnsToWidestCell()
    {
        const QString text =
            Output::table({{"ID", "SLUG", "NAME"}, {"1", "payments-api", "Payments"}, {"22", "web", "支付"}});
        QCOMPARE(text, QStringLiteral("ID  SLUG          NAME\n"
                                      "1   payments-api  Payments\n"
                                      "22  web           支付\n"));
    }

    void jsonListHasItemsAndCursor()
    {
        QString buffer;
        QTextStream stream(&buffer);
        adp::shared::Project project;
        project.id = 3;
        project.slug = QStringLiteral("a-b");
        Output(stream, adp::cli::OutputFormat::Json).projects({project}, QStringLiteral("next"));
        const QJsonObject json = QJsonDocument::fromJson(buffer.toUtf8()).object();
        QCOMPARE(json.value("next_cursor").toString(), QStringLiteral("next"));
        QCOMPARE(json.value("items").toArray().first().toObject().value("slug").toString(), QStringLiteral("a-b"));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
