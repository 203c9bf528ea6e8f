// libFuzzer target: every byte string a client could send goes through what the server reads
// before touching storage — the JSON body check, the login body, the mutation envelope and each
// mutation's fields, the validation and normalisation of every entity (domain::entity), the
// range check of dates, and the change-feed cursor and limit. Any crash, sanitizer report or
// validator that accepts a record its own codec then refuses is a finding.
#include "core/domain/entity.h"
#include "server/requestdecoder.h"

#include <QByteArray>
#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

using namespace releve;

namespace {

void checkRecord(const QString &entityName, const QJsonObject &data)
{
    const domain::Errors errors = domain::entity::validate(entityName, data);
    const QJsonObject normalised = domain::entity::normalise(entityName, data);
    // A record the validator accepts must survive its codec, and stay valid once normalised.
    if (errors.isEmpty()) {
        if (normalised.isEmpty())
            std::abort();
        if (!domain::entity::validate(entityName, normalised).isEmpty())
            std::abort();
    }
    server::decode::outOfRangeDate(data);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const QString text = QString::fromUtf8(input);
    server::decode::cursor(text);
    server::decode::limit(text, 500, 1000);

    const auto body = server::decode::jsonObject(input);
    const QJsonObject *object = std::get_if<QJsonObject>(&body);
    if (!object)
        return 0;
    server::decode::loginBody(*object);
    for (const QString &entityName : domain::entity::all)
        checkRecord(entityName, *object);

    auto batch = server::decode::mutationBatch(*object);
    if (auto *decoded = std::get_if<server::decode::MutationBatch>(&batch)) {
        for (server::Mutation &mutation : decoded->mutations) {
            const domain::Error error = server::decode::mutationFields(mutation);
            if (error.isNull() && domain::entity::all.contains(mutation.entity))
                checkRecord(mutation.entity, mutation.data);
        }
    }
    return 0;
}
