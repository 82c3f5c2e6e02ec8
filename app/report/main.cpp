// adp-audit-report: draws a PDF audit report from a signed JSON Lines export. adp-server runs it
// (one process per report, so fonts and Qt Gui stay out of the server) and signs what it writes.
#include "ReportDocument.h"
#include "shared/audit/AuditReport.h"
#include "shared/audit/Ed25519.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

enum Exit { ExitOk = 0, ExitError = 1, ExitUsage = 2 };

class ReportMain
{
    Q_DECLARE_TR_FUNCTIONS(ReportMain)

public:
    static int run(const QCommandLineParser &parser);
};

int ReportMain::run(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    for (const char *required : {"export", "chain", "public-key", "output"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            err << tr("adp-audit-report needs --%1").arg(QString::fromLatin1(required)) << Qt::endl;
            return ExitUsage;
        }
    }
    const auto key =
        adp::shared::audit::ed25519PublicKeyFromText(parser.value(QStringLiteral("public-key")).toLatin1());
    if (!key) {
        err << tr("--public-key is not an Ed25519 public key") << Qt::endl;
        return ExitUsage;
    }
    QString error;
    const auto input = adp::report::ReportInput::read(parser.value(QStringLiteral("export")),
                                                      parser.value(QStringLiteral("chain")), *key, error);
    if (!input) {
        err << error << Qt::endl;
        return ExitError;
    }
    const adp::report::ReportDocument document(*input);
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly)) {
        err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return ExitError;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("ADP"));
        writer.setDocumentXmpMetadata(adp::shared::audit::ReportSeal::xmpPacket(document.title(), input->exportBytes));
        document.print(writer);
    }
    if (!file.commit()) {
        err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return ExitError;
    }
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    // Never on a screen: the offscreen platform needs no display, and fontconfig finds the fonts.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("adp-audit-report"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draws a PDF audit report from a signed JSON Lines export."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("export"), QStringLiteral("The signed JSON Lines export to draw."), QStringLiteral("file")},
        {QStringLiteral("chain"), QStringLiteral("The chain's verification (JSON)."), QStringLiteral("file")},
        {QStringLiteral("public-key"), QStringLiteral("The server's Ed25519 public key (base64)."),
         QStringLiteral("key")},
        {QStringLiteral("language"), QStringLiteral("en or zh_CN."), QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("output"), QStringLiteral("Where to write the PDF."), QStringLiteral("file")},
    });
    parser.process(app);
    adp::i18n::installTranslations(app, parser.value(QStringLiteral("language")));
    return ReportMain::run(parser);
}
