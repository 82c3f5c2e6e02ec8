#include "HttpTestClient.h"
#include "TestServer.h"
#include "projects/ProjectDialog.h"
#include "projects/ProjectsModel.h"
#include "projects/ProjectsView.h"
#include "shell/MainWindow.h"
#include "translations/Translations.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QPushButton>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// Renders the main window and the project dialog in English and Simplified
// Chinese against a real server and writes PNGs to <build>/screenshots, so
// a person can look at what ships. Checks the pictures are not blank and
// the Chinese build really is translated.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    static QString outputDir()
    {
        const QString dir = qEnvironmentVariable("ADP_BIN_DIR") + QStringLiteral("/../screenshots");
        QDir().mkpath(dir);
        return QDir(dir).absolutePath();
    }

    static void checkNotBlank(const QImage &image)
    {
        QVERIFY(!image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, "the screenshot is (nearly) one colour");
    }

    void shoot(const QString &language)
    {
        TestServer server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY(server.ok());
        HttpTestClient http(server.url());
        const QString token = http.login(TestServer::kAdmin, TestServer::kPassword);
        const QList<QPair<QString, QString>> projects{{"Payments API", "payments-api"}, {"Web Shop", "web-shop"},
                                                      {"支付网关", "pay-gateway"}, {"Mobile App", "mobile"}};
        for (const auto &[name, slug] : projects)
            http.post("/api/v1/projects", {{"name", name}, {"slug", slug}, {"repository_url", "https://github.com/acme/" + slug + ".git"}});

        shared::ApiClient api;
        api.setBaseUrl(server.url());
        api.setToken(token);
        shared::EventsClient events(api);
        app::MainWindow window(api, events, {1, QString::fromLatin1(TestServer::kAdmin), true});
        window.resize(1100, 560);
        window.show();
        QTRY_COMPARE(window.projectsView()->model()->rowCount(), 4);
        window.projectsView()->table()->selectRow(1);
        const QImage main = window.grab().toImage();
        checkNotBlank(main);
        QVERIFY(main.save(outputDir() + QStringLiteral("/main-window-%1.png").arg(language)));

        shared::ProjectsApi projectsApi(api);
        app::ProjectDialog dialog(projectsApi, std::nullopt, &window);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Web Shop"));
        dialog.findChild<QLineEdit *>(QStringLiteral("slug"))->setText(QStringLiteral("web-shop"));
        dialog.findChild<QPushButton *>(QStringLiteral("submit"))->click();
        QTRY_VERIFY(!dialog.fieldError(QStringLiteral("slug")).isEmpty());
        const QImage editor = dialog.grab().toImage();
        checkNotBlank(editor);
        QVERIFY(editor.save(outputDir() + QStringLiteral("/project-dialog-%1.png").arg(language)));
        if (language == u"zh_CN") {
            QCOMPARE(window.navigation()->item(0)->text(), QStringLiteral("项目"));
            QCOMPARE(dialog.fieldError(QStringLiteral("slug")), QStringLiteral("已被占用。"));
        }
    }

private Q_SLOTS:
    void english() { shoot(QStringLiteral("en")); }

    void simplifiedChinese()
    {
        QCOMPARE(i18n::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        shoot(QStringLiteral("zh_CN"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
