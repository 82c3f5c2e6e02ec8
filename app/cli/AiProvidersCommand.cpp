#include "AiProvidersCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/AiApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::AiProvider;

QString AiProvidersCommand::sentenceOf(const AiProvider &provider)
{
    return tr("Provider %1 '%2': %3 at %4, key %5, %6 s, at most %7 tokens.")
        .arg(provider.id)
        .arg(provider.name, provider.model, provider.baseUrl,
             provider.keyHint.isEmpty() ? tr("none") : provider.keyHint)
        .arg(provider.timeoutSeconds)
        .arg(provider.maxTokens);
}

std::variant<shared::AiProviderFields, int> AiProvidersCommand::fieldsOf(const QCommandLineParser &parser)
{
    shared::AiProviderFields fields;
    fields.name = CliContext::optionalValue(parser, "name");
    fields.baseUrl = CliContext::optionalValue(parser, "base-url");
    fields.model = CliContext::optionalValue(parser, "model");
    fields.currency = CliContext::optionalValue(parser, "currency");
    for (const auto &[option, field] :
         {std::pair{"timeout", &fields.timeoutSeconds}, std::pair{"max-tokens", &fields.maxTokens},
          std::pair{"prompt-price", &fields.promptPricePerMillion},
          std::pair{"completion-price", &fields.completionPricePerMillion}}) {
        if (const auto text = CliContext::optionalValue(parser, option)) {
            bool ok = false;
            *field = text->toLongLong(&ok);
            if (!ok)
                return m_context.usage(tr("--%1 takes a whole number").arg(QString::fromLatin1(option)));
        }
    }
    if (parser.isSet(QStringLiteral("api-key-stdin"))) {
        QTextStream in(stdin);
        fields.apiKey = in.readLine().trimmed();
    }
    return fields;
}

int AiProvidersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("org"), tr("the organisation (slug)"), QStringLiteral("org")});
    parser.addOption({QStringLiteral("name"), tr("what the provider is called"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("base-url"), tr("the OpenAI-compatible endpoint, e.g. https://api.openai.com/v1"),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("model"), tr("the model to ask"), QStringLiteral("model")});
    parser.addOption({QStringLiteral("api-key-stdin"), tr("read the API key from standard input (empty: none)")});
    parser.addOption({QStringLiteral("timeout"), tr("seconds an answer may take (1-600)"), QStringLiteral("s")});
    parser.addOption({QStringLiteral("max-tokens"), tr("tokens an answer may have (1-32768)"), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("prompt-price"), tr("price per million prompt tokens, in cents"), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("completion-price"), tr("price per million answer tokens, in cents"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("currency"), tr("ISO 4217 currency of the prices (USD)"), QStringLiteral("code")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString organisation = parser.value(QStringLiteral("org"));
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    const bool onAll = (action == u"list" || action == u"create") && positional.size() == 1;
    const bool onOne = (action == u"update" || action == u"delete") && positional.size() == 2 && numeric;
    if (organisation.isEmpty() || (!onAll && !onOne))
        return m_context.usage(tr("ai providers needs --org O and one of: list, create --name N --base-url U --model M "
                                  "[--api-key-stdin] [options], update ID [options], delete ID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::AiApi api(m_context.api());
    if (action == u"list")
        return printItems<AiProvider>(m_context, parser, await<QList<AiProvider>>([&](QObject *c, auto done) {
                                          api.providers(organisation, c, done);
                                      }),
                                      {tr("ID"), tr("NAME"), tr("MODEL"), tr("ENDPOINT"), tr("KEY"), tr("MAX TOKENS")},
                                      [](const AiProvider &provider) {
                                          return QStringList{QString::number(provider.id),
                                                             provider.name,
                                                             provider.model,
                                                             provider.baseUrl,
                                                             provider.keyHint,
                                                             QString::number(provider.maxTokens)};
                                      });
    if (action == u"delete")
        return printDone(m_context, parser, await<shared::Done>([&](QObject *c, auto done) {
                             api.removeProvider(organisation, id, c, done);
                         }),
                         tr("Deleted provider %1.").arg(id));
    const auto fields = fieldsOf(parser);
    if (const int *usage = std::get_if<int>(&fields))
        return *usage;
    const auto &changes = std::get<shared::AiProviderFields>(fields);
    if (action == u"create")
        return printOne<AiProvider>(m_context, parser, await<AiProvider>([&](QObject *c, auto done) {
                                        api.createProvider(organisation, changes, c, done);
                                    }),
                                    sentenceOf);
    return printOne<AiProvider>(m_context, parser, await<AiProvider>([&](QObject *c, auto done) {
                                    api.updateProvider(organisation, id, changes, c, done);
                                }),
                                sentenceOf);
}

} // namespace adp::cli
