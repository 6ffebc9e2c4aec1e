#pragma once

#include <QString>

namespace clawdesk {

/// Tool-call and message id helpers. Tool ids pass through the gateway unchanged wherever the
/// target format accepts them, so the id a client sends back with its tool result is the id the
/// upstream produced; only Anthropic (ids must match ^[A-Za-z0-9_-]+$) gets a deterministic
/// sanitised form, applied to tool_use and tool_result alike so they keep matching.
namespace toolids {
/// prefix + `length` random alphanumerics.
QString generate(const QString &prefix, int length = 24);
/// `id` if it already starts with `prefix`, prefix + id otherwise, a generated id when empty.
QString withPrefix(const QString &id, const QString &prefix);
/// Anthropic-safe form: characters outside [A-Za-z0-9_-] become '_'; empty → generated "toolu_…".
QString anthropicSafe(const QString &id);
/// Responses function_call item id for a call id ("fc_" + safe call id).
QString responsesItemId(const QString &callId);
} // namespace toolids

} // namespace clawdesk
