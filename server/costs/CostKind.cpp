#include "CostKind.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <sodium.h>

namespace adp::server::costs {

qint64 CostKind::computeKey() const
{
    // A fixed key: the hash only tells kinds apart, it guards nothing.
    static const unsigned char kKey[crypto_shorthash_KEYBYTES] = {'a', 'd', 'p', '-', 'c', 'o', 's', 't',
                                                                  '-', 'k', 'i', 'n', 'd', '-', 'v', '1'};
    QByteArray text;
    text.reserve(category.size() + provider.size() + service.size() + serviceCategory.size() + region.size() +
                 subAccount.size() + sku.size() + chargeClass.size() + consumedUnit.size() + tags.size() + 10);
    for (const QByteArray *field : {&category, &provider, &service, &serviceCategory, &region, &subAccount, &sku,
                                    &chargeClass, &consumedUnit, &tags})
        text.append(*field).append('\x1f'); // a separator no field holds
    unsigned char hash[crypto_shorthash_BYTES];
    crypto_shorthash(hash, reinterpret_cast<const unsigned char *>(text.constData()), quint64(text.size()), kKey);
    qint64 key = 0;
    std::memcpy(&key, hash, sizeof key);
    return key;
}

KindFacts CostKind::facts() const
{
    KindFacts facts{QString::fromUtf8(provider),   QString::fromUtf8(service), QString::fromUtf8(region),
                    QString::fromUtf8(subAccount), QString::fromUtf8(sku),     {}};
    const QJsonObject object = QJsonDocument::fromJson(tags).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        facts.tags.insert(it.key(), it.value().toString());
    return facts;
}

} // namespace adp::server::costs
