#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace clawdesk {

/// @brief A client request body kept as the client sent it, with the few top-level fields the
/// gateway needs to route it read straight from the bytes.
///
/// When the client and the provider speak the same api the gateway forwards these bytes and changes
/// only `model`, so fields, blocks, tools and roles it does not model still reach the provider.
/// Reading three top-level keys from the bytes costs less than building a JSON tree of the body.
struct RawRequest
{
    QByteArray body;
    QString model;
    bool hasModel = false;
    bool stream = false;
    bool includeUsage = false; ///< OpenAI stream_options.include_usage
    qsizetype modelBegin = -1; ///< byte span of the model value, quotes included
    qsizetype modelEnd = -1;
};

namespace passthrough {

/// Reads `model`, `stream` and `stream_options.include_usage` from a JSON object body. A body that
/// is not a JSON object gives nullopt and a 400 naming what is wrong ("body: invalid JSON (…)").
std::optional<RawRequest> inspect(const QByteArray &body, ApiError *error);

/// The body with `model` set to @p model (added first when the client sent none); every other byte
/// stays as it was.
QByteArray withModel(const RawRequest &request, const QString &model);

/// Thinking signatures and encrypted reasoning the gateway handed out carry the producing
/// provider's mark (see thinkingsignature.h). For a body that contains any, unwraps those that
/// @p provider produced and removes the blocks or items carrying another provider's; returns the
/// number removed. Bodies without a mark are left alone (returns 0, nothing parsed).
int sanitizeSignatures(QByteArray *body, const QString &provider);

} // namespace passthrough
} // namespace clawdesk
