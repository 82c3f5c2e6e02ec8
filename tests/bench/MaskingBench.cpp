// Masking throughput (issue #19): a job's log goes through LogMasker before it is stored or
// streamed. 100 masked variables, each printed in three encodings (JSON-escaped, base64,
// percent-encoded) besides plainly, sprinkled through ordinary build output that is full of hex
// and base64-looking text; the log is fed in 64 KiB writes as a worker reads them. Prints MB/s
// and checks that no value in any form got through.
#include "runner/LogMasker.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUrl>

using adp::server::runner::LogMasker;

namespace {

QString jsonEscaped(const QString &value)
{
    const QByteArray document = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(document.mid(2, document.size() - 4)); // ["..."]
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("log-mib"), QStringLiteral("how much log to mask"), QStringLiteral("mib"),
                      QStringLiteral("1024")});
    parser.addOption(
        {QStringLiteral("secrets"), QStringLiteral("masked variables"), QStringLiteral("n"), QStringLiteral("100")});
    parser.process(app);
    const qint64 logBytes = parser.value(QStringLiteral("log-mib")).toLongLong() * 1024 * 1024;
    const int count = parser.value(QStringLiteral("secrets")).toInt();

    QRandomGenerator random(20261204);
    const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+\"\\&=?%-_");
    QStringList secrets;
    for (int i = 0; i < count; ++i) {
        QString secret;
        for (int c = 0; c < 24 + i % 17; ++c)
            secret += alphabet.at(random.bounded(int(alphabet.size())));
        secrets.append(secret);
    }
    // One 64 KiB write of ordinary output, with four secrets in each of their forms somewhere in it.
    const QStringList lines{
        QStringLiteral("[  42%] Building CXX object src/CMakeFiles/core.dir/module_%1.cpp.o\n"),
        QStringLiteral("sha256 %1 3f9a0c7be41d5a2e9b6c0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6 artifact.tar\n"),
        QStringLiteral(
            "{\"level\":\"info\",\"msg\":\"request %1 served\",\"trace\":\"dGhpcyBpcyBub3QgYSBzZWNyZXQ=\"}\n"),
        QStringLiteral("GET /api/v1/items?page=%1&token=abc%2Fdef%3D 200 12ms\n")};
    const auto chunk = [&](int serial) {
        QString text;
        text.reserve(70 * 1024);
        int line = 0;
        while (text.size() < 64 * 1024) {
            text += lines.at(line % lines.size()).arg(serial * 1000 + line);
            if (line % 150 == 7) {
                const QString &secret = secrets.at((serial * 7 + line) % secrets.size());
                text += QStringLiteral("json {\"token\":\"%1\"} b64 %2 url ?t=%3 plain %4\n")
                            .arg(jsonEscaped(secret), QString::fromLatin1(secret.toUtf8().toBase64()),
                                 QString::fromLatin1(QUrl::toPercentEncoding(secret)), secret);
            }
            ++line;
        }
        return text;
    };
    QStringList pieces;
    for (int i = 0; i < 16; ++i)
        pieces.append(chunk(i));

    LogMasker masker(secrets);
    QElapsedTimer timer;
    timer.start();
    qint64 fed = 0;
    qint64 masked = 0;
    bool leaked = false;
    for (int i = 0; fed < logBytes; ++i) {
        const QString &piece = pieces.at(i % pieces.size());
        const QString out = masker.feed(piece);
        fed += piece.size();     // ASCII: one byte per character
        if (i < pieces.size()) { // check the first round whole
            masked += out.count(LogMasker::replacement());
            for (const QString &secret : std::as_const(secrets))
                leaked = leaked || out.contains(secret) || out.contains(jsonEscaped(secret)) ||
                         out.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))) ||
                         out.contains(QString::fromLatin1(secret.toUtf8().toBase64().left(12)));
        }
    }
    masker.finish();
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << QStringLiteral(
                               "masking: %1 MiB through %2 masked variables (each also JSON-escaped, base64, "
                               "URL-encoded) in %3 s: %4 MB/s; %5 replacements in the first MiB checked, "
                               "%6\n")
                               .arg(fed / (1024 * 1024))
                               .arg(count)
                               .arg(seconds, 0, 'f', 2)
                               .arg(fed / seconds / 1e6, 0, 'f', 1)
                               .arg(masked)
                               .arg(leaked ? QStringLiteral("SOME VALUE LEAKED") : QStringLiteral("no value leaked"));
    return leaked ? 1 : 0;
}
